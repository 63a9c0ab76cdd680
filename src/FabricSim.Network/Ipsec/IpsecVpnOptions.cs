using FabricSim.Engine.Time;
using FabricSim.Network.Internet;
using FabricSim.Network.Queues;
using FabricSim.Network.Units;

namespace FabricSim.Network.Ipsec;

/// <summary>Settings of a site-to-cloud IPsec VPN connection; defaults follow AWS Site-to-Site VPN.</summary>
public sealed record IpsecVpnOptions
{
    /// <summary>AWS Site-to-Site VPN quotas give a tunnel MTU of 1446 bytes (and a maximum MSS of 1406).</summary>
    public const int DefaultTunnelMtuBytes = 1446;

    /// <summary>
    /// AWS-generated customer-gateway configurations clamp TCP MSS with "ip tcp adjust-mss 1379", more conservative than
    /// the MTU needs, so clamped segments (1419 bytes with headers) are never fragmented.
    /// </summary>
    public const int DefaultMaxSegmentSizeBytes = 1379;

    public CipherSuite Cipher { get; init; } = CipherSuite.AesGcm16;

    /// <summary>Adds the 8-byte UDP/4500 header of NAT traversal to every ESP packet.</summary>
    public bool NatTraversal { get; init; }

    /// <summary>Inner packets larger than this are fragmented before encryption (AWS does not reassemble after decryption).</summary>
    public int TunnelMtuBytes { get; init; } = DefaultTunnelMtuBytes;

    /// <summary>Bytes a packet of <paramref name="innerBytes"/> takes on the Internet once encrypted: ESP and outer headers, NAT-T, fragments.</summary>
    public int WireBytes(int innerBytes) => new EspEncapsulation(Cipher, NatTraversal, TunnelMtuBytes).WireBytes(innerBytes);

    /// <summary>The MSS the gateways clamp TCP connections to.</summary>
    public int MaxSegmentSizeBytes { get; init; } = DefaultMaxSegmentSizeBytes;

    /// <summary>AWS gives every VPN connection two tunnels to different endpoints.</summary>
    public int TunnelCount { get; init; } = 2;

    public TunnelSelection Selection { get; init; } = TunnelSelection.Ecmp;

    /// <summary>
    /// How the site's end spreads its flows, where it differs from <see cref="Selection"/> (which the cloud's end
    /// follows): between two clouds each sending gateway chooses the tunnel by its own rule. Null: the same rule.
    /// </summary>
    public TunnelSelection? SiteSelection { get; init; }

    /// <summary>The rule the end a packet enters at follows.</summary>
    public TunnelSelection SelectionFrom(bool fromSite) => fromSite ? SiteSelection ?? Selection : Selection;

    /// <summary>Limits of each tunnel's gateway, per direction.</summary>
    public GatewayLimits Gateway { get; init; } = GatewayLimits.AwsStandard;

    /// <summary>AWS default (and minimum) DPD timeout: a peer unheard for this long is declared dead.</summary>
    public SimTime DeadPeerDetectionTimeout { get; init; } = SimTime.FromSeconds(30);

    /// <summary>
    /// Time from declaring a tunnel dead (or alive again) until traffic follows: route withdrawal and SA switch. Zero
    /// by default, so the outage is the detection time alone; set it to model a slower router.
    /// </summary>
    public SimTime FailoverSwitchover { get; init; } = SimTime.Zero;

    /// <summary>
    /// From the cloud's VPN endpoint into the region's network: the same entry a private connection pays from its CSP
    /// edge, because a VPN gateway is an edge of the region too, not a host inside it.
    /// </summary>
    public SimTime RegionEntry { get; init; } = SimTime.Zero;

    /// <summary>Impairments of each tunnel's Internet path (both directions).</summary>
    public InternetPathParameters Path { get; init; } = new();

    /// <summary>The site's Internet access, shared by all tunnels: upstream and downstream rates (null for unlimited) and queue.</summary>
    public DataRate? SiteUplink { get; init; }
    public DataRate? SiteDownlink { get; init; }
    public QueueLimit SiteAccessQueue { get; init; } = QueueLimit.Packets(1000);
}
