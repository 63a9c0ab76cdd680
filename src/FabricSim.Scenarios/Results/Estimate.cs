namespace FabricSim.Scenarios.Results;

/// <summary>
/// A metric estimated across replications: the mean of the per-replication values and the half-width of its
/// Student-t confidence interval (NaN with a single replication). The interval's ends are kept within the range the
/// quantity can take (<see cref="Floor"/>, <see cref="Ceiling"/>): a loss ratio lies in [0, 1], a rate or a delay is
/// never negative. Intersecting with the range loses no coverage, since the true mean lies inside it.
/// </summary>
public sealed record Estimate(double Mean, double HalfWidth, double Level, int Replications)
{
    /// <summary>The relative precision a figure is reported at without a warning: a half-width of 10 % of the mean.</summary>
    public const double TargetRelativeHalfWidth = 0.1;

    public double Floor { get; init; } = double.NegativeInfinity;

    /// <summary>
    /// The figure is the flow-level model's, computed once and deterministic: it has no sampling error to put an interval
    /// on (<see cref="HalfWidth"/> is 0), only the model's, which docs/validation.md measures against packet level.
    /// </summary>
    public bool IsModel { get; init; }
    public double Ceiling { get; init; } = double.PositiveInfinity;

    public double Lower => Math.Max(Floor, Mean - HalfWidth);
    public double Upper => Math.Min(Ceiling, Mean + HalfWidth);

    /// <summary>Every replication gave the same value: the figure is deterministic, not known to ±0.</summary>
    public bool IsDeterministic => Replications >= 2 && HalfWidth == 0 && !IsModel;

    /// <summary>The half-width exceeds the mean: the sign, let alone the size, of the figure is not established.</summary>
    public bool IsImprecise => double.IsFinite(HalfWidth) && HalfWidth > Math.Abs(Mean);

    /// <summary>
    /// Replications for a half-width of <see cref="TargetRelativeHalfWidth"/> of the mean: n·(h/target)², with the
    /// Student-t quantile of n − 1 degrees of freedom replaced by the normal one it tends to as n grows
    /// (h = t·s/√n, so n' = (z·s/target)²). Null when the mean is zero or there is no interval.
    /// </summary>
    public int? ReplicationsNeeded()
    {
        if (!double.IsFinite(HalfWidth) || Replications < 2 || Mean == 0)
        {
            return null;
        }
        double t = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, Replications - 1, 1 - (1 - Level) / 2);
        double z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (1 - Level) / 2);
        double target = TargetRelativeHalfWidth * Math.Abs(Mean);
        double needed = Replications * Math.Pow(HalfWidth / target * z / t, 2);
        return (int)Math.Min(int.MaxValue, Math.Max(Replications, Math.Ceiling(needed)));
    }
}
