using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;
using FabricSim.Network.Units;

namespace FabricSim.Network.Traffic;

/// <summary>
/// Alternates ON periods, sending at the peak rate, with silent OFF periods, both Pareto distributed. With shape
/// 1 &lt; α &lt; 2 the periods have infinite variance and the aggregate of many such sources is self-similar
/// (Willinger, Taqqu, Sherman &amp; Wilson 1997), Hurst parameter H = (3 − α) / 2.
/// </summary>
internal sealed class ParetoOnOffSource : TrafficSource
{
    private readonly double _onScaleNs;
    private readonly double _offScaleNs;
    private long _onEndsAt;

    public ParetoOnOffSource(Simulator simulator, PacketPool pool, TrafficFlow flow, IPacketSizeDistribution sizes, RandomStream random,
        SimTime start, SimTime stop, DataRate peakRate, SimTime meanOn, SimTime meanOff, double shape)
        : base(simulator, pool, flow, sizes, random, start, stop)
    {
        if (peakRate.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(peakRate), peakRate, "An on/off source needs a positive peak rate.");
        }
        if (shape <= 1 || double.IsNaN(shape))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "The Pareto shape must exceed 1 for the mean period to exist.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(meanOn.Nanoseconds, 0, nameof(meanOn));
        ArgumentOutOfRangeException.ThrowIfNegative(meanOff.Nanoseconds, nameof(meanOff));
        PeakRate = peakRate;
        Shape = shape;
        // A Pareto(α, x_m) variable has mean α·x_m/(α − 1); solve for the scale that gives the requested mean.
        _onScaleNs = meanOn.Nanoseconds * (shape - 1) / shape;
        _offScaleNs = meanOff.Nanoseconds * (shape - 1) / shape;
    }

    public DataRate PeakRate { get; }
    public double Shape { get; }

    /// <summary>Long-run average rate: peak × mean ON / (mean ON + mean OFF).</summary>
    public double MeanBitsPerSecond => PeakRate.BitsPerSecond * _onScaleNs / (_onScaleNs + _offScaleNs);

    protected override SimTime FirstGap()
    {
        _onEndsAt = Simulator.Now.Nanoseconds + DrawPeriod(_onScaleNs);
        return SimTime.Zero;
    }

    protected override SimTime EmitAndGetNextGap(SimTime now)
    {
        long gap = PeakRate.TransmissionTime(EmitPacket(now)).Nanoseconds;
        long next = now.Nanoseconds + gap;
        if (next < _onEndsAt)
        {
            return new SimTime(gap);
        }
        // The last packet's slot overran the ON period; the overrun is owed by the next ON period, so that in the long
        // run the source sends exactly peak × ON time (as ns-3's OnOffApplication does with its residual bits).
        long overrun = next - _onEndsAt;
        while (true)
        {
            long nextOnStart = _onEndsAt + (_offScaleNs > 0 ? DrawPeriod(_offScaleNs) : 0);
            _onEndsAt = nextOnStart + DrawPeriod(_onScaleNs);
            long first = nextOnStart + overrun;
            if (first < _onEndsAt)
            {
                return new SimTime(first - now.Nanoseconds);
            }
            overrun = first - _onEndsAt;
        }
    }

    private long DrawPeriod(double scaleNs) => Math.Max(1, (long)Math.Round(Random.NextPareto(Shape, scaleNs)));
}
