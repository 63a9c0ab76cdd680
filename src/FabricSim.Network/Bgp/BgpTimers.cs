using FabricSim.Engine.Time;
using FabricSim.Network.Access;

namespace FabricSim.Network.Bgp;

/// <summary>
/// Keepalive and hold times a router proposes. The session uses the smaller hold time of the two ends and sends
/// keepalives at the smaller of its own keepalive and a third of that hold time (RFC 4271 §4.2, §10).
/// </summary>
public readonly record struct BgpTimers
{
    public BgpTimers(SimTime keepalive, SimTime hold)
    {
        // RFC 4271 §4.2: the hold time is zero or at least three seconds; keepalives must come within it.
        if (hold != SimTime.Zero && hold < SimTime.FromSeconds(3))
        {
            throw new ArgumentOutOfRangeException(nameof(hold), hold, "A hold time is 0 or at least 3 s.");
        }
        if (hold != SimTime.Zero && (keepalive <= SimTime.Zero || keepalive > hold))
        {
            throw new ArgumentOutOfRangeException(nameof(keepalive), keepalive, "The keepalive interval must be positive and within the hold time.");
        }
        Keepalive = keepalive;
        Hold = hold;
    }

    public SimTime Keepalive { get; }
    public SimTime Hold { get; }

    /// <summary>Megaport MCR and Cisco/HPE vendor default.</summary>
    public static BgpTimers CloudRouter { get; } = Seconds(60, 180);

    /// <summary>AWS Direct Connect.</summary>
    public static BgpTimers AwsDirectConnect { get; } = Seconds(30, 90);

    /// <summary>Azure ExpressRoute MSEE.</summary>
    public static BgpTimers AzureExpressRoute { get; } = Seconds(60, 180);

    /// <summary>
    /// Google Cloud Router: keepalive 20 s by default, hold three times the keepalive (Compute Engine API, RouterBgp.keepaliveInterval,
    /// mirrored at pub.dev/documentation/googleapis/latest/compute_v1/RouterBgp/keepaliveInterval.html, read 2026-12-04).
    /// </summary>
    public static BgpTimers GoogleCloudRouter { get; } = Seconds(20, 60);

    /// <summary>
    /// BGP over the tunnels of an AWS Site-to-Site VPN: the customer gateway configurations AWS generates set
    /// "neighbor ... timers 10 30 30" (awsdocs/amazon-vpc-network-administrator-guide, doc_source/Cisco.md, read 2026-12-04).
    /// </summary>
    public static BgpTimers Vpn { get; } = Seconds(10, 30);

    /// <summary>
    /// Azure VPN Gateway's fixed BGP timers, keepalive 60 s and hold 180 s (learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq,
    /// BGP section; Microsoft Tech Community "Azure VPN Gateway BGP Timer Mismatches": fixed, not negotiated down; read 2026-12-04).
    /// </summary>
    public static BgpTimers AzureVpnGateway { get; } = Seconds(60, 180);

    /// <summary>
    /// What a cloud's VPN gateway runs over its tunnels: AWS 10/30 s, Azure 60/180 s, Google's Cloud Router the same
    /// 20/60 s as over an Interconnect (it serves both).
    /// </summary>
    public static BgpTimers VpnFor(CspProvider provider) => provider switch
    {
        CspProvider.AzureExpressRoute => AzureVpnGateway,
        CspProvider.GoogleCloudInterconnect => GoogleCloudRouter,
        _ => Vpn,
    };

    /// <summary>RFC 4271 suggested values.</summary>
    public static BgpTimers Rfc4271 { get; } = Seconds(30, 90);

    /// <summary>What the cloud's edge routers propose.</summary>
    public static BgpTimers For(CspProvider provider) => provider switch
    {
        CspProvider.AwsDirectConnect => AwsDirectConnect,
        CspProvider.AzureExpressRoute => AzureExpressRoute,
        CspProvider.GoogleCloudInterconnect => GoogleCloudRouter,
        _ => Rfc4271,
    };

    public static BgpTimers Seconds(double keepalive, double hold) => new(SimTime.FromSeconds(keepalive), SimTime.FromSeconds(hold));
}
