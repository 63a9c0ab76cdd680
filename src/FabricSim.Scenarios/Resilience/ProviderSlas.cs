using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// What each provider publishes as its monthly uptime commitment for the topology an option builds: AWS Direct
/// Connect by resiliency model (connections in one or several DX locations), ExpressRoute per circuit with both its
/// links, Google Interconnect by the number of attachments and metros, AWS Site-to-Site VPN per connection, and
/// Megaport. Figures and their sources are catalog items (sla.*); a topology a provider does not cover says so.
/// </summary>
internal static class ProviderSlas
{
    public static IReadOnlyList<ProviderSla> For(Scenario scenario, DesignOption option)
    {
        var products = scenario.Catalog.Products;
        var slas = new List<ProviderSla>();
        if (option.Ports.Count + option.Mcrs.Count + option.Mves.Count + option.Vxcs.Count > 0)
        {
            slas.Add(Sla(products, "megaport", "Ports, MCRs and VXCs", "sla.megaport"));
        }
        foreach (var cloud in scenario.Clouds)
        {
            var connections = option.Vxcs.Where(v => v.Touches(cloud.Name)).ToList();
            if (connections.Count > 0)
            {
                slas.Add(Private(products, cloud, connections));
            }
        }
        foreach (var vpn in option.Vpns.Where(v => scenario.FindCloud(v.Cloud)?.Provider == CloudProvider.Aws))
        {
            slas.Add(Sla(products, vpn.Cloud, $"Site-to-Site VPN '{vpn.Name}'", "sla.aws.vpn"));
        }
        return slas;
    }

    private static ProviderSla Private(ProductCatalog products, CloudEndpoint cloud, List<VxcSettings> connections)
    {
        int locations = connections.Select(_ => FailureElements.EdgeLocation(cloud)).Distinct(StringComparer.Ordinal).Count();
        int n = connections.Count;
        switch (cloud.Provider)
        {
            case CloudProvider.Aws:
                string model = locations >= 2 && n >= 2 * locations ? "maximum" : locations >= 2 ? "high" : "single";
                string hosted = connections.Any(v => v.Cloud?.Type == CloudConnectionType.AwsHosted) ? " (hosted connections)" : string.Empty;
                return Sla(products, cloud.Name, $"Direct Connect {model} resiliency: {n} connection(s) in {locations} location(s){hosted}", $"sla.aws.dx.{model}");
            case CloudProvider.Azure:
                bool both = connections.Any(v => v.Cloud?.ExpressRouteLink == ExpressRouteLink.Primary) && connections.Any(v => v.Cloud?.ExpressRouteLink == ExpressRouteLink.Secondary);
                return Sla(products, cloud.Name, both ? "ExpressRoute circuit, primary and secondary" : "ExpressRoute circuit, one link only",
                    both ? "sla.azure.expressroute" : "sla.azure.expressroute.one_link");
            default:
                string tier = n >= 4 && locations >= 2 ? "production" : n >= 2 ? "non_critical" : "single";
                return Sla(products, cloud.Name, $"Interconnect: {n} attachment(s) in {locations} metro(s)", $"sla.google.interconnect.{tier}");
        }
    }

    private static ProviderSla Sla(ProductCatalog products, string scope, string topology, string item)
    {
        var entry = products.Get(item);
        double? percent = double.TryParse(entry.Values.Count > 0 ? entry.Values[0] : null, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value)
            ? value
            : null;
        return new ProviderSla(scope, topology, percent, entry.Citation);
    }
}
