using FabricSim.Network.Access;
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

    /// <summary>eBGP's administrative distance on Cisco IOS: a static route with a larger one floats below BGP's routes.</summary>
    public const int ExternalBgpDistance = 20;

    /// <summary>
    /// When set, the VPN beside the VXCs is routed by static routes instead of BGP: at the site with this
    /// administrative distance (above <see cref="ExternalBgpDistance"/>: a floating static, the backup), at the cloud
    /// below its private connections' routes; dead-peer detection withdraws them. Null: BGP over the tunnels.
    /// </summary>
    public int? StaticDistance { get; init; }

    /// <summary>
    /// Both ends are clouds' VPN gateways (<see cref="Site"/> names the first cloud): each tunnel leaves one region and
    /// enters the other, so it pays both regions' entry, and either cloud's gateway failing takes the tunnels down.
    /// </summary>
    public bool BetweenClouds { get; init; }

    /// <summary>
    /// The tunnel of an SD-WAN edge's Internet transport (<see cref="Site"/> names the MVE): it starts at the MVE's PoP,
    /// carries what the edge steers onto that transport for the cloud, and the cloud's traffic back to the MVE's site.
    /// </summary>
    public bool FromMve { get; init; }

    /// <summary>
    /// How the cloud ranks what it learns over a VPN against a private connection's route for the same prefix. AWS
    /// prefers Direct Connect BGP routes to VPN static routes to VPN BGP routes (docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html)
    /// and Azure ExpressRoute to VPN by default (learn.microsoft.com/azure/route-server/hub-routing-preference), whatever
    /// the AS path: a lower local preference. Google Cloud ranks learned routes by priority alone, which is the MED the
    /// customer sends, and spreads equal ones by ECMP (cloud.google.com/vpc/docs/routes, routing order): the customer
    /// makes the VPN the backup with a higher MED (or a longer AS path). All read 2026-12-04.
    /// </summary>
    public static long CloudLocalPreference(CspProvider provider) =>
        provider == CspProvider.GoogleCloudInterconnect ? BgpPathAttributes.DefaultLocalPreference : BackupLocalPreference;

    /// <summary>The session at the site's end when <see cref="Bgp"/> is not given: the cloud gateway's own timers, routes as backup.</summary>
    public static BgpSessionOptions DefaultBgp(CspProvider provider) => new() { Timers = BgpTimers.VpnFor(provider), LocalPreference = BackupLocalPreference };

    /// <summary>The name a scheduled failure gives for tunnel N of a VPN ("vpn/tunnelN", from 1).</summary>
    public static string TunnelElement(string vpn, int index) => $"{vpn}/tunnel{index + 1}";

    /// <summary>A cloud's VPN gateway, shared by every VPN to that cloud.</summary>
    public static string GatewayElement(string cloud) => cloud + "/vpn-gateway";

    /// <summary>A site's Internet access, shared by every VPN from that site.</summary>
    public static string InternetAccessElement(string site) => site + "/internet";

    /// <summary>
    /// Everything about a VPN that can fail on its own: the whole connection (its name), each tunnel, the cloud's VPN
    /// gateway and the site's Internet access.
    /// </summary>
    public static IEnumerable<string> FailableElements(string vpn, string site, string cloud, int tunnels) =>
        new[] { vpn, GatewayElement(cloud), InternetAccessElement(site) }.Concat(Enumerable.Range(0, tunnels).Select(i => TunnelElement(vpn, i)));

    /// <summary>This VPN's failable elements (<see cref="FailableElements"/>, or between clouds both gateways).</summary>
    public IEnumerable<string> Elements => BetweenClouds
        ? FailableElementsBetweenClouds(Name, Site, Cloud, Options.TunnelCount)
        : FailableElements(Name, Site, Cloud, Options.TunnelCount);

    /// <summary>Whether a failure of the named element takes down tunnel <paramref name="index"/> of this VPN.</summary>
    public bool FailureTakesDownTunnel(string element, int index) =>
        element == Name || element == GatewayElement(Cloud) || element == TunnelElement(Name, index)
        || element == (BetweenClouds ? GatewayElement(Site) : InternetAccessElement(Site));

    /// <summary>
    /// Everything about a VPN between two clouds that can fail on its own: the connection, each cloud's VPN gateway and
    /// each tunnel (a cloud region's Internet access is not an element a customer sees fail).
    /// </summary>
    public static IEnumerable<string> FailableElementsBetweenClouds(string vpn, string cloudA, string cloudB, int tunnels) =>
        new[] { vpn, GatewayElement(cloudA), GatewayElement(cloudB) }.Concat(Enumerable.Range(0, tunnels).Select(i => TunnelElement(vpn, i)));
}
