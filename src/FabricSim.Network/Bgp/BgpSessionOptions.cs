using FabricSim.Engine.Time;
using FabricSim.Network.Bfd;

namespace FabricSim.Network.Bgp;

/// <summary>
/// One end's configuration of a session. <see cref="Import"/> decides which received prefixes are accepted,
/// <see cref="Export"/> which of the router's best routes may be advertised to the peer (null: no filter).
/// <see cref="MedOut"/> is sent on every advertised route; <see cref="MedIn"/> overrides the MED of received ones.
/// </summary>
public sealed record BgpSessionOptions
{
    public PeerType PeerType { get; init; } = PeerType.NonCloud;

    /// <summary>The ASN the peer must announce in its OPEN; null accepts any.</summary>
    public long? ExpectedPeerAsn { get; init; }
    public PrefixList? Import { get; init; }
    public PrefixList? Export { get; init; }

    /// <summary>Extra copies of the own ASN put in front of the path on export (to make this path less preferred).</summary>
    public int AsPathPrepend { get; init; }
    public long? MedOut { get; init; }
    public long? MedIn { get; init; }

    /// <summary>Given to routes received over this (eBGP) session.</summary>
    public long LocalPreference { get; init; } = BgpPathAttributes.DefaultLocalPreference;
    public BgpTimers Timers { get; init; } = BgpTimers.CloudRouter;

    /// <summary>
    /// The least time between two advertisement runs to the peer (MRAI); withdrawals are never held back. Null takes
    /// the default of the peer type (<see cref="AdvertisementIntervals"/>: 30 s eBGP, 5 s iBGP); zero sends every
    /// change at once.
    /// </summary>
    public SimTime? AdvertisementInterval { get; init; }

    /// <summary>
    /// Advertise only the router's own networks, never routes learned from other peers: a cloud's edge towards a
    /// customer connection, which does not carry traffic between two customer connections unless the cloud's product
    /// for that is enabled.
    /// </summary>
    internal bool OwnRoutesOnly { get; init; }

    /// <summary>
    /// With <see cref="OwnRoutesOnly"/>: the ASNs of the cloud's own routers, so a route another router of the same
    /// cloud originated (an AS path of these ASNs only, or none) still counts as the cloud's own.
    /// </summary>
    internal IReadOnlySet<long> CloudAsns { get; init; } = new HashSet<long>();

    /// <summary>
    /// Passes routes learned from one iBGP peer on to the others, as a route reflector does for its clients (RFC 4456
    /// §6): a cloud's region network towards its edges.
    /// </summary>
    internal bool ReflectRoutes { get; init; }

    /// <summary>
    /// A session between two routers of one cloud (its region network and an edge, whatever their ASNs): a route keeps
    /// the source it entered the cloud with, so the cloud's own networks stay its own at every edge.
    /// </summary>
    internal bool WithinCloud { get; init; }

    /// <summary>BFD on this session's path; it runs when both ends ask for it.</summary>
    public BfdSettings? Bfd { get; init; }

    /// <summary>
    /// How long one connection attempt lasts before a fresh one starts, and the wait after an attempt that failed;
    /// RFC 4271 §10 suggests 120 s.
    /// </summary>
    public SimTime ConnectRetry { get; init; } = SimTime.FromSeconds(120);

    /// <summary>The first retransmission of an unanswered OPEN; TCP's initial retransmission timeout (RFC 6298 §2.1).</summary>
    public SimTime OpenRetransmit { get; init; } = SimTime.FromSeconds(1);

    /// <summary>The back-off stops doubling here; RFC 6298 §2.5 allows a maximum of at least 60 s.</summary>
    internal static SimTime MaximumOpenRetransmit { get; } = SimTime.FromSeconds(60);
}
