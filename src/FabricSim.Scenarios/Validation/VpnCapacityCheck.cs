using FabricSim.Scenarios.Yaml;
using System.Globalization;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Validation;

/// <summary>
/// Warns where the traffic a VPN carries, each way, exceeds what its cloud gateway forwards (one tunnel's limit
/// unless the gateway spreads flows by ECMP; the SKU's aggregate for a gateway limited as a whole) or what the site's
/// Internet access carries. Demands count at their configured rate (times their copies), packets at their mean size
/// plus the ESP overhead of AES-GCM. Google's packet rate binds ingress and egress together, so both directions are
/// summed against it. A warning, not an error: the run shows what the overload does.
/// </summary>
public static class VpnCapacityCheck
{
    private static readonly IpsecVpnOptions DefaultVpn = new();

    public static IReadOnlyList<ScenarioError> Warnings(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var warnings = new List<ScenarioError>();
        foreach (var option in scenario.Options)
        {
            foreach (var vpn in option.Vpns)
            {
                var toCloud = Load(scenario, option, vpn, vpn.Site, vpn.Cloud);
                var toSite = Load(scenario, option, vpn, vpn.Cloud, vpn.Site);
                if (toCloud.Bits == 0 && toSite.Bits == 0)
                {
                    continue;
                }
                var (line, column) = NameLocation.Find(scenario.SourceText, vpn.Name);
                void Warn(string message, string fix) => warnings.Add(new ScenarioError(scenario.SourceFile, line, column, message, fix));
                if (vpn.Gateway is { } gateway)
                {
                    string label = vpn.SiteGateway is { } first ? $"{first.Label} and {gateway.Label} (each tunnel the smaller of the two)" : gateway.Label;
                    string sources = vpn.SiteGateway is { } a && a.Source != gateway.Source ? $"{a.Source}; {gateway.Source}" : gateway.Source;
                    foreach (var (direction, load, fromSite) in new[] { (Direction(vpn, true), toCloud, true), (Direction(vpn, false), toSite, false) })
                    {
                        var carries = vpn.ConnectionRate(vpn.Tunnels, fromSite)!.Value;
                        int activeTunnels = carries.BitsPerSecond > vpn.ConnectionRate(1, fromSite)!.Value.BitsPerSecond ? vpn.Tunnels : 1;
                        if (load.Bits > carries.BitsPerSecond)
                        {
                            Warn($"VPN '{vpn.Name}' in option '{option.Name}': {Rate(load.Bits)} {direction} (with ESP overhead) exceeds the {Rate(carries.BitsPerSecond)} its {label} carries ({(activeTunnels == 1 ? "one active tunnel" : $"{activeTunnels} tunnels by ECMP")}; {sources}, read {gateway.Date})",
                                Fix(vpn, gateway));
                        }
                    }
                    if (vpn.TunnelPacketsPerSecond is { } pps)
                    {
                        bool combined = gateway.Provider == CloudProvider.Google || vpn.SiteGateway?.Provider == CloudProvider.Google;
                        int activeTunnels = vpn.ConnectionRate(vpn.Tunnels)!.Value.BitsPerSecond > vpn.ConnectionRate(1)!.Value.BitsPerSecond ? vpn.Tunnels : 1;
                        double limit = pps * activeTunnels;
                        double worst = combined ? toCloud.Packets + toSite.Packets : Math.Max(toCloud.Packets, toSite.Packets);
                        if (worst > limit)
                        {
                            Warn($"VPN '{vpn.Name}' in option '{option.Name}': {worst:N0} packets/s{(combined ? " in both directions together" : string.Empty)} exceeds the {limit:N0} its {label} forwards ({sources}, read {gateway.Date})",
                                Fix(vpn, gateway));
                        }
                    }
                }
                foreach (var (direction, load) in new[] { ("up", toCloud), ("down", toSite) })
                {
                    if (vpn.InternetAccess is { } access && load.Bits > access.BitsPerSecond)
                    {
                        Warn($"VPN '{vpn.Name}' in option '{option.Name}': {Rate(load.Bits)} {direction} exceeds the site's {vpn.InternetAccess} Internet access",
                            "raise internet_access or carry less traffic over the VPN");
                    }
                }
            }
        }
        return warnings;
    }

    private static string Direction(Vpn vpn, bool fromSite) =>
        vpn.BetweenClouds ? (fromSite ? $"{vpn.Site} to {vpn.Cloud}" : $"{vpn.Cloud} to {vpn.Site}") : (fromSite ? "site to cloud" : "cloud to site");

    private static string Fix(Vpn vpn, VpnGatewayLimits gateway) => gateway.Provider switch
    {
        _ when vpn.BetweenClouds => "choose larger gateways (a_gateway_sku, b_gateway_sku; an AWS transit_gateway spreads flows by ECMP) or join the clouds through an MCR",
        CloudProvider.Aws when !gateway.Ecmp => "use gateway: transit_gateway (ECMP over tunnels) or split the traffic over several VPN connections",
        CloudProvider.Azure => "choose a larger gateway_sku",
        _ => $"add tunnels (now {vpn.Tunnels}) or split the traffic",
    };

    private static (long Bits, double Packets) Load(Scenario scenario, DesignOption option, Vpn vpn, string from, string to)
    {
        long bits = 0;
        double packets = 0;
        foreach (var demand in scenario.Traffic.Where(d => d.From == from && d.To == to && d.Rate is not null))
        {
            if (!ReferenceEquals(option.VpnBetween(from, to), vpn))
            {
                continue;
            }
            double size = Math.Max(1, demand.Size.MeanBytes);
            double rate = demand.Rate!.Value.BitsPerSecond * (double)demand.Count;
            double perSecond = rate / (8 * size);
            bits += (long)Math.Round(perSecond * 8 * DefaultVpn.WireBytes((int)Math.Round(size)));
            packets += perSecond;
        }
        return (bits, packets);
    }

    private static string Rate(long bitsPerSecond) => new DataRate(bitsPerSecond).ToString();
}
