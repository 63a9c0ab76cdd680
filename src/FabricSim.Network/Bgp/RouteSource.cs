namespace FabricSim.Network.Bgp;

/// <summary>Where a route entered the BGP system, carried with it so the cloud propagation rule holds over several hops.</summary>
public enum RouteSource
{
    /// <summary>Originated by a router of the customer or the provider (its own networks).</summary>
    Local,
    NonCloud,
    PrivateCloud,
    PublicCloud,
}

internal static class RouteSourceRules
{
    public static RouteSource LearnedFrom(PeerType peer) => peer switch
    {
        PeerType.PrivateCloud => RouteSource.PrivateCloud,
        PeerType.PublicCloud => RouteSource.PublicCloud,
        _ => RouteSource.NonCloud,
    };

    /// <summary>Private-cloud and public-cloud routes never meet; everything else may go anywhere.</summary>
    public static bool MayAdvertise(RouteSource source, PeerType to) =>
        !(source == RouteSource.PrivateCloud && to == PeerType.PublicCloud)
        && !(source == RouteSource.PublicCloud && to == PeerType.PrivateCloud);
}
