using FabricSim.Scenarios.Resilience;

namespace FabricSim.Reporting.Resilience;

/// <summary>The order every view lists failure sets in: most flows lost, then the longest outage, then the largest shortfall, then as enumerated.</summary>
internal static class WorstSets
{
    public static IEnumerable<FailureSetOutcome> Of(OptionResilience option) =>
        option.Sets
            .Select((set, index) => (set, index))
            .OrderByDescending(s => s.set.FlowsLost)
            .ThenByDescending(s => s.set.WorstOutage)
            .ThenByDescending(s => s.set.ShortfallBitsPerSecond)
            .ThenBy(s => s.index)
            .Select(s => s.set);
}
