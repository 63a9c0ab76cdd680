using FabricSim.Engine.Time;
using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

public enum CipherSuite
{
    AesGcm128,
    AesGcm256,
    AesCbcSha1,
    AesCbcSha256,
}

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
    BgpSession? Bgp,
    InternetPath Internet);
