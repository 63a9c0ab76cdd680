namespace FabricSim.Scenarios.Results;

/// <summary>
/// A metric estimated across replications: the mean of the per-replication values and the half-width of its
/// Student-t confidence interval (NaN with a single replication).
/// </summary>
public sealed record Estimate(double Mean, double HalfWidth, double Level, int Replications)
{
    public double Lower => Mean - HalfWidth;
    public double Upper => Mean + HalfWidth;
}
