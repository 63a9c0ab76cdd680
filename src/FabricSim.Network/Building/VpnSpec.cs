using FabricSim.Network.Bgp;
using FabricSim.Network.Ipsec;

namespace FabricSim.Network.Building;

/// <summary>
/// An IPsec VPN from a site to a cloud over the Internet, with its tunnels, gateway and path. Where BGP runs at both
/// ends (the site's router and the cloud's edge router both terminate VXCs), the VPN is a routed path between those
/// two gateways beside the VXCs, with a BGP session configured by <see cref="Bgp"/> (default: VPN timers, routes
/// less preferred than a private connection's); elsewhere it carries the flows between its site and cloud directly.
/// </summary>
public sealed record VpnSpec(string Name, string Site, string Cloud, IpsecVpnOptions Options, BgpSessionOptions? Bgp = null)
{
    /// <summary>
    /// Routes learnt over a VPN rank below those of a private connection for the same prefix (default local preference
    /// 100): the clouds prefer their Direct Connect, ExpressRoute or Interconnect routes to VPN routes, and customers
    /// configure the VPN as the backup.
    /// </summary>
    public const long BackupLocalPreference = 50;

    /// <summary>The session at the site's end when <see cref="Bgp"/> is not given.</summary>
    public static BgpSessionOptions DefaultBgp { get; } = new() { Timers = BgpTimers.Vpn, LocalPreference = BackupLocalPreference };
}
