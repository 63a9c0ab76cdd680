namespace FabricSim.Scenarios.Reachability;

internal enum BlockReason
{
    /// <summary>The receiver finds its own ASN in the AS path and drops the route.</summary>
    AsPathLoop,

    /// <summary>Two routers share an ASN: a route learned from one is not passed on to another router of the same AS.</summary>
    SharedAsn,
    ImportFilter,
    ExportFilter,

    /// <summary>Private-cloud and public-cloud routes never meet.</summary>
    PeerType,

    /// <summary>A cloud's edge advertises only the cloud's own networks, not routes from another connection.</summary>
    CloudTransit,

    /// <summary>More routes are advertised than the cloud accepts on this connection: it drops the session.</summary>
    PrefixLimit,

    /// <summary>No chain of BGP sessions joins the two routers.</summary>
    NoSession,
}

/// <summary>Where and why a route stops on its way: over Vxc, from router From to router To, with the fix in the file.</summary>
internal sealed record RouteBlock(string Vxc, string From, string To, BlockReason Reason, string Detail, string Fix);

/// <summary>
/// Whether routing policy lets one flow through one option. Routed is false when BGP does not decide the flow's path
/// (a VPN, an SD-WAN edge or no VXC carries it); then Block is null.
/// </summary>
internal sealed record FlowRouting(string Option, string Flow, bool Routed, RouteBlock? Block)
{
    public bool Unreachable => Block is not null;
}
