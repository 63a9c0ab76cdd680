using FabricSim.Network.Building;
using FabricSim.Engine.Time;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

/// <summary>An IPsec site-to-site VPN from a site's gateway over the Internet to a cloud VPN gateway.</summary>
public sealed record Vpn(
    string Name,
    string Site,
    string Cloud,
    CipherSuite Cipher,
    bool NatTraversal,
    int Tunnels,
    DataRate InternetAccess,
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
    public IEnumerable<string> FailableElements => VpnSpec.FailableElements(Name, Site, Cloud, Tunnels);
}
