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
        foreach (var vpn in option.Vpns)
        {
            // Between two clouds the AWS end may be either.
            if (new[] { vpn.Cloud, vpn.BetweenClouds ? vpn.Site : null }.FirstOrDefault(c => c is not null && scenario.FindCloud(c)?.Provider == CloudProvider.Aws) is { } aws)
            {
                slas.Add(Sla(products, aws, $"Site-to-Site VPN '{vpn.Name}'", "sla.aws.vpn"));
            }
        }
        return slas;
    }

    /// <summary>
    /// The provider's topology rule applied to the connections the option actually lands, each at its location:
    /// AWS maximum resiliency needs two connections in each of two or more DX locations, high resiliency one in each of
    /// two; Google 99.99 % needs both edge availability domains in each of two metros, 99.9 % both in one metro;
    /// ExpressRoute covers a circuit whose primary and secondary links are both connected.
    /// </summary>
    private static ProviderSla Private(ProductCatalog products, CloudEndpoint cloud, List<VxcSettings> connections)
    {
        var byLocation = connections.GroupBy(v => v.Cloud?.Location ?? cloud.OnRamp, StringComparer.Ordinal).ToList();
        int locations = byLocation.Count;
        int n = connections.Count;
        switch (cloud.Provider)
        {
            case CloudProvider.Aws:
                string model = byLocation.Count(l => l.Count() >= 2) >= 2 ? "maximum" : locations >= 2 ? "high" : "single";
                string topology = $"Direct Connect {model} resiliency: {n} connection(s) in {locations} location(s)";
                if (connections.Any(v => v.Cloud?.Type == CloudConnectionType.AwsHosted))
                {
                    // The SLA read covers dedicated connections only, also when a partner delivers them.
                    var sla = Sla(products, cloud.Name, topology + "; hosted connections are not covered", "sla.aws.dx." + model);
                    return sla with { MonthlyUptimePercent = null };
                }
                return Sla(products, cloud.Name, topology, $"sla.aws.dx.{model}");
            case CloudProvider.Azure:
                bool both = byLocation.Any(l => l.Any(v => v.Cloud?.ExpressRouteLink == ExpressRouteLink.Primary) && l.Any(v => v.Cloud?.ExpressRouteLink == ExpressRouteLink.Secondary));
                return Sla(products, cloud.Name, both ? "ExpressRoute circuit, primary and secondary" : "ExpressRoute circuit, one link only",
                    both ? "sla.azure.expressroute" : "sla.azure.expressroute.one_link");
            case CloudProvider.Oracle:
                return Sla(products, cloud.Name, $"FastConnect: {n} virtual circuit(s) in {locations} location(s)", "sla.oracle.fastconnect");
            case CloudProvider.Ibm:
                return Sla(products, cloud.Name, $"Direct Link Connect: {n} gateway(s) in {locations} location(s)", "sla.ibm.direct_link");
            default:
                int paired = byLocation.Count(l => l.Select(v => v.Cloud?.AvailabilityDomain ?? 1).Distinct().Count() >= 2);
                string tier = paired >= 2 ? "production" : paired >= 1 ? "non_critical" : "single";
                return Sla(products, cloud.Name, $"Interconnect: {n} attachment(s) in {locations} metro(s), {paired} with both edge availability domains",
                    $"sla.google.interconnect.{tier}");
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
