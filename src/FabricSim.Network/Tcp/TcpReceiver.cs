using FabricSim.Engine.Statistics;
using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Tcp;

/// <summary>
/// The receiving half of a TCP connection: delivers bytes in order to the application (which reads at once),
/// buffers out-of-order segments, and answers with cumulative ACKs advertising the free receive buffer. Out-of-order
/// and duplicate segments and those that fill a hole are acknowledged at once (RFC 5681 §4.2); with delayed ACKs
/// others are acknowledged every second segment or after the delayed-ACK timeout.
/// </summary>
internal sealed class TcpReceiver : IPacketReceiver, IEventHandler
{
    private readonly Simulator _simulator;
    private readonly PacketPool _pool;
    private readonly OutOfOrderRanges _outOfOrder = new();
    private readonly bool _delayedAcks;
    private readonly long _ackDelayNs;
    private readonly int _bufferBytes;
    private long _receiveNext;
    private int _unacknowledgedSegments;
    private long _ackTimerGeneration;
    private bool _ackTimerPending;
    private long _measureFrom;
    private long _measureStartNs;
    private long _lastSegmentStart;

    public TcpReceiver(Simulator simulator, PacketPool pool, TcpOptions options, int ackFlowId, int sourceNodeId, int destinationNodeId,
        IPacketReceiver entry, int trafficClass = 0)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Entry = entry ?? throw new ArgumentNullException(nameof(entry));
        AckFlowId = ackFlowId;
        SourceNodeId = sourceNodeId;
        DestinationNodeId = destinationNodeId;
        TrafficClass = trafficClass;
        _delayedAcks = options.DelayedAcks;
        _ackDelayNs = options.DelayedAckTimeout.Nanoseconds;
        _bufferBytes = options.ReceiveWindowBytes;
    }

    public IPacketReceiver Entry { get; }
    public int AckFlowId { get; }
    public int SourceNodeId { get; }
    public int DestinationNodeId { get; }
    public int TrafficClass { get; }

    /// <summary>Bytes delivered in order to the application since the start.</summary>
    public long BytesDelivered => _receiveNext;
    public long SegmentsReceived { get; private set; }
    public long DuplicateSegments { get; private set; }
    public long AcksSent { get; private set; }

    /// <summary>One-way delay of every data segment (retransmissions included) since <see cref="ResetStatistics"/>.</summary>
    public LatencyHistogram SegmentDelay { get; } = new();

    /// <summary>Told whenever in-order data reaches the application.</summary>
    public ITcpDeliveryListener? DeliveryListener { get; set; }

    /// <summary>Starts the goodput window now.</summary>
    public void ResetStatistics()
    {
        _measureFrom = _receiveNext;
        _measureStartNs = _simulator.Now.Nanoseconds;
        SegmentDelay.Reset();
    }

    /// <summary>In-order bytes delivered per second since <see cref="ResetStatistics"/>, in bit/s.</summary>
    public double GoodputBitsPerSecond()
    {
        long window = _simulator.Now.Nanoseconds - _measureStartNs;
        return window <= 0 ? 0 : (_receiveNext - _measureFrom) * 8.0 * SimTime.NanosPerSecond / window;
    }

    public void Receive(Packet packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        long start = packet.Sequence;
        long end = start + packet.SizeBytes - TcpOptions.HeaderBytes;
        SegmentDelay.Record(Math.Max(0, _simulator.Now.Nanoseconds - packet.CreatedAt.Nanoseconds));
        _pool.Return(packet);
        SegmentsReceived++;
        bool ackNow;
        _lastSegmentStart = start;
        if (end <= _receiveNext)
        {
            DuplicateSegments++;
            ackNow = true;
        }
        else if (start <= _receiveNext)
        {
            bool hadHoles = _outOfOrder.Count != 0;
            _receiveNext = _outOfOrder.AdvanceFrom(end);
            ackNow = hadHoles || !_delayedAcks || ++_unacknowledgedSegments >= 2;
            DeliveryListener?.Delivered(this, _receiveNext);
        }
        else
        {
            _outOfOrder.Add(start, end);
            ackNow = true;
        }
        if (ackNow)
        {
            SendAck();
        }
        else if (!_ackTimerPending)
        {
            _ackTimerPending = true;
            _simulator.Schedule(new SimTime(_ackDelayNs), this, null, _ackTimerGeneration);
        }
    }

    public void OnEvent(object? payload, long argument)
    {
        if (argument != _ackTimerGeneration)
        {
            return;
        }
        _ackTimerPending = false;
        if (_unacknowledgedSegments > 0)
        {
            SendAck();
        }
    }

    private void SendAck()
    {
        _unacknowledgedSegments = 0;
        if (_ackTimerPending)
        {
            _ackTimerPending = false;
            _ackTimerGeneration++;
        }
        Packet ack = _pool.Rent();
        ack.Kind = PacketKind.Ack;
        ack.FlowId = AckFlowId;
        ack.TrafficClass = TrafficClass;
        ack.SourceNodeId = SourceNodeId;
        ack.DestinationNodeId = DestinationNodeId;
        ack.CreatedAt = _simulator.Now;
        ack.Acknowledgement = _receiveNext;
        ack.FlowSequence = AcksSent++;
        ack.Flags = (int)Math.Max(0, _bufferBytes - _outOfOrder.Bytes);
        ack.SizeBytes = TcpOptions.HeaderBytes;
        if (_outOfOrder.Count != 0)
        {
            // RFC 2018: the first block holds the segment that triggered this ACK; the sender builds its scoreboard from them.
            var (sackStart, sackEnd) = _outOfOrder.RangeHolding(_lastSegmentStart);
            if (sackEnd == 0)
            {
                (sackStart, sackEnd) = _outOfOrder.Lowest;
            }
            ack.SackStart = sackStart;
            ack.SackEnd = sackEnd;
        }
        Entry.Receive(ack);
    }
}
