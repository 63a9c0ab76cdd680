using System.Runtime.InteropServices;
using FabricSim.Engine.Random;
using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bfd;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Bgp;

/// <summary>
/// One end of a BGP session over an adjacency. Messages travel as control packets through the simulated network,
/// so when the path breaks keepalives stop and the hold timer (or BFD) ends the session; the routes learned over
/// it are then withdrawn and the router re-selects. Timers are events tagged with a generation that every state
/// change bumps, so timers of an earlier life of the session fire harmlessly.
/// </summary>
internal sealed class BgpSession : IEventHandler, IControlEndpoint, IBfdClient
{
    private const int ConnectRetryTimer = 0;
    private const int KeepaliveTimer = 1;
    private const int HoldTimer = 2;
    private const int FlushUpdates = 3;
    private const int OpenRetransmitTimer = 4;
    private const int AdvertisementTimer = 5;
    private const int TimerBits = 3;

    private readonly Simulator _simulator;
    private readonly ControlSender _sender;
    private readonly PrefixBits _advertised = new();
    private readonly PrefixBits _pending = new();
    private Dictionary<Ipv4Prefix, BgpPathAttributes>? _rejected;
    private AttributeMemo _imported;
    private AttributeMemo _exported;
    private long _generation;
    private bool _flushArmed;
    private long _advertiseAfter = long.MinValue;
    private RandomStream? _jitter;
    private long _lastReceived;
    private SimTime _negotiatedHold;
    private SimTime _keepaliveInterval;
    private SimTime _openRetransmit;

    internal BgpSession(BgpSpeaker speaker, L3Adjacency adjacency, BgpSessionOptions options, int ordinal, ControlSender sender)
    {
        Speaker = speaker;
        Adjacency = adjacency;
        Options = options;
        Ordinal = ordinal;
        _sender = sender;
        _simulator = speaker.Node.Context.Simulator;
    }

    public BgpSpeaker Speaker { get; }
    public L3Adjacency Adjacency { get; }
    public BgpSessionOptions Options { get; private set; }

    /// <summary>Configuration order within the router; the last tie-break of best-path selection.</summary>
    public int Ordinal { get; }

    /// <summary>The far end of the session.</summary>
    public BgpSession Peer { get; internal set; } = null!;
    public BfdSession? Bfd { get; internal set; }

    public BgpSessionState State { get; private set; } = BgpSessionState.Idle;
    public SimTime StateSince { get; private set; }
    public long PeerAsn { get; private set; }
    public Ipv4Address PeerRouterId { get; private set; }

    /// <summary>True for iBGP (both ends in one AS).</summary>
    public bool IsInternal => Peer.Speaker.Asn == Speaker.Asn;
    public bool IsEstablished => State == BgpSessionState.Established;

    /// <summary>The hold time agreed with the peer (zero until an OPEN has been received).</summary>
    public SimTime HoldTime => _negotiatedHold;
    public SimTime KeepaliveInterval => _keepaliveInterval;

    /// <summary>The advertisement interval (MRAI) in force: the configured one, else the peer type's default.</summary>
    public SimTime AdvertisementInterval => Options.AdvertisementInterval ?? AdvertisementIntervals.For(IsInternal);

    /// <summary>
    /// Advertisements are rate-limited from this instant on, the end of the fabric's warm-up: the warm-up stands for
    /// the long time the fabric has been up before the measured period, so the cold start (every router booting at
    /// once, in an order nothing real follows) is not stretched by the interval, and a failure after it meets the
    /// routers with idle timers, as in a fabric that has been quiet for a while.
    /// </summary>
    internal SimTime AdvertisementsLimitedFrom { get; set; }

    /// <summary>
    /// Routes the peer sent and did not withdraw: those accepted sit in the router's table (with the attributes as
    /// received, for reconfiguration), the session keeps only those its import policy or loop check refused.
    /// </summary>
    public int PrefixesReceived => Speaker.AcceptedFrom(this) + (_rejected?.Count ?? 0);
    public int PrefixesAdvertised => _advertised.Count;

    /// <summary>
    /// Announcements and withdrawals received in UPDATEs since the session was made: the unit of a router's control-plane
    /// work, whatever the number of messages they came in.
    /// </summary>
    public long RouteChangesReceived { get; private set; }
    public int TimesEstablished { get; private set; }
    public int TimesDropped { get; private set; }
    public string? LastDownReason { get; private set; }
    public SimTime LastDownAt { get; private set; }

    /// <summary>Replaces the configuration; filters are re-applied to what the peer sent and to what is advertised.</summary>
    public void Reconfigure(BgpSessionOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _imported = default;
        _exported = default;
        if (!IsEstablished)
        {
            return;
        }
        var received = Speaker.ReceivedOver(this);
        if (_rejected is not null)
        {
            received.AddRange(_rejected.Select(r => (r.Key, r.Value)));
            received.Sort((a, b) => a.Prefix.CompareTo(b.Prefix));
        }
        foreach (var (prefix, attributes) in received)
        {
            Import(prefix, attributes);
        }
        Speaker.ReadvertiseTo(this);
    }

    /// <summary>Opens the session at the current instant, once the fabric has computed its paths.</summary>
    internal void Start() => Arm(ConnectRetryTimer, SimTime.Zero);

    /// <summary>The router went down: everything the session knew is lost with it, and nothing can be sent.</summary>
    internal void OnRouterDown() => Drop(BgpNotification.RouterDown, notifyPeer: false);

    /// <summary>The router is back: like any router after a boot, it opens its sessions at once.</summary>
    internal void OnRouterUp() => EnterConnect();

    /// <summary>
    /// One of the router's own interfaces came back: a session still waiting to connect tries again now, as routers
    /// retry their neighbours when a link comes up, instead of waiting out the retransmission back-off.
    /// </summary>
    internal void OnInterfaceUp()
    {
        if (State is BgpSessionState.Idle or BgpSessionState.Connect)
        {
            EnterConnect();
        }
    }

    public void OnEvent(object? payload, long argument)
    {
        if (argument >> TimerBits != _generation)
        {
            return;
        }
        switch ((int)(argument & ((1 << TimerBits) - 1)))
        {
            case ConnectRetryTimer:
                if (State != BgpSessionState.Established)
                {
                    EnterConnect();
                }
                break;
            case KeepaliveTimer:
                if (IsEstablished)
                {
                    Send(BgpKeepalive.Instance);
                    Arm(KeepaliveTimer, _keepaliveInterval);
                }
                break;
            case HoldTimer:
                CheckHold();
                break;
            case FlushUpdates:
                _flushArmed = false;
                Flush();
                break;
            case AdvertisementTimer:
                Flush();
                break;
            case OpenRetransmitTimer:
                RetransmitOpen();
                break;
        }
    }

    public void Deliver(object message)
    {
        switch (message)
        {
            case BgpOpen open:
                OnOpen(open);
                break;
            case BgpKeepalive:
                _lastReceived = _simulator.Now.Nanoseconds;
                if (State == BgpSessionState.OpenConfirm)
                {
                    Establish();
                }
                break;
            case BgpUpdate update when IsEstablished:
                _lastReceived = _simulator.Now.Nanoseconds;
                OnUpdate(update);
                break;
            case BgpNotification notification when State != BgpSessionState.Idle:
                GoIdle("peer: " + notification.Reason, notifyPeer: false);
                break;
        }
    }

    public void OnBfdDown(BfdSession session)
    {
        if (IsEstablished)
        {
            GoIdle(BgpNotification.BfdDown, notifyPeer: true);
        }
    }

    /// <summary>
    /// BFD hears the peer again, so the path that failed is repaired: a session still waiting to connect opens now
    /// instead of at its next OPEN retransmission, as routers that tie BGP to BFD (BFD strict mode) start the
    /// session when BFD comes up.
    /// </summary>
    public void OnBfdUp(BfdSession session) => OnInterfaceUp();

    /// <summary>
    /// Queues an advertisement or withdrawal of a prefix after the router's best route (<paramref name="best"/>, when
    /// <paramref name="hasBest"/>) changed. All changes of one instant leave together, packed into as few UPDATEs as
    /// fit, as routers pack their updates. A withdrawal leaves at once; an advertisement waits while the advertisement
    /// interval since the last run to this peer lasts, and a later change of the same prefix replaces it in the queue,
    /// so only the latest goes out.
    /// </summary>
    internal void OnBestChanged(PrefixRoutes routes, bool hasBest, in RouteCandidate best)
    {
        if (!IsEstablished)
        {
            return;
        }
        // Only whether something goes out is decided now; what goes out is read from the table when the queue is
        // sent, which is the latest change's route, as every change of the best comes here.
        bool announces = hasBest && MayExport(routes.Prefix, best);
        if (!announces && !_advertised.Contains(routes.Index) && !_pending.Contains(routes.Index))
        {
            return;
        }
        _pending.Add(routes.Index);
        if (!_flushArmed && (!announces || _simulator.Now.Nanoseconds >= _advertiseAfter))
        {
            _flushArmed = true;
            Arm(FlushUpdates, SimTime.Zero);
        }
    }

    /// <summary>
    /// Sends what is queued: every withdrawal, and the advertisements unless the interval still runs, in which case
    /// they stay queued until it ends (RFC 4271 §9.2.1.1). Withdrawals are not rate-limited, as RFC 1771 §9.2.3.1
    /// specified and implementations kept (Griffin and Premore, "An experimental analysis of BGP convergence time",
    /// ICNP 2001, on MRAI applied to withdrawals as a non-default option).
    /// </summary>
    private void Flush()
    {
        if (!IsEstablished || _pending.Count == 0)
        {
            _pending.Clear();
            return;
        }
        long now = _simulator.Now.Nanoseconds;
        bool advertise = now >= _advertiseAfter;
        var (announced, withdrawn) = Speaker.Outgoing();
        // Updates leave in prefix order, as they did from a sorted table.
        var queued = Speaker.SortedByPrefix(_pending);
        foreach (var routes in queued)
        {
            var attributes = Speaker.TryGetBest(routes, out var best) && MayExport(routes.Prefix, best) ? ExportAttributes(best) : null;
            if (attributes is not null)
            {
                if (!advertise)
                {
                    continue;
                }
                _advertised.Add(routes.Index);
                announced.Add(new BgpAnnouncement(routes.Prefix, attributes));
            }
            else if (_advertised.Remove(routes.Index))
            {
                withdrawn.Add(routes.Prefix);
            }
            _pending.Remove(routes.Index);
        }
        queued.Clear();
        SendUpdates(CollectionsMarshal.AsSpan(announced), CollectionsMarshal.AsSpan(withdrawn));
        bool announcedAny = announced.Count > 0;
        announced.Clear();
        withdrawn.Clear();
        var interval = AdvertisementInterval;
        // The first interval after the session is established carries the initial exchange unthrottled: routers hold
        // their updates after a (re)start until their peers' tables are in (Cisco's "bgp update-delay" read-only
        // mode) and then send complete tables, rather than the first route learned and the rest an interval later.
        if (announcedAny && interval > SimTime.Zero && now >= AdvertisementsLimitedFrom.Nanoseconds
            && now - StateSince.Nanoseconds >= interval.Nanoseconds)
        {
            var wait = Jittered(interval);
            _advertiseAfter = now + wait.Nanoseconds;
            Arm(AdvertisementTimer, wait);
        }
    }

    /// <summary>
    /// The interval times a factor drawn uniformly from [0.75, 1], as RFC 4271 §10 asks of MinRouteAdvertisementInterval
    /// so speakers do not fall into step and send in bursts. It does not end a policy dispute: a mesh whose policies
    /// have several stable states can oscillate for ever with or without it (docs/model-notes.md). The draw comes from
    /// the session's own stream of the run's seed, so runs repeat exactly.
    /// </summary>
    private SimTime Jittered(SimTime interval)
    {
        _jitter ??= Speaker.Node.Context.Random.Get("bgp-mrai/" + Speaker.Node.Name + "/" + Adjacency.Name);
        return new SimTime((long)(interval.Nanoseconds * (0.75 + 0.25 * _jitter.NextDouble())));
    }

    /// <summary>
    /// Starts a connection attempt: the OPEN stands for the TCP handshake and the OPEN behind it, so while no answer
    /// comes it is sent again as TCP retransmits a SYN, after the initial retransmission timeout, doubling each time
    /// (RFC 6298 §2.1, §5.5). ConnectRetry, counted from the attempt's start, abandons it and starts a fresh one
    /// (RFC 4271 §8.2.2, Connect state, event 9).
    /// </summary>
    private void EnterConnect()
    {
        SetState(BgpSessionState.Connect);
        _openRetransmit = Options.OpenRetransmit;
        SendOpen();
        Arm(ConnectRetryTimer, Options.ConnectRetry);
        Arm(OpenRetransmitTimer, _openRetransmit);
    }

    private void RetransmitOpen()
    {
        if (State != BgpSessionState.Connect)
        {
            return;
        }
        SendOpen();
        _openRetransmit = SimTime.Min(_openRetransmit + _openRetransmit, BgpSessionOptions.MaximumOpenRetransmit);
        Arm(OpenRetransmitTimer, _openRetransmit);
    }

    private void SendOpen(bool reply = false) => Send(new BgpOpen(Speaker.Asn, Speaker.RouterId, Options.Timers.Hold, reply));

    private void OnOpen(BgpOpen open)
    {
        if (State == BgpSessionState.Established)
        {
            if (open.IsReply)
            {
                return;
            }
            // The peer restarted the session (it saw a failure we did not): the old session is gone.
            GoIdle("peer reopened", notifyPeer: false);
        }
        if (Options.ExpectedPeerAsn is { } expected && expected != open.Asn)
        {
            Send(new BgpNotification(BgpNotification.BadPeerAs));
            return;
        }
        // The peer opened a connection: our OPEN goes back on it, whatever became of the ones we sent ourselves.
        if (!open.IsReply)
        {
            SendOpen(reply: true);
        }
        PeerAsn = open.Asn;
        PeerRouterId = open.RouterId;
        _negotiatedHold = SimTime.Min(Options.Timers.Hold, open.HoldTime);
        _keepaliveInterval = SimTime.Min(Options.Timers.Keepalive, _negotiatedHold / 3);
        _lastReceived = _simulator.Now.Nanoseconds;
        if (State == BgpSessionState.OpenConfirm && open.IsReply)
        {
            // The answer on the connection we opened, after the peer's own OPEN: our KEEPALIVE is already out.
            return;
        }
        // The OPEN arrived, so the attempt's retransmissions and ConnectRetry stop; the hold timer now guards the
        // wait for the peer's KEEPALIVE (RFC 4271 §8.2.2, OpenSent state, event 19), ConnectRetry when it is zero.
        SetState(BgpSessionState.OpenConfirm);
        Arm(HoldTimer, _negotiatedHold > SimTime.Zero ? _negotiatedHold : Options.ConnectRetry);
        Send(BgpKeepalive.Instance);
    }

    private void Establish()
    {
        SetState(BgpSessionState.Established);
        TimesEstablished++;
        // A hold time of zero switches keepalives and the hold timer off (RFC 4271 §4.2).
        if (_negotiatedHold > SimTime.Zero)
        {
            Arm(KeepaliveTimer, _keepaliveInterval);
            Arm(HoldTimer, _negotiatedHold);
        }
        Speaker.ReadvertiseTo(this);
    }

    private void CheckHold()
    {
        if (State == BgpSessionState.OpenConfirm)
        {
            GoIdle(BgpNotification.HoldTimerExpired, notifyPeer: true);
            return;
        }
        if (!IsEstablished)
        {
            return;
        }
        long due = _lastReceived + _negotiatedHold.Nanoseconds;
        long now = _simulator.Now.Nanoseconds;
        if (now >= due)
        {
            GoIdle(BgpNotification.HoldTimerExpired, notifyPeer: true);
            return;
        }
        Arm(HoldTimer, new SimTime(due - now));
    }

    private void OnUpdate(BgpUpdate update)
    {
        RouteChangesReceived += update.Announced.Length + update.Withdrawn.Length;
        foreach (var prefix in update.Withdrawn)
        {
            if (_rejected is not { Count: > 0 } || !_rejected.Remove(prefix))
            {
                Speaker.Forget(this, prefix);
            }
        }
        foreach (var announcement in update.Announced)
        {
            Import(announcement.Prefix, announcement.Attributes);
        }
    }

    /// <summary>Applies loop prevention and the import policy to one received route.</summary>
    private void Import(Ipv4Prefix prefix, BgpPathAttributes received)
    {
        bool accept = !received.PathContains(Speaker.Asn) && (Options.Import?.Permits(prefix) ?? true);
        if (!accept)
        {
            // Kept as received, so reconfiguring the policy can accept it later (soft reconfiguration inbound).
            (_rejected ??= [])[prefix] = received;
            Speaker.Forget(this, prefix);
            return;
        }
        if (_rejected is { Count: > 0 })
        {
            _rejected.Remove(prefix);
        }
        if (!_imported.TryGet(received, out var attributes))
        {
            attributes = Imported(received);
            _imported = new AttributeMemo(received, attributes);
        }
        Speaker.Learn(this, prefix, attributes, received);
    }

    /// <summary>The attributes import policy gives <paramref name="received"/>: the instance itself when it changes nothing.</summary>
    private BgpPathAttributes Imported(BgpPathAttributes received)
    {
        long? med = Options.MedIn ?? received.Med;
        long preference = IsInternal ? received.LocalPreference : Options.LocalPreference;
        var source = !IsInternal && received.Source == RouteSource.Local && !Options.WithinCloud ? RouteSourceRules.LearnedFrom(Options.PeerType) : received.Source;
        return med == received.Med && preference == received.LocalPreference && source == received.Source
            ? received
            : received with { Med = med, LocalPreference = preference, Source = source, ImportedFrom = received };
    }

    /// <summary>Whether policy lets <paramref name="best"/>, the router's best route to <paramref name="prefix"/>, go to the peer.</summary>
    private bool MayExport(Ipv4Prefix prefix, in RouteCandidate best) =>
        !(ReferenceEquals(best.Session, this)
            || best.StaticVia is not null
            || (Options.OwnRoutesOnly && best.Session is not null && !OriginatedWithin(best.Attributes.AsPath, Options.CloudAsns))
            || (IsInternal && best.Session is { IsInternal: true } && !Options.ReflectRoutes)
            || !RouteSourceRules.MayAdvertise(best.Attributes.Source, Options.PeerType)
            || !(Options.Export?.Permits(prefix) ?? true));

    /// <summary>The attributes an exportable <paramref name="best"/> goes out with.</summary>
    private BgpPathAttributes ExportAttributes(in RouteCandidate best)
    {
        if (_exported.TryGet(best.Attributes, out var shared))
        {
            return shared;
        }
        var outgoing = Speaker.Exports.Rewrite(best.Attributes, IsInternal, Options);
        _exported = new AttributeMemo(best.Attributes, outgoing);
        return outgoing;
    }

    /// <summary>Whether every AS on the path is one of <paramref name="own"/> (an empty path is the own AS's).</summary>
    private static bool OriginatedWithin(IReadOnlyList<long> path, IReadOnlySet<long> own)
    {
        for (int i = 0; i < path.Count; i++)
        {
            if (!own.Contains(path[i]))
            {
                return false;
            }
        }
        return true;
    }

    internal void Send(BgpMessage message) => _sender.Send(Adjacency, Peer, message, message.SizeBytes);

    /// <summary>
    /// Sends routes as as many UPDATEs as needed for each to fit both the BGP maximum (4096 bytes, RFC 4271 §4) and
    /// one packet on the adjacency's path (TCP would segment; one message per packet keeps loss all-or-nothing).
    /// </summary>
    internal void SendUpdates(ReadOnlySpan<BgpAnnouncement> announced, ReadOnlySpan<Ipv4Prefix> withdrawn)
    {
        int limit = Math.Min(BgpMessage.MaximumBytes, (Adjacency.Egress()?.MtuBytes ?? Link.EthernetMtuBytes) - ControlSender.TransportHeaderBytes);
        int size = BgpUpdate.EmptyBytes;
        int from = 0;
        for (int i = 0; i < withdrawn.Length; i++)
        {
            if (size + BgpUpdate.WithdrawnBytes > limit)
            {
                Send(Speaker.Updates.Get([], withdrawn[from..i]));
                from = i;
                size = BgpUpdate.EmptyBytes;
            }
            size += BgpUpdate.WithdrawnBytes;
        }
        // The withdrawals not sent yet lead the first UPDATE of announcements.
        var gone = withdrawn[from..];
        from = 0;
        for (int i = 0; i < announced.Length; i++)
        {
            int bytes = BgpUpdate.AnnouncementBytes(announced[i]);
            if (size + bytes > limit && (i > from || gone.Length > 0))
            {
                Send(Speaker.Updates.Get(announced[from..i], gone));
                from = i;
                gone = [];
                size = BgpUpdate.EmptyBytes;
            }
            size += bytes;
        }
        if (announced.Length > from || gone.Length > 0)
        {
            Send(Speaker.Updates.Get(announced[from..], gone));
        }
    }

    /// <summary>
    /// Ends the session. One that was established is opened again at once (automatic start, RFC 4271 §8.1.1), so it
    /// comes back as soon as the path carries its OPEN; an attempt that failed waits ConnectRetry before the next.
    /// </summary>
    private void GoIdle(string reason, bool notifyPeer)
    {
        if (Drop(reason, notifyPeer))
        {
            EnterConnect();
        }
        else
        {
            Arm(ConnectRetryTimer, Options.ConnectRetry);
        }
    }

    /// <summary>Goes Idle, forgetting what the peer sent; true when the session had been established.</summary>
    private bool Drop(string reason, bool notifyPeer)
    {
        if (notifyPeer)
        {
            Send(new BgpNotification(reason));
        }
        bool wasEstablished = IsEstablished;
        SetState(BgpSessionState.Idle);
        LastDownReason = reason;
        LastDownAt = _simulator.Now;
        _advertised.Clear();
        _pending.Clear();
        _rejected?.Clear();
        _advertiseAfter = long.MinValue;
        if (wasEstablished)
        {
            TimesDropped++;
            Speaker.ForgetAll(this);
        }
        return wasEstablished;
    }

    private void SetState(BgpSessionState state)
    {
        State = state;
        StateSince = _simulator.Now;
        // Every armed timer dies with the generation, a pending flush among them.
        _generation++;
        _flushArmed = false;
    }

    private void Arm(int timer, SimTime after) => _simulator.Schedule(after, this, null, (_generation << TimerBits) | (long)timer);

    public override string ToString() => $"{Speaker.Node.Name}→{Peer.Speaker.Node.Name} via {Adjacency.Name} ({State})";
}
