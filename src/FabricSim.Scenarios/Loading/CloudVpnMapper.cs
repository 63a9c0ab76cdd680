using FabricSim.Engine.Time;
using FabricSim.Network.Bgp;
using FabricSim.Network.Ipsec;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// Maps an option's cloud-to-cloud VPNs: two clouds of providers that document a VPN between them, each end's gateway
/// from the VPN gateway catalog, the tunnel count the pair's guides build, and the Internet path between the regions.
/// </summary>
internal sealed class CloudVpnMapper : IElementMapper
{
    public void Read(OptionElements option)
    {
        var (context, elements) = (option.Context, option.Elements);
        foreach (var v in option.Reader.Objects("cloud_vpns", ScenarioShapes.CloudVpn, "cloud_vpn"))
        {
            string? name = v.String("name");
            string? a = v.String("a");
            string? b = v.String("b");
            var cipher = VpnMapper.Cipher(v.Choice("cipher"));
            int? tunnels = (int?)v.Integer("tunnels", 1, 8);
            var dpd = v.Duration("dpd_timeout", allowZero: false) ?? SimTime.FromSeconds(30);
            var internet = InternetMapper.Read(v.Object("internet", ScenarioShapes.Internet, $"internet of {v.Label}")) ?? InternetPathSettings.Default;
            if (name is null || !ScenarioMapper.Unique(v, name, !elements.Add(name)) || a is null || b is null
                || Cloud(v, context, "a", a) is not { } first || Cloud(v, context, "b", b) is not { } second)
            {
                continue;
            }
            if (first.Provider == second.Provider)
            {
                v.Error("b", $"{v.Label} joins two {Provider(first.Provider)} clouds; a VPN between two clouds of one provider is not modelled",
                    $"join '{a}' and '{b}' by the provider's own peering, or through an MCR with a VXC to each");
                continue;
            }
            if (VpnGatewayCatalog.Default.PairOf(first.Provider, second.Provider) is not { } pair)
            {
                v.Error("b", $"no guide of {Provider(first.Provider)} or {Provider(second.Provider)} documents a VPN between their gateways; the catalog has {Pairs()}",
                    $"join '{a}' and '{b}' through an MCR with a VXC to each");
                continue;
            }
            if (option.Vxcs.Any(x => x.Touches(a)) && option.Vxcs.Any(x => x.Touches(b)))
            {
                // BGP would choose between the VPN and the private path, which is not modelled between two clouds.
                v.Error("name", $"{v.Label} stands beside VXCs to both '{a}' and '{b}' in option '{option.Name}'; a VPN between two clouds as the backup of a private path is not modelled",
                    "compare the VPN and the VXCs as separate options");
                continue;
            }
            int count = tunnels ?? pair.Tunnels[0];
            if (!pair.Tunnels.Contains(count))
            {
                v.Error("tunnels", $"{v.Label}: a {Provider(pair.A)}-{Provider(pair.B)} VPN is built with {string.Join(" or ", pair.Tunnels)} tunnels, not {count} ({pair.Source}, read {pair.Date})",
                    $"write 'tunnels: {pair.Tunnels[^1]}'");
                continue;
            }
            if (VpnGatewayMapper.Read(v, first, "a_") is not { } gatewayA || VpnGatewayMapper.Read(v, second, "b_") is not { } gatewayB
                || !BgpCapable(v, "a_gateway_sku", gatewayA) || !BgpCapable(v, "b_gateway_sku", gatewayB)
                || VpnGatewayMapper.Unpriced(v, "a_gateway_sku", gatewayA, context.Catalog.Prices) || VpnGatewayMapper.Unpriced(v, "b_gateway_sku", gatewayB, context.Catalog.Prices))
            {
                continue;
            }
            // BGP runs over every tunnel, so a dead tunnel's routes also go when the hold time the two gateways agree
            // on (the smaller, RFC 4271 §4.2) runs out, if that comes before dead-peer detection.
            var hold = SimTime.Min(BgpTimers.VpnFor(first.Provider.Edge()).Hold, BgpTimers.VpnFor(second.Provider.Edge()).Hold);
            option.Vpns.Add(new Vpn(name, a, b, cipher, NatTraversal: false, count, InternetAccess: null, AzureSku(second, gatewayB), SimTime.Min(dpd, hold),
                Bgp: null, internet)
            {
                Gateway = gatewayB,
                SiteGateway = gatewayA,
                SiteGatewaySku = AzureSku(first, gatewayA),
            });
        }
    }

    private static CloudEndpoint? Cloud(ObjectReader v, MappingContext context, string key, string name) =>
        VpnGatewayMapper.Cloud(v, key, context, name, _ => $"reach '{name}' through an MCR with a VXC", $"'{name}' is a site: a site's VPN goes under vpns:");

    /// <summary>Azure's Basic SKU does not run BGP (learn.microsoft.com/azure/vpn-gateway/about-gateway-skus), which every documented cloud-to-cloud VPN needs.</summary>
    private static bool BgpCapable(ObjectReader v, string key, VpnGatewayLimits gateway)
    {
        if (gateway.Provider == CloudProvider.Azure && string.Equals(gateway.Sku, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            v.Error(key, $"{v.Label}: an Azure Basic VPN gateway does not run BGP, which a VPN between two clouds runs over its tunnels", $"write '{key}: VpnGw1' or larger");
            return false;
        }
        return true;
    }

    private static string? AzureSku(CloudEndpoint cloud, VpnGatewayLimits gateway) => cloud.Provider == CloudProvider.Azure ? gateway.Sku : null;

    private static string Provider(CloudProvider provider) => provider.ToString().ToLowerInvariant();

    private static string Pairs() => string.Join(", ", VpnGatewayCatalog.Default.Pairs.Select(p => $"{Provider(p.A)}-{Provider(p.B)}"));
}
