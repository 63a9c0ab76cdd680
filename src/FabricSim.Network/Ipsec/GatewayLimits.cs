using FabricSim.Network.Queues;
using FabricSim.Network.Units;

namespace FabricSim.Network.Ipsec;

/// <summary>
/// What one tunnel's VPN gateway can forward per direction: a bit rate, a packet rate (ESP packets, so fragments
/// count twice), and the queue in front of it. Published provider figures are below.
/// </summary>
public sealed record GatewayLimits(DataRate? Rate, double? PacketsPerSecond, QueueLimit Queue)
{
    /// <summary>Providers do not publish gateway buffers; 1000 packets (a common Linux txqueuelen) is the assumed default.</summary>
    public static readonly QueueLimit DefaultQueue = QueueLimit.Packets(1000);

    /// <summary>AWS Site-to-Site VPN, standard tunnel: 1.25 Gbps and 140,000 packets/s per tunnel (AWS VPN quotas).</summary>
    public static readonly GatewayLimits AwsStandard = new(DataRate.FromGigabitsPerSecond(1.25), 140_000, DefaultQueue);

    /// <summary>AWS large-bandwidth tunnel (Transit Gateway / Cloud WAN only): 5 Gbps and 400,000 packets/s.</summary>
    public static readonly GatewayLimits AwsLarge = new(DataRate.FromGigabitsPerSecond(5), 400_000, DefaultQueue);

    /// <summary>Google Cloud HA VPN: 3 Gbps and 250,000 packets/s per tunnel (ingress + egress together in Google's docs).</summary>
    public static readonly GatewayLimits GcpHaVpn = new(DataRate.FromGigabitsPerSecond(3), 250_000, DefaultQueue);

    /// <summary>Azure VPN gateway Gen1 SKUs (aggregate per gateway; equal to per tunnel when one tunnel is active).</summary>
    public static readonly GatewayLimits AzureBasic = new(DataRate.FromMegabitsPerSecond(100), null, DefaultQueue);
    public static readonly GatewayLimits AzureVpnGw1 = new(DataRate.FromMegabitsPerSecond(650), null, DefaultQueue);
    public static readonly GatewayLimits AzureVpnGw2 = new(DataRate.FromGigabitsPerSecond(1), null, DefaultQueue);
    public static readonly GatewayLimits AzureVpnGw3 = new(DataRate.FromGigabitsPerSecond(1.25), null, DefaultQueue);

    /// <summary>Azure VPN gateway Gen2 SKUs (aggregate per gateway; VpnGw3 Gen2 with GCMAES256 is quoted near 140 kpps).</summary>
    public static readonly GatewayLimits AzureVpnGw2Gen2 = new(DataRate.FromGigabitsPerSecond(1.25), null, DefaultQueue);
    public static readonly GatewayLimits AzureVpnGw3Gen2 = new(DataRate.FromGigabitsPerSecond(2.5), 140_000, DefaultQueue);
    public static readonly GatewayLimits AzureVpnGw4Gen2 = new(DataRate.FromGigabitsPerSecond(5), null, DefaultQueue);
    public static readonly GatewayLimits AzureVpnGw5Gen2 = new(DataRate.FromGigabitsPerSecond(10), null, DefaultQueue);
}
