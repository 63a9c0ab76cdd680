using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>A candidate route in a router's table: a prefix, its attributes and the session it came from (null if originated here).</summary>
internal sealed record BgpRoute(Ipv4Prefix Prefix, BgpPathAttributes Attributes, BgpSession? Session)
{
    public bool IsLocal => Session is null;
    public bool IsExternal => Session is { IsInternal: false };

    /// <summary>The AS the route was heard from: the first in its path, or the router's own for local routes.</summary>
    public long NeighborAs => Attributes.AsPath.Count > 0 ? Attributes.AsPath[0] : Session?.Speaker.Asn ?? 0;

    public Ipv4Address PeerRouterId => Session?.PeerRouterId ?? default;
}
