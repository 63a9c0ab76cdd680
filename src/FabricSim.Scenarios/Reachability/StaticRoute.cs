using System.Net;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Reachability;

/// <summary>Where a route entered BGP, carried with it so the cloud propagation rule holds over several hops.</summary>
internal enum RouteOrigin
{
    Local,
    NonCloud,
    PrivateCloud,
    PublicCloud,
}

/// <summary>A converged best route at one router; Session is null for a route the router originates itself.</summary>
internal sealed record StaticRoute(IPNetwork Prefix, IReadOnlyList<long> AsPath, long LocalPreference, long? Med, RouteOrigin Origin,
    DesignSession? Session, string? From, bool Internal)
{
    public bool IsLocal => Session is null;

    public bool SameAs(StaticRoute? other) =>
        other is not null && ReferenceEquals(Session, other.Session) && From == other.From && LocalPreference == other.LocalPreference
        && Med == other.Med && Origin == other.Origin && AsPath.SequenceEqual(other.AsPath);

    public static RouteOrigin LearnedFrom(Network.Bgp.PeerType peer) => peer switch
    {
        Network.Bgp.PeerType.PrivateCloud => RouteOrigin.PrivateCloud,
        Network.Bgp.PeerType.PublicCloud => RouteOrigin.PublicCloud,
        _ => RouteOrigin.NonCloud,
    };

    /// <summary>Private-cloud and public-cloud routes never meet; everything else may go anywhere.</summary>
    public static bool MayAdvertise(RouteOrigin origin, Network.Bgp.PeerType to) =>
        !(origin == RouteOrigin.PrivateCloud && to == Network.Bgp.PeerType.PublicCloud) && !(origin == RouteOrigin.PublicCloud && to == Network.Bgp.PeerType.PrivateCloud);
}
