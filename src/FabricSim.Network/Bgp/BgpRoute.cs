using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>
/// A candidate route in a router's table: a prefix, its attributes and the session it came from (null if originated
/// here or configured as a static route, which has <see cref="StaticVia"/>). The table itself holds candidates as
/// arrays; this record is what it hands out, made on request, so two views of one candidate are equal, not the same
/// object.
/// </summary>
internal sealed record BgpRoute(Ipv4Prefix Prefix, BgpPathAttributes Attributes, BgpSession? Session)
{
    /// <summary>The adjacency a static route points at; null for routes BGP learned or the router originates.</summary>
    public L3Adjacency? StaticVia { get; init; }

    public bool IsLocal => Session is null && StaticVia is null;
    public bool IsExternal => Session is { IsInternal: false };

    /// <summary>The AS the route was heard from: the first in its path, or the router's own for local routes.</summary>
    public long NeighborAs => AsCandidate.NeighborAs;

    public Ipv4Address PeerRouterId => Session?.PeerRouterId ?? default;

    internal RouteCandidate AsCandidate => new(Attributes, Session, StaticVia);
}
