namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// The probability that exactly a given set of independent elements is down and every other one up:
/// Π(u over the set) × Π(1 − u over the rest), computed as Π(1 − u over all) × Π(u / (1 − u) over the set).
/// </summary>
internal sealed class SetProbability
{
    private readonly Dictionary<string, double> _odds = new(StringComparer.Ordinal);

    public SetProbability(IReadOnlyList<FailureElement> elements, Func<FailureElement, double> unavailability)
    {
        double allUp = 1;
        foreach (var element in elements)
        {
            double u = unavailability(element);
            allUp *= 1 - u;
            _odds[element.Name] = u / (1 - u);
        }
        NoneDown = allUp;
    }

    /// <summary>The probability that nothing is down.</summary>
    public double NoneDown { get; }

    public double Exactly(IEnumerable<FailureElement> set) => set.Aggregate(NoneDown, (p, e) => p * _odds[e.Name]);
}
