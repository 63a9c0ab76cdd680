using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Catalogs;

/// <summary>
/// The depth of the token bucket that polices a VXC when the scenario does not give one: the catalog's burst of each
/// product the VXC passes (Megaport's VXC and, towards a cloud, the cloud's connection) as time at the VXC's rate,
/// the smaller of them (the tighter policer drops first), and never below the catalog's minimum in full-size frames.
/// A dedicated cloud port is the customer's own physical port: no cloud policer sits on it.
/// </summary>
internal static class PolicerBurst
{
    private const int FrameBytes = 1500;

    public static long DefaultBytes(DataRate rate, CloudConnection? connection, ProductCatalog products)
    {
        long burst = rate.BytesIn(products.Duration("megaport.vxc.policer_burst"));
        if (CloudItem(connection) is { } item)
        {
            burst = Math.Min(burst, rate.BytesIn(products.Duration(item)));
        }
        return Math.Max(burst, products.Value("policer.min_burst_mtus") * FrameBytes);
    }

    private static string? CloudItem(CloudConnection? connection) => connection?.Type switch
    {
        CloudConnectionType.AwsHosted => "aws.hosted.policer_burst",
        CloudConnectionType.AzureExpressRoute => "azure.expressroute.policer_burst",
        CloudConnectionType.GooglePartnerInterconnect => "google.partner.policer_burst",
        _ => null,
    };
}
