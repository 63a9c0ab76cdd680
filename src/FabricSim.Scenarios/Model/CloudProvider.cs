namespace FabricSim.Scenarios.Model;

public enum CloudProvider
{
    Aws,
    Azure,
    Google,
}

internal static class CloudProviderExtensions
{
    /// <summary>The network model's provider of a cloud's private connections: its timers, BFD and edge behaviour.</summary>
    public static Network.Access.CspProvider Connection(this CloudProvider provider) => provider switch
    {
        CloudProvider.Aws => Network.Access.CspProvider.AwsDirectConnect,
        CloudProvider.Azure => Network.Access.CspProvider.AzureExpressRoute,
        _ => Network.Access.CspProvider.GoogleCloudInterconnect,
    };
}
