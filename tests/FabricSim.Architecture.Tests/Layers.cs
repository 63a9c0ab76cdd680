namespace FabricSim.Architecture.Tests;

/// <summary>
/// The projects from the bottom up. A project may reference only projects below it. FabricSim.Estimate (a flow-level
/// model of a fabric description) is planned between Network and Scenarios and already has its place.
/// </summary>
internal static class Layers
{
    public static readonly IReadOnlyList<string> BottomUp =
    [
        "FabricSim.Engine",
        "FabricSim.Network",
        "FabricSim.Estimate",
        "FabricSim.Scenarios",
        "FabricSim.Reporting",
        "FabricSim.Cli",
    ];

    /// <summary>The project a namespace belongs to (FabricSim.Network.Links -> FabricSim.Network), or null if none.</summary>
    public static string? ProjectOf(string ns) =>
        BottomUp.FirstOrDefault(project => ns == project || ns.StartsWith(project + ".", StringComparison.Ordinal));

    /// <summary>0 for the bottom layer; -1 for a project that has no place in the list.</summary>
    public static int LevelOf(string project)
    {
        for (int i = 0; i < BottomUp.Count; i++)
        {
            if (BottomUp[i] == project)
            {
                return i;
            }
        }
        return -1;
    }
}
