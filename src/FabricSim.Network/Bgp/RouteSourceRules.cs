namespace FabricSim.Network.Bgp;

/// <summary>How a route's source decides where it may be advertised.</summary>
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
