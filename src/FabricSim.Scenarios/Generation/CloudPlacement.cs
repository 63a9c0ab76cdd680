using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Generation;

/// <summary>Chooses, for each requested provider, the region the generated enterprise uses.</summary>
internal static class CloudPlacement
{
    /// <summary>The provider's region nearest to the PoP with the most sites: where an enterprise puts its main cloud estate.</summary>
    public static IReadOnlyList<GeneratedCloud> Choose(IReadOnlyList<CloudProvider> providers, IReadOnlyList<GeneratedSite> sites, Catalog catalog)
    {
        var centre = SitePlacement.Busiest(sites).Location;
        var clouds = new List<GeneratedCloud>();
        foreach (var provider in providers.Distinct())
        {
            var region = catalog.Regions
                .Where(r => r.Provider == provider)
                .OrderBy(r => r.Location.DistanceKm(centre))
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .FirstOrDefault()
                ?? throw new ArgumentException($"the catalog has no {provider} region");
            string name = $"{ProductCatalog.ProviderKey(provider)}-{region.Id}";
            // 10.100.0.0/16, 10.101.0.0/16, ...: clear of the sites' 172.16.0.0/12.
            long routeLimit = catalog.Products.Value(provider switch
            {
                CloudProvider.Aws => "aws.private.prefixes",
                CloudProvider.Azure => "azure.expressroute.prefixes",
                _ => "google.interconnect.prefixes",
            });
            clouds.Add(new GeneratedCloud(name, region, $"10.{100 + clouds.Count}.0.0/16", routeLimit));
        }
        return clouds;
    }
}
