namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// A flow's availability measured over simulated months of random element failures, beside the exact figure: the
/// mean share of time reachable and its 95 % interval [Low, High]. MonthsWithDowntime is how many months saw the flow
/// cut at all; with fewer than <see cref="MonteCarloAvailability.NormalMonths"/> the interval is the one-sided bound
/// that count allows, not a normal-theory one.
/// </summary>
public sealed record SampledAvailability(double Availability, double Low, double High, int Months, int MonthsWithDowntime)
{
    public double HalfWidth => (High - Low) / 2;

    /// <summary>Whether an exact availability lies within the interval.</summary>
    public bool Contains(double availability) => availability >= Low && availability <= High;
}
