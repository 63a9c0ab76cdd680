using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>
/// A candidate as the decision process sees it, without a route object: its attributes and where it came from (a
/// session, a static adjacency, or neither for the router's own networks). The table keeps candidates as plain
/// arrays and hands them to selection as this struct, so holding a route costs no object of its own.
/// </summary>
internal readonly struct RouteCandidate(BgpPathAttributes attributes, BgpSession? session, L3Adjacency? staticVia)
{
    public BgpPathAttributes Attributes { get; } = attributes;
    public BgpSession? Session { get; } = session;
    public L3Adjacency? StaticVia { get; } = staticVia;

    public bool IsLocal => Session is null && StaticVia is null;
    public bool IsExternal => Session is { IsInternal: false };

    /// <summary>The AS the route was heard from: the first in its path, or the router's own for local routes.</summary>
    public long NeighborAs => Attributes.AsPath.Count > 0 ? Attributes.AsPath[0] : Session?.Speaker.Asn ?? 0;

    public Ipv4Address PeerRouterId => Session?.PeerRouterId ?? default;

    /// <summary>Configuration order of the session within the router; −1 for routes of no session.</summary>
    public int Ordinal => Session?.Ordinal ?? -1;

    public BgpRoute ToRoute(Ipv4Prefix prefix) => new(prefix, Attributes, Session) { StaticVia = StaticVia };
}
