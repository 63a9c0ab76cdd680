using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>
/// A candidate route in a router's table: a prefix, its attributes and the session it came from (null if originated
/// here or configured as a static route, which has <see cref="StaticVia"/>).
/// </summary>
internal sealed record BgpRoute(Ipv4Prefix Prefix, BgpPathAttributes Attributes, BgpSession? Session)
{
    /// <summary>The adjacency a static route points at; null for routes BGP learned or the router originates.</summary>
    public L3Adjacency? StaticVia { get; init; }

    public bool IsLocal => Session is null && StaticVia is null;
    public bool IsExternal => Session is { IsInternal: false };

    /// <summary>The AS the route was heard from: the first in its path, or the router's own for local routes.</summary>
    public long NeighborAs => Attributes.AsPath.Count > 0 ? Attributes.AsPath[0] : Session?.Speaker.Asn ?? 0;

    public Ipv4Address PeerRouterId => Session?.PeerRouterId ?? default;
}
