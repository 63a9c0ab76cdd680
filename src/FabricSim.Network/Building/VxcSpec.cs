using FabricSim.Network.Access;
using FabricSim.Network.Bgp;
using FabricSim.Network.Queues;
using FabricSim.Network.Units;

namespace FabricSim.Network.Building;

/// <summary>
/// A virtual cross-connect between two ends, each a port, an MCR, an MVE or a cloud, rate limited to
/// <see cref="Rate"/>. Where it reaches a cloud over a dedicated connection, <see cref="CloudPortSpeed"/> is that
/// port's speed. In a fabric with VXCs every VXC carries a BGP session; <see cref="Bgp"/> configures it.
/// </summary>
public sealed record VxcSpec(string Name, string EndA, string EndB, DataRate Rate, int? QosClass = null, DataRate? CloudPortSpeed = null,
    VxcBgp? Bgp = null)
{
    /// <summary>Whether traffic above the rate is dropped at once or queued.</summary>
    public RateLimitMode Mode { get; init; } = RateLimitMode.Police;

    /// <summary>What a shaping VXC holds per direction before it drops.</summary>
    public QueueLimit ShaperQueue { get; init; } = QueueLimit.Packets(1000);

    /// <summary>The provider's token-bucket depth; null: the builder's default (1 ms at the rate).</summary>
    public long? BurstBytes { get; init; }

    /// <summary>When set, the customer's router shapes to the VXC's rate and burst with this queue before the provider polices.</summary>
    public QueueLimit? CustomerShaperQueue { get; init; }

    /// <summary>The edge router of its cloud end it lands on (one of the cloud's edges); null: the cloud's default edge.</summary>
    public string? CloudEdge { get; init; }

    public bool Touches(string end) => EndA == end || EndB == end;
}

/// <summary>
/// A VXC's BGP session as written from the provider-hosted router's side (MCR or MVE): <see cref="PeerAsn"/> is the
/// far end's ASN, <see cref="Session"/> the hosted end's filters and attributes; the far end takes the same timers
/// and BFD. A session that asks for BFD runs its MCR's settings, or its own when the MCR has none.
/// </summary>
public sealed record VxcBgp(long? PeerAsn, BgpSessionOptions Session)
{
    /// <summary>BFD switched off on this session even though its MCR runs BFD on its others.</summary>
    public bool BfdOff { get; init; }
}
