using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// AWS Direct Connect gateways of an option, as AWS allows them: a transit VIF attaches to a gateway associated
/// with one transit gateway per region it reaches, and the quotas on those (transit VIFs per dedicated connection,
/// transit gateways and VIFs per gateway, prefixes AWS advertises per transit gateway) cannot be raised, so a design
/// beyond them is refused here rather than simulated as if it worked.
/// </summary>
internal static class DxGatewayCheck
{
    public static void Run(MappingContext context, MappedOption mapped)
    {
        var products = context.Catalog.Products;
        var attached = mapped.Option.Vxcs
            .Where(v => v.Cloud?.DxGatewayName is not null && CloudOf(context, v) is not null)
            .ToList();
        CheckTransitVifsPerConnection(context, mapped, attached, products);
        foreach (var gateway in attached.GroupBy(v => v.Cloud!.DxGatewayName!, StringComparer.Ordinal))
        {
            var vifs = gateway.ToList();
            CheckMixedVifs(context, mapped, gateway.Key, vifs);
            CheckVifsPerGateway(context, mapped, gateway.Key, vifs, products);
            var transit = vifs.Where(v => v.Cloud!.Vif == AwsVifType.Transit).ToList();
            CheckTransitGateways(context, mapped, gateway.Key, transit, products);
            CheckAdvertisedPrefixes(context, mapped, gateway.Key, transit, products);
        }
    }

    /// <summary>The AWS cloud a VXC lands in, or null when it lands in none.</summary>
    internal static CloudEndpoint? CloudOf(MappingContext context, VxcSettings vxc) =>
        context.Clouds.TryGetValue(vxc.EndA, out var a) ? a : context.Clouds.GetValueOrDefault(vxc.EndB);

    /// <summary>A dedicated connection (one per AWS cloud, as the VIF count treats it) carries at most four transit VIFs.</summary>
    private static void CheckTransitVifsPerConnection(MappingContext context, MappedOption mapped, List<VxcSettings> attached, ProductCatalog products)
    {
        long limit = products.Value("aws.dedicated.transit_vifs");
        var byConnection = attached
            .Where(v => v.Cloud is { Type: CloudConnectionType.AwsDedicated, Vif: AwsVifType.Transit })
            .GroupBy(v => CloudOf(context, v)!.Name, StringComparer.Ordinal);
        foreach (var group in byConnection.Where(g => g.Count() > limit))
        {
            var extra = group.ElementAt((int)limit);
            context.Errors.Add(OptionNodes.VxcKey(mapped, extra.Name, "cloud"),
                $"{group.Count()} transit virtual interfaces on the dedicated Direct Connect connection to '{group.Key}', above the {limit} AWS allows per connection ({products.Get("aws.dedicated.transit_vifs").Citation})",
                $"carry vxc '{extra.Name}' on another dedicated connection, or reach more VPCs through the transit gateways of fewer transit VIFs");
        }
    }

    /// <summary>A gateway attached to a private VIF cannot be associated with a transit gateway, and the reverse.</summary>
    private static void CheckMixedVifs(MappingContext context, MappedOption mapped, string gateway, List<VxcSettings> vifs)
    {
        var transit = vifs.FirstOrDefault(v => v.Cloud!.Vif == AwsVifType.Transit);
        var privateVif = vifs.FirstOrDefault(v => v.Cloud!.Vif == AwsVifType.Private);
        if (transit is null || privateVif is null)
        {
            return;
        }
        var later = vifs.IndexOf(transit) > vifs.IndexOf(privateVif) ? transit : privateVif;
        context.Errors.Add(OptionNodes.VxcKey(mapped, later.Name, "cloud"),
            $"Direct Connect gateway '{gateway}' has both a private VIF ('{privateVif.Name}') and a transit VIF ('{transit.Name}'); a gateway attached to a private virtual interface cannot be associated with a transit gateway ({context.Catalog.Products.Get("aws.dx_gateway.one_vif_type").Citation})",
            $"give vxc '{later.Name}' a Direct Connect gateway of its own with 'cloud: {{dx_gateway: …}}'");
    }

    private static void CheckVifsPerGateway(MappingContext context, MappedOption mapped, string gateway, List<VxcSettings> vifs, ProductCatalog products)
    {
        long limit = products.Value("aws.dx_gateway.vifs");
        if (vifs.Count <= limit)
        {
            return;
        }
        var extra = vifs[(int)limit];
        context.Errors.Add(OptionNodes.VxcKey(mapped, extra.Name, "cloud"),
            $"{vifs.Count} virtual interfaces attach to Direct Connect gateway '{gateway}', above the {limit} AWS allows ({products.Get("aws.dx_gateway.vifs").Citation})",
            $"attach vxc '{extra.Name}' to another gateway with 'cloud: {{dx_gateway: …}}'");
    }

    /// <summary>One transit gateway per region the gateway's transit VIFs reach; AWS associates at most six.</summary>
    private static void CheckTransitGateways(MappingContext context, MappedOption mapped, string gateway, List<VxcSettings> transit, ProductCatalog products)
    {
        long limit = products.Value("aws.dx_gateway.transit_gateways");
        var regions = new List<string>();
        foreach (var vxc in transit)
        {
            string region = CloudOf(context, vxc)!.Region;
            if (regions.Contains(region))
            {
                continue;
            }
            regions.Add(region);
            if (regions.Count == limit + 1)
            {
                context.Errors.Add(OptionNodes.VxcKey(mapped, vxc.Name, "cloud"),
                    $"transit VIFs on Direct Connect gateway '{gateway}' reach {transit.Select(v => CloudOf(context, v)!.Region).Distinct(StringComparer.Ordinal).Count()} regions ({string.Join(", ", transit.Select(v => CloudOf(context, v)!.Region).Distinct(StringComparer.Ordinal))}), one transit gateway each, above the {limit} transit gateways AWS associates with one gateway ({products.Get("aws.dx_gateway.transit_gateways").Citation})",
                    $"attach vxc '{vxc.Name}' to a second Direct Connect gateway with 'cloud: {{dx_gateway: …}}'");
            }
        }
    }

    /// <summary>
    /// Each transit gateway advertises the VPC networks of its region to the transit VIF; AWS sends at most 200
    /// prefixes per transit gateway, so the networks beyond them are unreachable from the customer's side.
    /// </summary>
    private static void CheckAdvertisedPrefixes(MappingContext context, MappedOption mapped, string gateway, List<VxcSettings> transit, ProductCatalog products)
    {
        long limit = products.Value("aws.transit.prefixes_from_aws");
        foreach (var region in transit.GroupBy(v => CloudOf(context, v)!.Region, StringComparer.Ordinal))
        {
            var clouds = region.Select(v => CloudOf(context, v)!).DistinctBy(c => c.Name).ToList();
            int prefixes = clouds.Sum(c => c.Prefixes.Count);
            if (prefixes > limit)
            {
                context.Errors.Add(OptionNodes.VxcKey(mapped, region.First().Name, "cloud"),
                    $"the transit gateway in {region.Key} behind Direct Connect gateway '{gateway}' would advertise {prefixes} prefixes ({string.Join(", ", clouds.Select(c => $"'{c.Name}' {c.Prefixes.Count}"))}) over the transit VIF, above the {limit} AWS allows per transit gateway ({products.Get("aws.transit.prefixes_from_aws").Citation})",
                    "summarise the VPC networks into fewer, larger prefixes (the allowed prefixes of the association), or split them over a second Direct Connect gateway");
            }
        }
    }
}
