namespace FabricSim.Network.Access;

/// <summary>The cloud on-ramp a CSP edge router belongs to.</summary>
public enum CspProvider
{
    AwsDirectConnect,
    AzureExpressRoute,
    GoogleCloudInterconnect,
    OracleFastConnect,
    IbmDirectLink,
}
