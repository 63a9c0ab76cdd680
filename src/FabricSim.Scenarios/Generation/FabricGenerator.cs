using FabricSim.Scenarios.Catalogs;

namespace FabricSim.Scenarios.Generation;

/// <summary>
/// Makes planner-scale scenario files: sites spread over the catalog's metros, a gravity-model demand matrix and
/// a design of the chosen topology sized from the catalog so its busiest element runs at the requested load.
/// The same settings and seed give the same file.
/// </summary>
public static class FabricGenerator
{
    public static string Generate(GeneratorSettings settings, Catalog catalog, string commandLine)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(catalog);
        if (settings.Problems().FirstOrDefault() is { } problem)
        {
            throw new ArgumentException(problem, nameof(settings));
        }
        var sites = SitePlacement.Place(settings.Sites, catalog, settings.Seed);
        var clouds = CloudPlacement.Choose(settings.Clouds, sites, catalog);
        var fabric = new GeneratedFabric(settings, sites, clouds, catalog)
        {
            Demands = GravityDemands.Build(sites, clouds, settings),
        };
        TopologyWiring.Wire(fabric);
        var rates = ElementSizing.Size(fabric);
        return GeneratedScenarioWriter.Write(fabric, rates, commandLine);
    }
}
