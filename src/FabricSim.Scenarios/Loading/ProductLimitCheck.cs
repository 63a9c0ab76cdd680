using FabricSim.Network.Units;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// Checks each cloud connection of an option against what its provider sells (product catalog): connection and
/// circuit speeds, the VXC's rate against the connection it lands on, and connections per circuit or port.
/// Every message lists the offered values and cites the source.
/// </summary>
internal static class ProductLimitCheck
{
    public static void Run(MappingContext context, MappedOption mapped)
    {
        var products = context.Catalog.Products;
        var option = mapped.Option;
        foreach (var vxc in option.Vxcs)
        {
            if (vxc.Cloud is not { } connection)
            {
                continue;
            }
            switch (connection.Type)
            {
                case CloudConnectionType.AwsHosted or CloudConnectionType.GooglePartnerInterconnect or CloudConnectionType.OracleFastConnect or CloudConnectionType.IbmDirectLinkConnect:
                    // Ordered at the VXC's rate, which must be one of the product's sizes.
                    var (item, what) = OrderedAtRate(connection.Type);
                    Offered(context, mapped, vxc, vxc.Rate, "rate", item, what, products);
                    break;
                case CloudConnectionType.AwsDedicated:
                    PortAndRate(context, mapped, vxc, connection.PortSpeed!.Value, "aws.dedicated.speed", "an AWS Direct Connect dedicated port speed", products);
                    break;
                case CloudConnectionType.GoogleDedicatedInterconnect:
                    PortAndRate(context, mapped, vxc, connection.PortSpeed!.Value, "google.dedicated.speed", "a Google Dedicated Interconnect circuit speed", products);
                    Offered(context, mapped, vxc, vxc.Rate, "rate", "google.dedicated.attachment", "a Google VLAN attachment capacity", products);
                    break;
                case CloudConnectionType.AzureExpressRoute:
                    if (connection.PortSpeed is { } circuit)
                    {
                        PortAndRate(context, mapped, vxc, circuit, "azure.expressroute.speed", "an ExpressRoute circuit bandwidth", products);
                    }
                    else
                    {
                        // Without port_speed the circuit is ordered at the VXC's rate, so that rate must be a circuit size.
                        Offered(context, mapped, vxc, vxc.Rate, "rate", "azure.expressroute.speed", "an ExpressRoute circuit bandwidth", products);
                    }
                    break;
            }
        }
        CheckExpressRouteLinks(context, mapped, products);
        CheckDedicatedVifs(context, mapped, products);
    }

    private static (string Item, string What) OrderedAtRate(CloudConnectionType type) => type switch
    {
        CloudConnectionType.AwsHosted => ("aws.hosted.speed", "an AWS hosted connection speed"),
        CloudConnectionType.GooglePartnerInterconnect => ("google.partner.speed", "a Google Partner Interconnect VLAN attachment capacity"),
        CloudConnectionType.OracleFastConnect => ("oracle.fastconnect.speed", "an Oracle FastConnect partner bandwidth"),
        _ => ("ibm.direct_link.speed", "an IBM Direct Link Connect speed"),
    };

    private static void PortAndRate(MappingContext context, MappedOption mapped, VxcSettings vxc, DataRate port, string item, string what, ProductCatalog products)
    {
        if (!Offered(context, mapped, vxc, port, "port_speed", item, what, products))
        {
            return;
        }
        if (vxc.Rate > port)
        {
            context.Errors.Add(OptionNodes.VxcKey(mapped, vxc.Name, "rate"),
                $"rate {vxc.Rate} of vxc '{vxc.Name}' exceeds the {port} of the cloud connection it lands on",
                $"use at most rate: {port}, or order a larger connection ({List(products.Rates(item))})");
        }
    }

    /// <summary>Reports <paramref name="value"/> unless the catalog offers it; returns whether it does.</summary>
    private static bool Offered(MappingContext context, MappedOption mapped, VxcSettings vxc, DataRate value, string key, string item, string what, ProductCatalog products)
    {
        var offered = products.Rates(item);
        if (offered.Contains(value))
        {
            return true;
        }
        var next = offered.FirstOrDefault(r => r >= value, offered[^1]);
        string direct = item == "azure.expressroute.speed"
            ? $"; ExpressRoute Direct ports ({List(products.Rates("azure.expressroute_direct.speed"))}) are bought from Microsoft, not through a partner VXC"
            : string.Empty;
        var node = key == "port_speed" ? OptionNodes.VxcKey(mapped, vxc.Name, "cloud", "port_speed") : OptionNodes.VxcKey(mapped, vxc.Name, key);
        context.Errors.Add(node,
            $"{key} {value} of vxc '{vxc.Name}' is not {what}; offered: {List(offered)} ({products.Get(item).Citation}){direct}",
            $"use {key}: {next}");
        return false;
    }

    /// <summary>An ExpressRoute circuit has a primary and a secondary link; a VXC lands on one of them.</summary>
    private static void CheckExpressRouteLinks(MappingContext context, MappedOption mapped, ProductCatalog products)
    {
        var byLink = mapped.Option.Vxcs
            .Where(v => v.Cloud?.Type == CloudConnectionType.AzureExpressRoute)
            .GroupBy(v => (Cloud: context.Clouds.ContainsKey(v.EndA) ? v.EndA : v.EndB, Link: v.Cloud!.ExpressRouteLink, v.Cloud.Location));
        foreach (var group in byLink.Where(g => g.Count() > 1))
        {
            var extra = group.Skip(1).First();
            string edge = extra.Cloud!.EdgeOf(context.Clouds[group.Key.Cloud]);
            string location = group.Key.Location ?? context.Clouds[group.Key.Cloud].OnRamp;
            context.Errors.Add(OptionNodes.Vxc(mapped, extra.Name),
                $"vxcs {string.Join(", ", group.Select(v => $"'{v.Name}'"))} all land on the {group.Key.Link.ToString()!.ToLowerInvariant()} link of the ExpressRoute circuit to '{group.Key.Cloud}' at {location}, one MSEE device ('{edge}'); a circuit has {products.Value("azure.expressroute.links")} links, one primary and one secondary on two devices ({products.Get("azure.expressroute.links").Citation})",
                $"set 'cloud: {{link: {(group.Key.Link == ExpressRouteLink.Primary ? "secondary" : "primary")}}}' on vxc '{extra.Name}', or give it its own circuit at another peering location with 'cloud: {{location: …}}'");
        }
    }

    /// <summary>Virtual interfaces on one dedicated Direct Connect port: each VXC to the same AWS cloud is one.</summary>
    private static void CheckDedicatedVifs(MappingContext context, MappedOption mapped, ProductCatalog products)
    {
        long limit = products.Value("aws.dedicated.vifs");
        var byCloud = mapped.Option.Vxcs
            .Where(v => v.Cloud?.Type == CloudConnectionType.AwsDedicated)
            .GroupBy(v => context.Clouds.ContainsKey(v.EndA) ? v.EndA : v.EndB);
        foreach (var group in byCloud.Where(g => g.Count() > limit))
        {
            var extra = group.ElementAt((int)limit);
            context.Errors.Add(OptionNodes.Vxc(mapped, extra.Name),
                $"{group.Count()} virtual interfaces on the dedicated Direct Connect connection to '{group.Key}', above the {limit} AWS allows ({products.Get("aws.dedicated.vifs").Citation})",
                "use a second dedicated connection (another cloud entry) or fewer VXCs");
        }
    }

    internal static string List(IEnumerable<DataRate> rates) => string.Join(", ", rates.Select(r => r.ToString()));
}
