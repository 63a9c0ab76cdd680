using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Cost;

/// <summary>
/// Prices a whole option once at load time, every flow carrying traffic, so that a design missing from the price
/// book is found by validate rather than when the run has finished.
/// </summary>
internal static class PriceCoverage
{
    private static readonly DataRate Probe = DataRate.FromMegabitsPerSecond(1);

    /// <summary>The problem pricing <paramref name="option"/>, or null when every charge has a price.</summary>
    public static string? Problem(Scenario scenario, DesignOption option)
    {
        try
        {
            CostModel.Monthly(scenario, option, scenario.Traffic.ToDictionary(d => d.Name, _ => Probe, StringComparer.Ordinal));
            return null;
        }
        catch (InvalidOperationException missing)
        {
            return missing.Message;
        }
    }
}
