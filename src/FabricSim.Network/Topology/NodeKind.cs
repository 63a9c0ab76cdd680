namespace FabricSim.Network.Topology;

/// <summary>The role a node plays in an interconnection fabric.</summary>
internal enum NodeKind
{
    /// <summary>A provider switch in a point of presence; transit for VXCs.</summary>
    PopSwitch,

    /// <summary>The customer's router at a site (branch, data centre, office).</summary>
    CustomerRouter,

    /// <summary>A provider-hosted virtual cloud router (L3, BGP, aggregate rate limit).</summary>
    CloudRouter,

    /// <summary>A provider-hosted SD-WAN edge.</summary>
    SdWanEdge,

    /// <summary>A cloud service provider's edge router (AWS Direct Connect, Azure ExpressRoute, Google Interconnect).</summary>
    CspEdge,

    /// <summary>An Internet exchange or transit router.</summary>
    InternetExchange,

    /// <summary>An end host or server.</summary>
    Host,
}
