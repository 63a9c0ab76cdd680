using FabricSim.Network.Access;

namespace FabricSim.Scenarios.Model;

/// <summary>The kind of edge router a provider's private connections end on, which sets its BGP behaviour in the network model.</summary>
internal static class CloudProviderEdges
{
    public static CspProvider Edge(this CloudProvider provider) => provider switch
    {
        CloudProvider.Aws => CspProvider.AwsDirectConnect,
        CloudProvider.Azure => CspProvider.AzureExpressRoute,
        CloudProvider.Oracle => CspProvider.OracleFastConnect,
        CloudProvider.Ibm => CspProvider.IbmDirectLink,
        _ => CspProvider.GoogleCloudInterconnect,
    };
}
