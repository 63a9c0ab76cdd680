namespace FabricSim.Scenarios.Results;

/// <summary>How one option fares against every requirement, and the sentence that says so.</summary>
/// <param name="Outcome">Pass when every check passes, Fail when any fails, Inconclusive otherwise.</param>
/// <param name="Explanation">One sentence: what it fails or what is not yet settled, or that it meets everything.</param>
public sealed record OptionVerdict(
    string Option,
    double MonthlyCostUsd,
    Outcome Outcome,
    IReadOnlyList<RequirementCheck> Checks,
    string Explanation);
