namespace FabricSim.Scenarios.Model;

/// <summary>
/// What the buyer needs: bounds on the flows and a monthly budget that every option is held to. The verdict checks
/// each option against them; with none set there is nothing to decide and no verdict is given.
/// </summary>
/// <param name="MonthlyBudgetUsd">The most an option may cost per month; null when cost is no constraint.</param>
public sealed record Requirements(double? MonthlyBudgetUsd, IReadOnlyList<FlowRequirement> Flows)
{
    /// <summary>The share of an element's capacity a plan may fill before it counts as full (a common planning rule keeps links below 80 %).</summary>
    public const double DefaultUtilizationLimit = 0.8;

    public static Requirements None { get; } = new(null, []);

    /// <summary>Yearly growth of every demand, as a fraction (0.3 = 30 %/year); null when the scenario states none.</summary>
    public double? AnnualGrowth { get; init; }

    /// <summary>The planning limit headroom and right-sizing are measured against.</summary>
    public double UtilizationLimit { get; init; } = DefaultUtilizationLimit;

    /// <summary>No bound to decide on: growth and the utilisation limit alone shape headroom, not a verdict.</summary>
    public bool IsEmpty => MonthlyBudgetUsd is null && Flows.Count == 0;
}
