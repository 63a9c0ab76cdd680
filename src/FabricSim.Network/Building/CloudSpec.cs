using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Geography;

namespace FabricSim.Network.Building;

/// <summary>
/// A cloud region reached through its provider's edge router at the on-ramp PoP. The region is a node named
/// <see cref="Name"/>; the edge router is the node <see cref="EdgeName"/>, where VXCs to the cloud end.
/// </summary>
public sealed record CloudSpec(string Name, CspProvider Provider, string OnRamp, GeoLocation RegionLocation, IReadOnlyList<Ipv4Prefix> Prefixes)
{
    public string EdgeName => Name + "-edge";

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
