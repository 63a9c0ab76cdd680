namespace FabricSim.Scenarios.Results;

/// <summary>
/// The decision a run supports: which option to buy (the cheapest that passes every requirement), why each other
/// option is not recommended, and what would settle checks that the replications run so far cannot.
/// </summary>
/// <param name="Recommended">The recommended option; null when no option is shown to meet every requirement.</param>
/// <param name="Summary">One or two sentences leading the report: the recommendation and how ties were broken, or why there is none.</param>
public sealed record Verdict(string? Recommended, string Summary, IReadOnlyList<OptionVerdict> Options)
{
    public bool AnyOptionMeetsRequirements => Recommended is not null;
}
