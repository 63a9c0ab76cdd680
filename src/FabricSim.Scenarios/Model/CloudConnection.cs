using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

public enum CloudConnectionType
{
    AwsHosted,
    AwsDedicated,
    AzureExpressRoute,
    GooglePartnerInterconnect,
    GoogleDedicatedInterconnect,
    OracleFastConnect,
    IbmDirectLinkConnect,
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
    /// The PoP where the connection meets the cloud: a Direct Connect location, an ExpressRoute peering location or a
    /// Google Interconnect metro's facility (default: the cloud's on-ramp).
    /// </summary>
    public string? Location { get; init; }

    /// <summary>
    /// The AWS Direct Connect gateway a private or transit virtual interface attaches to (default
    /// <see cref="DefaultDxGateway"/>: one per option). A transit VIF's gateway is associated with a transit gateway in
    /// the region of each VPC it reaches; connections of other clouds, and public VIFs, have none.
    /// </summary>
    public string? DxGateway { get; init; }

    public const string DefaultDxGateway = "dx-gateway";

    /// <summary>The Direct Connect gateway this AWS private or transit VIF attaches to; null for anything else.</summary>
    public string? DxGatewayName => Vif is AwsVifType.Private or AwsVifType.Transit ? DxGateway ?? DefaultDxGateway : null;

    /// <summary>
    /// IBM Direct Link global routing: the gateway reaches IBM Cloud networks in every region, not only those of its
    /// location's region (priced higher than local routing). Other clouds have none.
    /// </summary>
    public bool GlobalRouting { get; init; }

    /// <summary>Google's edge availability domain (1 or 2) of the attachment; other clouds have none.</summary>
    public int? AvailabilityDomain { get; init; }

    /// <summary>
    /// The edge router (a node that <c>failures:</c> can name) where this connection lands: one per Direct Connect
    /// location, two MSEE devices per ExpressRoute peering location (primary, secondary), two edge availability domains
    /// per Google metro. The cloud's default edge, "&lt;cloud&gt;-edge", is the first device at its on-ramp; any other
    /// adds the PoP when it is not the on-ramp, then "-secondary" or "-zone2"; an AWS public VIF's ends in "-public".
    /// </summary>
    public string EdgeOf(CloudEndpoint cloud)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        string location = Location ?? cloud.OnRamp;
        string atPop = location == cloud.OnRamp ? string.Empty : "-" + location;
        string device = ExpressRouteLink == Model.ExpressRouteLink.Secondary ? "-secondary" : AvailabilityDomain == 2 ? "-zone2" : string.Empty;
        // A public VIF peers with Amazon's public network, from its public ASN: a router apart from the VPCs' gateway.
        string network = Vif == AwsVifType.Public ? "-public" : string.Empty;
        return $"{cloud.Name}-edge{atPop}{device}{network}";
    }

    /// <summary>
    /// What Megaport's route-advertisement rules make of the cloud at this connection: a public VIF carries public
    /// cloud routes; a private or transit VIF, ExpressRoute private peering and Google Interconnect private ones.
    /// </summary>
    public Network.Bgp.PeerType PeerType => Vif == AwsVifType.Public ? Network.Bgp.PeerType.PublicCloud : Network.Bgp.PeerType.PrivateCloud;
}
