using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Geography;

namespace FabricSim.Network.Building;

/// <summary>
/// A cloud region reached through its provider's edge routers. The region is a node named <see cref="Name"/>; its
/// default edge router is the node <see cref="EdgeName"/> at the on-ramp PoP, where VXCs to the cloud end unless they
/// name another of its <see cref="ExtraEdges"/> (a Direct Connect location, an ExpressRoute MSEE, a Google edge
/// availability domain), each a node at its own PoP joined to the region.
/// </summary>
public sealed record CloudSpec(string Name, CspProvider Provider, string OnRamp, GeoLocation RegionLocation, IReadOnlyList<Ipv4Prefix> Prefixes)
{
    public string EdgeName => Name + "-edge";

    /// <summary>Edge routers beyond the default one: each name with the PoP it stands at.</summary>
    public IReadOnlyDictionary<string, string> ExtraEdges { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Whether the cloud has more than its default edge; its region network then runs BGP with every edge (iBGP,
    /// reflecting each edge's routes to the others), so traffic leaving the cloud takes the edge whose route is alive.
    /// </summary>
    public bool HasSeveralEdges => ExtraEdges.Count > 0;

    /// <summary>Every edge router with its PoP: the default one first, then the others by name.</summary>
    public IEnumerable<(string Name, string Pop)> Edges =>
        [(EdgeName, OnRamp), .. ExtraEdges.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value))];

    /// <summary>The link from <paramref name="edge"/> into the region (the default edge's keeps its historic name).</summary>
    public string RegionLinkOf(string edge) => edge == EdgeName ? Name + "-region" : edge + "-region";

    /// <summary>The ASN the cloud's edge speaks from when a session does not name it (default: the provider's).</summary>
    public long? Asn { get; init; }

    /// <summary>
    /// Whether the cloud carries traffic between the customer's connections to it (AWS SiteLink, Azure ExpressRoute
    /// Global Reach, Google NCC site-to-site data transfer). Without it the cloud's edge advertises only the
    /// cloud's own networks to each connection, as the clouds do.
    /// </summary>
    public bool TransitBetweenConnections { get; init; }

    /// <summary>Equal-cost BGP paths its router shares flows over by a flow hash (default 1: the best path only).</summary>
    public int MaximumPaths { get; init; } = 1;
}
