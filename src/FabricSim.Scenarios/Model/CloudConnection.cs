using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

public enum CloudConnectionType
{
    AwsHosted,
    AwsDedicated,
    AzureExpressRoute,
    GooglePartnerInterconnect,
    GoogleDedicatedInterconnect,
}

public enum AwsVifType
{
    Private,
    Transit,
    Public,
}

public enum ExpressRouteLink
{
    Primary,
    Secondary,
}

/// <summary>How a VXC lands in a cloud: the connection product, its port speed where the product has one, and its IP MTU.</summary>
public sealed record CloudConnection(
    CloudConnectionType Type,
    AwsVifType? Vif,
    ExpressRouteLink? ExpressRouteLink,
    DataRate? PortSpeed,
    int MtuBytes)
{
    /// <summary>ExpressRoute Premium add-on: the circuit reaches Azure regions outside its location's geopolitical region.</summary>
    public bool Premium { get; init; }

    /// <summary>
    /// What Megaport's route-advertisement rules make of the cloud at this connection: a public VIF carries public
    /// cloud routes; a private or transit VIF, ExpressRoute private peering and Google Interconnect private ones.
    /// </summary>
    public Network.Bgp.PeerType PeerType => Vif == AwsVifType.Public ? Network.Bgp.PeerType.PublicCloud : Network.Bgp.PeerType.PrivateCloud;
}
