namespace FabricSim.Scenarios.Model;

/// <summary>
/// What the buyer needs: bounds on the flows and a monthly budget that every option is held to. The verdict checks
/// each option against them; with none set there is nothing to decide and no verdict is given.
/// </summary>
/// <param name="MonthlyBudgetUsd">The most an option may cost per month; null when cost is no constraint.</param>
public sealed record Requirements(double? MonthlyBudgetUsd, IReadOnlyList<FlowRequirement> Flows)
{
    public static Requirements None { get; } = new(null, []);

    public bool IsEmpty => MonthlyBudgetUsd is null && Flows.Count == 0;
}
