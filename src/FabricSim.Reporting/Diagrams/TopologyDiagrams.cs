using FabricSim.Reporting.Plots;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Diagrams;

/// <summary>Both topology views of every option of a run, named after the option as the other figures are.</summary>
internal static class TopologyDiagrams
{
    public static IReadOnlyList<RenderedPlot> Render(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var figures = new List<RenderedPlot>();
        var optionSlugs = new FileSlug();
        foreach (var option in result.Options)
        {
            string slug = optionSlugs.Unique(option.Name);
            if (option.Topology is { Nodes.Count: > 0 } topology)
            {
                figures.Add(GeographicDiagram.Render($"topology_geo_{slug}", option.Name, topology) with { IsDiagram = true });
                figures.Add(LogicalDiagram.Render($"topology_logical_{slug}", option.Name, topology) with { IsDiagram = true });
            }
        }
        return figures;
    }
}
