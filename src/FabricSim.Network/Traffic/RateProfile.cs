using FabricSim.Engine.Time;

namespace FabricSim.Network.Traffic;

/// <summary>
/// A cyclic, piecewise-constant multiplier of a source's rate (a diurnal profile: e.g. 24 hourly factors over 24 h).
/// A source keeps drawing its gaps at its base rate, and the profile stretches each gap in time so that the rate
/// multiplier integrated over the gap equals it: a Poisson source becomes a non-homogeneous Poisson process with
/// rate λ·m(t), a constant-rate source sends m(t) times as often.
/// </summary>
public sealed class RateProfile
{
    private readonly double[] _factors;
    private readonly long _segmentNs;
    private readonly long _offsetNs;

    /// <param name="factors">Multipliers, each holding for period / factors.Count; none negative, not all zero.</param>
    /// <param name="startAt">Where in the cycle simulated time zero falls (e.g. 18 h for a run that starts at 6 pm).</param>
    public RateProfile(IReadOnlyList<double> factors, SimTime period, SimTime startAt)
    {
        ArgumentNullException.ThrowIfNull(factors);
        if (factors.Count == 0 || factors.Any(f => f < 0 || double.IsNaN(f) || double.IsInfinity(f)) || factors.All(f => f == 0))
        {
            throw new ArgumentException("A rate profile needs non-negative finite factors, not all zero.", nameof(factors));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(period.Nanoseconds, factors.Count, nameof(period));
        _factors = [.. factors];
        _segmentNs = period.Nanoseconds / factors.Count;
        Period = new SimTime(_segmentNs * factors.Count);
        _offsetNs = ((startAt.Nanoseconds % Period.Nanoseconds) + Period.Nanoseconds) % Period.Nanoseconds;
    }

    public SimTime Period { get; }
    public IReadOnlyList<double> Factors => _factors;

    /// <summary>The multiplier in force at <paramref name="time"/>.</summary>
    public double FactorAt(SimTime time) => _factors[SegmentAt(time.Nanoseconds)];

    /// <summary>Mean multiplier over a whole cycle.</summary>
    public double MeanFactor => _factors.Average();

    /// <summary>
    /// The real time, from <paramref name="now"/>, that a gap of <paramref name="baseGap"/> at the base rate takes
    /// under the profile: the first t with ∫ m over [now, now + t] = baseGap.
    /// </summary>
    public SimTime Stretch(SimTime now, SimTime baseGap)
    {
        double remaining = baseGap.Nanoseconds;
        long t = now.Nanoseconds;
        while (true)
        {
            int segment = SegmentAt(t);
            long phase = PositiveModulo(t + _offsetNs, _segmentNs);
            long segmentEnd = t + (_segmentNs - phase);
            double factor = _factors[segment];
            double capacity = factor * (segmentEnd - t);
            if (factor > 0 && capacity >= remaining)
            {
                return new SimTime(checked(t + (long)Math.Round(remaining / factor)) - now.Nanoseconds);
            }
            remaining -= capacity;
            t = segmentEnd;
        }
    }

    private int SegmentAt(long timeNs) => (int)(PositiveModulo(timeNs + _offsetNs, Period.Nanoseconds) / _segmentNs);

    private static long PositiveModulo(long value, long modulus) => ((value % modulus) + modulus) % modulus;
}
