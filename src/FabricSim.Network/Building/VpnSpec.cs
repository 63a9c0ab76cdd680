using FabricSim.Network.Ipsec;

namespace FabricSim.Network.Building;

/// <summary>An IPsec VPN from a site to a cloud over the Internet, with its tunnels, gateway and path.</summary>
public sealed record VpnSpec(string Name, string Site, string Cloud, IpsecVpnOptions Options);
