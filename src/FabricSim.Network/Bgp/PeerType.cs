namespace FabricSim.Network.Bgp;

/// <summary>
/// What kind of network a BGP peer is. Routes learned from a private cloud (a VPC/VNet behind a private VIF or
/// private peering) and from a public cloud (public prefixes behind a public VIF or Microsoft peering) never
/// propagate to each other.
/// </summary>
public enum PeerType
{
    NonCloud,
    PrivateCloud,
    PublicCloud,
}
