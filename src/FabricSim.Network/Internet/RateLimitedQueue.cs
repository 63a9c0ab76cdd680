using FabricSim.Engine.Events;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;
using FabricSim.Network.Queues;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Internet;

/// <summary>
/// A FIFO in front of one server that is limited in bits per second, in packets per second, or both: each packet
/// takes the larger of its serialization time and 1/pps. Models a customer's Internet access circuit (rate only) and
/// a VPN gateway (AWS: 1.25 Gbps and 140 kpps per tunnel). Packets the queue cannot hold are dropped.
/// </summary>
internal sealed class RateLimitedQueue : IPacketReceiver, IEventHandler
{
    private readonly Simulator _simulator;
    private readonly IDropSink _drops;
    private readonly DropTailQueue _queue;
    private readonly DataRate? _rate;
    private readonly long _perPacketNs;
    private readonly DropReason _overflowReason;
    private bool _busy;

    /// <summary>A queue whose drops are recorded in the run's ledger.</summary>
    public RateLimitedQueue(string name, FabricContext context, DataRate? rate, double? packetsPerSecond, QueueLimit queueLimit,
        IPacketReceiver next, DropReason overflowReason = DropReason.Queue)
        : this(name, (context ?? throw new ArgumentNullException(nameof(context))).Simulator, new LedgerDropSink(context.Ledger), rate,
            packetsPerSecond, queueLimit, next, overflowReason)
    {
    }

    /// <param name="rate">Bit-rate limit; null for none.</param>
    /// <param name="packetsPerSecond">Packet-rate limit; null for none. The per-packet time is rounded up, so the rate is never exceeded.</param>
    internal RateLimitedQueue(string name, Simulator simulator, IDropSink drops, DataRate? rate, double? packetsPerSecond, QueueLimit queueLimit,
        IPacketReceiver next, DropReason overflowReason = DropReason.Queue)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (rate is { IsZero: true })
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A rate limit must be positive.");
        }
        if (packetsPerSecond is { } pps && (pps <= 0 || double.IsNaN(pps)))
        {
            throw new ArgumentOutOfRangeException(nameof(packetsPerSecond), packetsPerSecond, "A packet-rate limit must be positive.");
        }
        if (rate is null && packetsPerSecond is null)
        {
            throw new ArgumentException("Give a bit-rate limit, a packet-rate limit or both.", nameof(rate));
        }
        Name = name;
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _drops = drops ?? throw new ArgumentNullException(nameof(drops));
        Next = next ?? throw new ArgumentNullException(nameof(next));
        _queue = new DropTailQueue(queueLimit);
        _rate = rate;
        _perPacketNs = packetsPerSecond is { } limit ? (long)Math.Ceiling(SimTime.NanosPerSecond / limit) : 0;
        _overflowReason = overflowReason;
        Rate = rate;
        PacketsPerSecond = packetsPerSecond;
    }

    public string Name { get; }
    public DataRate? Rate { get; }
    public double? PacketsPerSecond { get; }
    public IPacketReceiver Next { get; }
    public int Waiting => _queue.Count;

    /// <summary>Packets waiting, averaged over time since the last reset.</summary>
    internal TimeWeightedAverage QueueLength { get; } = new(SimTime.Zero);

    /// <summary>Packets and bytes handed to the queue, served or not, since the last reset.</summary>
    public long PacketsArrived { get; private set; }
    public long BytesArrived { get; private set; }

    public long PacketsServed { get; private set; }
    public long BytesServed { get; private set; }
    public long PacketsDropped { get; private set; }

    public void Receive(Packet packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        PacketsArrived++;
        BytesArrived += packet.FrameBytes;
        if (!_busy)
        {
            StartService(packet);
            return;
        }
        if (!_queue.Enqueue(packet, _simulator.Now))
        {
            PacketsDropped++;
            _drops.Drop(packet, _overflowReason);
            return;
        }
        QueueLength.Update(_simulator.Now, _queue.Count);
    }

    public void OnEvent(object? payload, long argument)
    {
        var served = (Packet)payload!;
        PacketsServed++;
        BytesServed += served.FrameBytes;
        Packet? next = _queue.Dequeue(_simulator.Now);
        if (next is null)
        {
            _busy = false;
        }
        else
        {
            QueueLength.Update(_simulator.Now, _queue.Count);
            StartService(next);
        }
        Next.Receive(served);
    }

    public void ResetCounters()
    {
        PacketsArrived = 0;
        BytesArrived = 0;
        PacketsServed = 0;
        BytesServed = 0;
        PacketsDropped = 0;
        QueueLength.Reset(_simulator.Now);
    }

    private void StartService(Packet packet)
    {
        _busy = true;
        long service = _perPacketNs;
        if (_rate is { } rate)
        {
            service = Math.Max(service, rate.TransmissionTime(packet.FrameBytes).Nanoseconds);
        }
        _simulator.Schedule(new SimTime(service), this, packet);
    }

    public override string ToString() => Name;
}
