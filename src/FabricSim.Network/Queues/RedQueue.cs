using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Queues;

/// <summary>
/// Random Early Detection (Floyd &amp; Jacobson 1993): drops arrivals with a probability that grows with an EWMA of
/// the queue length, so TCP senders back off before the buffer fills. Uses the count-since-last-drop correction
/// p_a = p_b / (1 − count·p_b), which spaces drops evenly instead of geometrically.
/// </summary>
internal sealed class RedQueue : IPacketQueue
{
    private readonly RedParameters _parameters;
    private readonly RandomStream _random;
    private readonly PacketRing _ring;
    private double _average;
    private int _countSinceDrop = -1;
    private long _idleSince = -1;

    public RedQueue(RedParameters parameters, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        _parameters = parameters;
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _ring = new PacketRing(Math.Min(parameters.HardLimitPackets, 1024));
    }

    public int Count => _ring.Count;
    public long Bytes => _ring.Bytes;
    public double AverageQueuePackets => _average;
    public long EarlyDrops { get; private set; }

    public bool Enqueue(Packet packet, SimTime now)
    {
        UpdateAverage(now);
        if (_ring.Count >= _parameters.HardLimitPackets)
        {
            _countSinceDrop = 0;
            return false;
        }
        if (ShouldDropEarly(_average))
        {
            EarlyDrops++;
            return false;
        }
        _ring.Enqueue(packet);
        return true;
    }

    public Packet? Dequeue(SimTime now)
    {
        Packet? packet = _ring.Dequeue();
        if (_ring.Count == 0)
        {
            _idleSince = now.Nanoseconds;
        }
        return packet;
    }

    /// <summary>The base drop probability p_b for an average queue of <paramref name="average"/> packets.</summary>
    public static double BaseDropProbability(RedParameters parameters, double average)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        double min = parameters.MinThresholdPackets;
        double max = parameters.MaxThresholdPackets;
        double maxP = parameters.MaxDropProbability;
        if (average < min)
        {
            return 0;
        }
        if (average < max)
        {
            return maxP * (average - min) / (max - min);
        }
        if (parameters.Gentle && average < 2 * max)
        {
            return maxP + (1 - maxP) * (average - max) / max;
        }
        return 1;
    }

    /// <summary>The early-drop decision for a given average, including the count correction; exposed for validation.</summary>
    internal bool ShouldDropEarly(double average)
    {
        double pb = BaseDropProbability(_parameters, average);
        if (pb <= 0)
        {
            _countSinceDrop = -1;
            return false;
        }
        if (pb >= 1)
        {
            _countSinceDrop = 0;
            return true;
        }
        _countSinceDrop++;
        double denominator = 1 - _countSinceDrop * pb;
        double pa = denominator <= 0 ? 1 : pb / denominator;
        if (_random.NextDouble() < pa)
        {
            _countSinceDrop = 0;
            return true;
        }
        return false;
    }

    private void UpdateAverage(SimTime now)
    {
        double weight = _parameters.QueueWeight;
        if (_ring.Count == 0 && _idleSince >= 0)
        {
            // While idle, the average decays as if m small packets had been sent (m = idle time / typical transmission).
            long typical = Math.Max(1, _parameters.TypicalTransmissionTime.Nanoseconds);
            double m = (now.Nanoseconds - _idleSince) / (double)typical;
            _average *= Math.Pow(1 - weight, m);
            _idleSince = -1;
        }
        _average = (1 - weight) * _average + weight * _ring.Count;
    }
}
