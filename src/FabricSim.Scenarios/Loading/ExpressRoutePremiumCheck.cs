using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// A Standard ExpressRoute circuit reaches only the Azure regions of its location's geopolitical region; to reach
/// beyond it the circuit needs the Premium add-on. Without it the private peering never carries the traffic, so a
/// design that relies on it is an error, with the add-on or a nearer location as the fix.
/// </summary>
internal static class ExpressRoutePremiumCheck
{
    private const string Prefix = "azure.expressroute.geopolitical.";

    public static void Run(MappingContext context, MappedOption mapped)
    {
        var products = context.Catalog.Products;
        foreach (var vxc in mapped.Option.Vxcs)
        {
            if (vxc.Cloud is not { Type: CloudConnectionType.AzureExpressRoute, Premium: false })
            {
                continue;
            }
            var cloud = context.Clouds.TryGetValue(vxc.EndA, out var a) ? a : context.Clouds.GetValueOrDefault(vxc.EndB);
            if (cloud is null)
            {
                continue;
            }
            string peering = vxc.Cloud.Location ?? cloud.OnRamp;
            var location = RegionOf(products, peering);
            var target = RegionOf(products, cloud.Region);
            // A location or region the catalog does not place cannot be judged; only a known mismatch is an error.
            if (location is null || target is null || location == target)
            {
                continue;
            }
            var nearer = target.Values.Where(v => context.Pops.ContainsKey(v) || context.Catalog.Pops.Any(p => p.Code == v)).Take(3).ToList();
            context.Errors.Add(OptionNodes.VxcKey(mapped, vxc.Name, "cloud"),
                $"vxc '{vxc.Name}' lands on a Standard ExpressRoute circuit at {peering} ({Name(location)}) but reaches '{cloud.Name}' in {cloud.Region} ({Name(target)}); a Standard circuit reaches only its own geopolitical region ({location.Citation})",
                $"add 'premium: true' to the vxc's cloud connection (priced as the ExpressRoute Premium add-on), or land the circuit at a peering location in {Name(target)} with 'location:'/on_ramp ({string.Join(", ", nearer)})");
        }
    }

    private static ProductLimit? RegionOf(ProductCatalog products, string member) =>
        products.Limits.FirstOrDefault(l => l.Item.StartsWith(Prefix, StringComparison.Ordinal) && l.Values.Contains(member));

    private static string Name(ProductLimit region) => region.Item[Prefix.Length..];
}
