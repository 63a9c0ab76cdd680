using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Metrics;

/// <summary>
/// The receiving end of a flow: records one-way delay (histogram and mean/variance), RFC 3550 interarrival jitter,
/// reordering and received bits, then recycles the packet. Delay, jitter and reordering count packets created at or
/// after the measurement start (the end of warm-up); throughput counts bits arriving after it.
/// </summary>
internal sealed class FlowSink : IPacketReceiver
{
    private readonly Engine.Events.Simulator _simulator;
    private readonly PacketPool _pool;
    private long _measureFrom;
    private long _previousTransit;
    private bool _hasPrevious;
    private long _highestSequence = -1;

    public FlowSink(Engine.Events.Simulator simulator, PacketPool pool, int flowId)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
        FlowId = flowId;
        WindowStart = simulator.Now;
    }

    public int FlowId { get; }
    public LatencyHistogram Delay { get; } = new();

    /// <summary>One-way delays in nanoseconds.</summary>
    public RunningStatistics DelayNanoseconds { get; } = new();
    public long PacketsReceived { get; private set; }
    public long BytesReceived { get; private set; }

    /// <summary>Bytes that arrived since <see cref="WindowStart"/>, whenever they were sent.</summary>
    public long BytesArrivedInWindow { get; private set; }
    public SimTime WindowStart { get; private set; }

    /// <summary>RFC 3550 interarrival jitter estimate J, in nanoseconds.</summary>
    public double JitterNanoseconds { get; private set; }

    /// <summary>Arrivals whose sequence number is below the highest already seen.</summary>
    public long Reordered { get; private set; }

    public void Receive(Packet packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        long now = _simulator.Now.Nanoseconds;
        BytesArrivedInWindow += packet.SizeBytes;
        long created = packet.CreatedAt.Nanoseconds;
        if (created >= _measureFrom)
        {
            Record(now - created, packet.FlowSequence, packet.SizeBytes);
        }
        _pool.Return(packet);
    }

    /// <summary>Records one arrival; separated from <see cref="Receive"/> so jitter can be validated on synthetic input.</summary>
    internal void Record(long transitNanoseconds, long sequence, int sizeBytes)
    {
        PacketsReceived++;
        BytesReceived += sizeBytes;
        Delay.Record(transitNanoseconds);
        DelayNanoseconds.Add(transitNanoseconds);
        if (_hasPrevious)
        {
            // RFC 3550 §6.4.1: D(i−1, i) is the difference of consecutive transit times; J += (|D| − J) / 16.
            long d = Math.Abs(transitNanoseconds - _previousTransit);
            JitterNanoseconds += (d - JitterNanoseconds) / 16.0;
        }
        _previousTransit = transitNanoseconds;
        _hasPrevious = true;
        if (sequence < _highestSequence)
        {
            Reordered++;
        }
        else
        {
            _highestSequence = sequence;
        }
    }

    /// <summary>Starts the measured window now: statistics forget everything so far.</summary>
    public void Reset()
    {
        SimTime now = _simulator.Now;
        _measureFrom = now.Nanoseconds;
        WindowStart = now;
        PacketsReceived = 0;
        BytesReceived = 0;
        BytesArrivedInWindow = 0;
        Delay.Reset();
        DelayNanoseconds.Reset();
        JitterNanoseconds = 0;
        _hasPrevious = false;
        Reordered = 0;
    }

    /// <summary>Mean received rate over the window so far, in bit/s.</summary>
    public double ThroughputBitsPerSecond()
    {
        long window = _simulator.Now.Nanoseconds - WindowStart.Nanoseconds;
        return window <= 0 ? 0 : BytesArrivedInWindow * 8.0 * SimTime.NanosPerSecond / window;
    }
}
