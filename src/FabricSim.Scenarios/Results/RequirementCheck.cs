namespace FabricSim.Scenarios.Results;

/// <summary>
/// One bound checked on one flow of one option: what was measured, with its interval, against what was required.
/// </summary>
/// <param name="Metric">The figure, e.g. "p99 latency".</param>
/// <param name="Unit">The unit of <paramref name="Bound"/> and <paramref name="Measured"/>: "ms", "Mbit/s", "%", "USD/month".</param>
/// <param name="IsUpperBound">True when the figure must stay at or below the bound (latency, loss), false when at or above it.</param>
/// <param name="Margin">How far the mean is inside the bound, in the unit (negative: outside); NaN when nothing was measured.</param>
/// <param name="ReplicationsToSettle">For an inconclusive check whose mean is off the bound: about how many replications would
/// narrow the interval enough to decide it; null otherwise.</param>
/// <param name="Reason">Why a check failed or is inconclusive when the numbers alone do not say (e.g. "unreachable by routing policy").</param>
public sealed record RequirementCheck(
    string Option,
    string Flow,
    string Scope,
    string Metric,
    string Unit,
    double Bound,
    bool IsUpperBound,
    Estimate Measured,
    Outcome Outcome,
    double Margin,
    int? ReplicationsToSettle,
    string? Reason)
{
    /// <summary>
    /// Where the figure comes from when it is not the run's own measurement, with what the provider commits to beside
    /// it (an availability taken from the resilience study); null for a measured figure.
    /// </summary>
    public string? Basis { get; init; }

    /// <summary>Whether the confidence interval contains the bound.</summary>
    public bool Straddles => Measured.Lower <= Bound && Bound <= Measured.Upper;
}
