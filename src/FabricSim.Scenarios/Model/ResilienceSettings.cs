using FabricSim.Engine.Time;

namespace FabricSim.Scenarios.Model;

/// <summary>
/// What a resilience study enumerates beyond every single failure: all pairs (Order 2), the failure sets the user
/// lists, the shared-risk groups the user knows of (a duct, a building, a supplier), and reliability figures that
/// replace the catalog's for named elements.
/// </summary>
public sealed record ResilienceSettings(
    int Order,
    IReadOnlyList<ListedFailureSet> FailureSets,
    IReadOnlyList<SharedRiskGroupSettings> SharedRiskGroups,
    IReadOnlyList<ReliabilitySettings> Reliability)
{
    public static ResilienceSettings Default { get; } = new(1, [], [], []);
}

/// <summary>Elements that fail together in one set the user asks about.</summary>
public sealed record ListedFailureSet(string Name, IReadOnlyList<string> Elements);

/// <summary>Elements the user knows share a cause of failure; every pair of them is a failure set.</summary>
public sealed record SharedRiskGroupSettings(string Name, IReadOnlyList<string> Elements);

/// <summary>Mean time between failures and to repair of one element, replacing the catalog's figures for its kind.</summary>
public sealed record ReliabilitySettings(string Element, SimTime Mtbf, SimTime Mttr);
