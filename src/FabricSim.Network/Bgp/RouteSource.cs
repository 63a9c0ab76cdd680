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
