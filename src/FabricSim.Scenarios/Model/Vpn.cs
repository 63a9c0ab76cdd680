using FabricSim.Network.Building;
using FabricSim.Engine.Time;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

/// <summary>
/// An IPsec site-to-site VPN from a site's gateway over the Internet to a cloud VPN gateway, or between two clouds' VPN
/// gateways (<see cref="BetweenClouds"/>: <see cref="Site"/> then names the first cloud, and there is no site Internet
/// access).
/// </summary>
public sealed record Vpn(
    string Name,
    string Site,
    string Cloud,
    CipherSuite Cipher,
    bool NatTraversal,
    int Tunnels,
    DataRate? InternetAccess,
    string? GatewaySku,
    SimTime DeadPeerDetection,
    BgpSessionSettings? Bgp,
    InternetPathSettings Internet)
{
    /// <summary>Beside a VXC: static routes withdrawn by dead-peer detection instead of BGP over the tunnels.</summary>
    public bool StaticRouting { get; init; }

    /// <summary>The site's administrative distance for its static routes (Cisco IOS's default 1 unless the file says).</summary>
    public int StaticDistance { get; init; } = 1;

    /// <summary>The cloud VPN gateway's sourced limits; null for the provider's default gateway.</summary>
    public VpnGatewayLimits? Gateway { get; init; }

    /// <summary>Between two clouds: the first cloud's (<see cref="Site"/>'s) VPN gateway, with its sourced limits.</summary>
    public VpnGatewayLimits? SiteGateway { get; init; }

    /// <summary>Between two clouds: the Azure SKU of the first cloud's gateway, when it is Azure.</summary>
    public string? SiteGatewaySku { get; init; }

    /// <summary>
    /// For the tunnel of an MVE's Internet transport, the MVE's PoP, where the tunnel starts (<see cref="Site"/> then
    /// names the MVE); null for a site's or a cloud's VPN.
    /// </summary>
    public string? MvePop { get; init; }

    /// <summary>The VPN an MVE's Internet transport ends towards a cloud.</summary>
    public static string MveTunnelName(string mve, string transport) => $"{mve}/{transport}/vpn";

    /// <summary>Both ends are clouds' VPN gateways.</summary>
    public bool BetweenClouds => SiteGateway is not null;

    /// <summary>
    /// The most the connection carries each way with <paramref name="tunnels"/> tunnels up, from the site's end (or the
    /// first cloud's) when <paramref name="fromSite"/> is true, towards it when false, the lesser of both when null: one
    /// tunnel's limit unless the sending gateway spreads flows by ECMP. Between two clouds every packet crosses both
    /// gateways, so a tunnel carries the smaller of their limits, and only the sender's ECMP spreads flows; a gateway
    /// limited as a whole (Azure) binds every tunnel together.
    /// </summary>
    public DataRate? ConnectionRate(int tunnels, bool? fromSite = null)
    {
        if (SiteGateway is not { } first || Gateway is not { } second)
        {
            return Gateway?.ConnectionRate(tunnels);
        }
        var perTunnel = TunnelRate!.Value;
        bool spreads = fromSite switch
        {
            true => Spreads(first, second),
            false => Spreads(second, first),
            null => Spreads(first, second) && Spreads(second, first),
        };
        return spreads ? new DataRate(checked(perTunnel.BitsPerSecond * tunnels)) : perTunnel;
    }

    /// <summary>What one tunnel forwards each way: its gateway's rate, or between two clouds the smaller of both gateways'.</summary>
    public DataRate? TunnelRate => (SiteGateway?.Rate, Gateway?.Rate) switch
    {
        ({ } x, { } y) => x.BitsPerSecond < y.BitsPerSecond ? x : y,
        (var x, var y) => x ?? y,
    };

    /// <summary>The packets per second one tunnel forwards: its gateway's, or between two clouds the smaller published of both.</summary>
    public double? TunnelPacketsPerSecond => (SiteGateway?.PacketsPerSecond, Gateway?.PacketsPerSecond) switch
    {
        ({ } x, { } y) => Math.Min(x, y),
        (var x, var y) => x ?? y,
    };

    /// <summary>Whether a sender spreads flows over the tunnels: it documents ECMP and neither end's limit binds the gateway as a whole.</summary>
    public static bool Spreads(VpnGatewayLimits sender, VpnGatewayLimits receiver) =>
        sender.Ecmp && sender.Scope == VpnLimitScope.Tunnel && receiver.Scope == VpnLimitScope.Tunnel;

    /// <summary>Names a scheduled failure may give for this VPN's tunnel N ("vpn/tunnelN", from 1).</summary>
    public string TunnelElement(int index) => VpnSpec.TunnelElement(Name, index);

    /// <summary>The cloud's VPN gateway, shared by every VPN to that cloud.</summary>
    public static string GatewayElement(string cloud) => VpnSpec.GatewayElement(cloud);

    /// <summary>The site's Internet access, shared by every VPN from that site.</summary>
    public static string InternetAccessElement(string site) => VpnSpec.InternetAccessElement(site);

    /// <summary>
    /// Everything about this VPN that can fail on its own: the whole connection (its name), each tunnel, the cloud's
    /// VPN gateway and the site's Internet access.
    /// </summary>
    public IEnumerable<string> FailableElements => BetweenClouds
        ? VpnSpec.FailableElementsBetweenClouds(Name, Site, Cloud, Tunnels)
        : VpnSpec.FailableElements(Name, Site, Cloud, Tunnels);
}
