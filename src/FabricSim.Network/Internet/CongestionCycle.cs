using FabricSim.Engine.Time;

namespace FabricSim.Network.Internet;

/// <summary>
/// A recurring busy period on an Internet path (the evening peak of a day, or a compressed cycle for a test): on top of
/// the path's own queueing delay and loss it adds <see cref="ExtraDelay"/> and <see cref="ExtraLossRate"/> scaled by a
/// raised cosine that is 1 at <see cref="PeakAt"/> and 0 half a period away. Simulated time zero falls at
/// <see cref="StartAt"/> within the cycle. Every time is exact to the nanosecond, whatever the period.
/// </summary>
public sealed class CongestionCycle
{
    private readonly long _periodNs;
    private readonly long _offsetNs;

    public CongestionCycle(SimTime period, SimTime peakAt, SimTime startAt, SimTime extraDelay, double extraLossRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period.Nanoseconds, nameof(period));
        ArgumentOutOfRangeException.ThrowIfNegative(peakAt.Nanoseconds, nameof(peakAt));
        ArgumentOutOfRangeException.ThrowIfNegative(startAt.Nanoseconds, nameof(startAt));
        ArgumentOutOfRangeException.ThrowIfNegative(extraDelay.Nanoseconds, nameof(extraDelay));
        if (extraLossRate is < 0 or >= 1 || double.IsNaN(extraLossRate))
        {
            throw new ArgumentOutOfRangeException(nameof(extraLossRate), extraLossRate, "An extra loss rate lies in [0, 1).");
        }
        Period = period;
        PeakAt = peakAt;
        StartAt = startAt;
        ExtraDelay = extraDelay;
        ExtraLossRate = extraLossRate;
        _periodNs = period.Nanoseconds;
        _offsetNs = Mod(startAt.Nanoseconds - peakAt.Nanoseconds, _periodNs);
    }

    public SimTime Period { get; }
    public SimTime PeakAt { get; }
    public SimTime StartAt { get; }

    /// <summary>One-way delay added at the peak.</summary>
    public SimTime ExtraDelay { get; }

    /// <summary>Loss probability added at the peak.</summary>
    public double ExtraLossRate { get; }

    /// <summary>How busy the path is at <paramref name="now"/>: 1 at the peak, 0 half a period away.</summary>
    public double Intensity(SimTime now)
    {
        long phase = Mod(_offsetNs + now.Nanoseconds % _periodNs, _periodNs);
        return 0.5 * (1 + Math.Cos(2 * Math.PI * phase / _periodNs));
    }

    public double ExtraDelayNanoseconds(SimTime now) => ExtraDelay.Nanoseconds * Intensity(now);

    public double ExtraLossRateAt(SimTime now) => ExtraLossRate * Intensity(now);

    /// <summary>The fastest the added delay changes, in delay per unit time: ExtraDelay π / Period.</summary>
    public double MaxDelaySlope => Math.PI * ExtraDelay.Nanoseconds / _periodNs;

    private static long Mod(long value, long modulus)
    {
        long r = value % modulus;
        return r < 0 ? r + modulus : r;
    }
}
