using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Bgp;

/// <summary>
/// The BGP process of one router (cloud router, CSP edge, customer router, VPN gateway). It keeps every candidate
/// route per prefix (<see cref="PrefixRoutes"/>), re-selects the best path of a prefix whenever a candidate changes,
/// points the forwarding table at the winner's adjacency and tells every session, which advertises or withdraws as
/// its policy allows. Prefixes sit in a hash table and are put in prefix order only where order shows: listings,
/// re-advertisement and the withdrawals after a session drops.
/// </summary>
internal sealed class BgpSpeaker
{
    private readonly Dictionary<Ipv4Prefix, PrefixRoutes> _routes = [];
    private readonly List<PrefixRoutes> _byIndex = [];
    private readonly List<BgpSession> _sessions = [];
    private readonly List<L3Adjacency> _staticVias = [];
    private readonly L3Adjacency _connected;
    private readonly List<int> _indices = [];
    private ulong[] _sortKeys = [];
    private readonly List<PrefixRoutes> _queued = [];
    private readonly List<BgpAnnouncement> _announced = [];
    private readonly List<Ipv4Prefix> _withdrawn = [];
    private PrefixRoutes[] _sorted = [];
    private bool _nodeWasUp = true;
    private bool[] _interfacesWereUp = [];
    private int _maximumPaths = 1;
    private BgpPathAttributes? _originated;

    internal BgpSpeaker(Node node, long asn, Ipv4Address routerId, L3Adjacency connectedMarker)
    {
        Node = node;
        ArgumentOutOfRangeException.ThrowIfLessThan(asn, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(asn, uint.MaxValue);
        Asn = asn;
        RouterId = routerId;
        _connected = connectedMarker;
        Exports = new SharedExports(this);
    }

    public Node Node { get; }
    public long Asn { get; }
    public Ipv4Address RouterId { get; }
    public IReadOnlyList<BgpSession> Sessions => _sessions;

    /// <summary>The rewritten attributes the router's sessions advertise, shared between sessions that rewrite alike.</summary>
    internal SharedExports Exports { get; }

    /// <summary>The UPDATEs the router's sessions sent last, shared between sessions sending the same routes.</summary>
    internal RecentUpdates Updates { get; } = new();

    /// <summary>
    /// How many equal-cost BGP paths forwarding shares flows over (BGP "maximum-paths"); 1, the routers' usual
    /// default, uses the best path only. The best path alone is still what the router advertises.
    /// </summary>
    public int MaximumPaths
    {
        get => _maximumPaths;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maximumPaths = value;
        }
    }

    /// <summary>Prefix → adjacency of the best route; what forwarding matches destinations against.</summary>
    public PrefixTrie<L3Adjacency> ForwardingTable { get; } = new();

    /// <summary>Times a prefix's best route changed (including appearing and disappearing).</summary>
    public long BestPathChanges { get; private set; }

    /// <summary>When the best route of any prefix last changed.</summary>
    public SimTime LastChangeAt { get; private set; }

    /// <summary>Raised after the best route of a prefix changed; the argument is the new best or null.</summary>
    public event Action<Ipv4Prefix, BgpRoute?>? BestRouteChanged;

    public IEnumerable<Ipv4Prefix> Prefixes => SortedRoutes().Select(r => r.Prefix);

    public BgpRoute? BestRoute(Ipv4Prefix prefix) =>
        _routes.TryGetValue(prefix, out var routes) && TryGetBest(routes, out var best) ? best.ToRoute(prefix) : null;

    /// <summary>The candidates for <paramref name="prefix"/> in the order selection considers them.</summary>
    public IReadOnlyList<BgpRoute> CandidatesFor(Ipv4Prefix prefix)
    {
        if (!_routes.TryGetValue(prefix, out var routes))
        {
            return [];
        }
        var list = new BgpRoute[routes.Count];
        for (int i = 0; i < list.Length; i++)
        {
            list[i] = Candidate(routes, i).ToRoute(prefix);
        }
        return list;
    }

    /// <summary>The best routes, in prefix order.</summary>
    public IReadOnlyList<BgpRoute> BestRoutes()
    {
        var list = new List<BgpRoute>();
        foreach (var routes in SortedRoutes())
        {
            if (TryGetBest(routes, out var best))
            {
                list.Add(best.ToRoute(routes.Prefix));
            }
        }
        return list;
    }

    /// <summary>How many prefixes have a candidate from <paramref name="session"/>, i.e. passed its import policy.</summary>
    internal int AcceptedFrom(BgpSession session)
    {
        int count = 0;
        foreach (var routes in _byIndex)
        {
            count += routes.PositionOf(session.Ordinal) >= 0 ? 1 : 0;
        }
        return count;
    }

    /// <summary>The routes <paramref name="session"/> holds here as the peer sent them, in prefix order.</summary>
    internal List<(Ipv4Prefix Prefix, BgpPathAttributes Received)> ReceivedOver(BgpSession session)
    {
        var list = new List<(Ipv4Prefix, BgpPathAttributes)>();
        foreach (var routes in SortedRoutes())
        {
            int position = routes.PositionOf(session.Ordinal);
            if (position >= 0)
            {
                list.Add((routes.Prefix, routes.Received(position)!));
            }
        }
        return list;
    }

    /// <summary>How many prefixes the router has numbered (every prefix it ever held a route for).</summary>
    internal int PrefixCount => _byIndex.Count;

    /// <summary>The prefix numbered <paramref name="index"/> (see <see cref="PrefixRoutes.Index"/>).</summary>
    internal PrefixRoutes RoutesAt(int index) => _byIndex[index];

    /// <summary>
    /// The prefixes of <paramref name="set"/> in prefix order, in a list the router reuses: the caller is done with it
    /// before it asks again.
    /// </summary>
    internal List<PrefixRoutes> SortedByPrefix(PrefixBits set)
    {
        _indices.Clear();
        set.CopyTo(_indices);
        if (_sortKeys.Length < _indices.Count)
        {
            _sortKeys = new ulong[Math.Max(_indices.Count, 2 * _sortKeys.Length)];
        }
        // One integer per prefix in prefix order (network, then length) with its number below: sorting plain integers
        // costs a fraction of sorting objects through a comparer, and flushes sort on every change.
        var keys = _sortKeys.AsSpan(0, _indices.Count);
        for (int i = 0; i < keys.Length; i++)
        {
            var prefix = _byIndex[_indices[i]].Prefix;
            keys[i] = ((ulong)prefix.Network.Value << (IndexBits + 6)) | ((ulong)prefix.Length << IndexBits) | (uint)_indices[i];
        }
        keys.Sort();
        _queued.Clear();
        foreach (ulong key in keys)
        {
            _queued.Add(_byIndex[(int)(key & ((1UL << IndexBits) - 1))]);
        }
        return _queued;
    }

    /// <summary>Bits of a prefix's number in a sort key: room for 67 million prefixes, some sixty times a full Internet table.</summary>
    private const int IndexBits = 26;

    /// <summary>Where a session puts what one flush sends, reused like <see cref="SortedByPrefix"/>: empty on return, emptied by the caller.</summary>
    internal (List<BgpAnnouncement> Announced, List<Ipv4Prefix> Withdrawn) Outgoing() => (_announced, _withdrawn);

    /// <summary>The installed best route of <paramref name="routes"/>, if it has one.</summary>
    internal bool TryGetBest(PrefixRoutes routes, out RouteCandidate best)
    {
        if (routes.InstalledAttributes is not { } attributes)
        {
            best = default;
            return false;
        }
        best = Candidate(routes.InstalledFrom, attributes);
        return true;
    }

    /// <summary>Announces one of the router's own networks.</summary>
    public void Originate(Ipv4Prefix prefix)
    {
        // Every network the router originates carries the same attributes, so they share one instance.
        _originated ??= new BgpPathAttributes([], RouterId, null, BgpPathAttributes.DefaultLocalPreference, RouteSource.Local);
        Learn(PrefixRoutes.Originated, prefix, _originated);
    }

    /// <summary>Stops announcing one of the router's own networks.</summary>
    public void StopOriginating(Ipv4Prefix prefix) => Forget(PrefixRoutes.Originated, prefix);

    /// <summary>
    /// A static route to <paramref name="prefix"/> over <paramref name="via"/>, which the router keeps to itself. One
    /// with an administrative distance below eBGP's (20 on Cisco IOS) beats every BGP route; a floating one (above)
    /// serves only while BGP has no route.
    /// </summary>
    internal void AddStaticRoute(Ipv4Prefix prefix, L3Adjacency via, bool floating)
    {
        long preference = floating ? FloatingStaticPreference : long.MaxValue;
        var attributes = new BgpPathAttributes([], RouterId, null, preference, RouteSource.Local);
        Learn(StaticSource(via), prefix, attributes);
    }

    internal void RemoveStaticRoute(Ipv4Prefix prefix, L3Adjacency via) => Forget(StaticSource(via), prefix);

    /// <summary>Below any local preference a BGP session gives, so a floating static route loses to every BGP route.</summary>
    private const long FloatingStaticPreference = -1;

    internal void AddSession(BgpSession session) => _sessions.Add(session);

    /// <summary>Notes which of the router's interfaces carry packets, before the sessions open.</summary>
    internal void Start()
    {
        _nodeWasUp = Node.IsUp;
        _interfacesWereUp = Node.Interfaces.Select(i => i.Link.IsUp).ToArray();
    }

    /// <summary>
    /// What the router itself sees of a failure or repair: its own failure loses its sessions, its return opens
    /// them again, and one of its links coming back makes the sessions still waiting try at once. Failures further
    /// away it learns only from its protocol timers.
    /// </summary>
    internal void OnTopologyChanged()
    {
        bool nodeUp = Node.IsUp;
        bool interfaceCameUp = false;
        for (int i = 0; i < _interfacesWereUp.Length; i++)
        {
            bool up = Node.Interfaces[i].Link.IsUp;
            interfaceCameUp |= up && !_interfacesWereUp[i];
            _interfacesWereUp[i] = up;
        }
        if (nodeUp != _nodeWasUp)
        {
            _nodeWasUp = nodeUp;
            foreach (var session in _sessions)
            {
                if (nodeUp)
                {
                    session.OnRouterUp();
                }
                else
                {
                    session.OnRouterDown();
                }
            }
            return;
        }
        if (nodeUp && interfaceCameUp)
        {
            foreach (var session in _sessions)
            {
                session.OnInterfaceUp();
            }
        }
    }

    /// <summary>
    /// A route heard over <paramref name="from"/>: <paramref name="attributes"/> after import policy,
    /// <paramref name="received"/> before, which the attributes carry (<see cref="BgpPathAttributes.ImportedFrom"/>).
    /// </summary>
    internal void Learn(BgpSession from, Ipv4Prefix prefix, BgpPathAttributes attributes, BgpPathAttributes received)
    {
        if (!ReferenceEquals(received, attributes.ImportedFrom ?? attributes))
        {
            throw new ArgumentException("The attributes after import policy name the received ones they were made from.", nameof(received));
        }
        Learn(from.Ordinal, prefix, attributes);
    }

    /// <summary>Drops the route heard over <paramref name="from"/> for <paramref name="prefix"/>; false when there was none.</summary>
    internal bool Forget(BgpSession from, Ipv4Prefix prefix) => Forget(from.Ordinal, prefix);

    private void Learn(int from, Ipv4Prefix prefix, BgpPathAttributes attributes)
    {
        var routes = RoutesFor(prefix);
        int previous = routes.BestPosition;
        int position = routes.PositionOf(from);
        int best;
        bool changed;
        if (position < 0)
        {
            // Selection is a fold over the candidates in list order, so a route appended after the current best needs
            // one comparison, not a new scan: the result is the fold's, even where MED makes the order matter.
            position = routes.Append(from, attributes, _sessions.Count + 1 + _staticVias.Count);
            best = previous < 0 || BestPathSelection.Prefers(Candidate(routes, position), Candidate(routes, previous)) ? position : previous;
            changed = best != previous;
        }
        else
        {
            var replaced = Candidate(from, routes.Attributes(position));
            bool totallyOrdered = routes.IsTotallyOrdered;
            routes.Replace(position, attributes);
            best = totallyOrdered && routes.IsTotallyOrdered ? BestAfterReplacing(routes, position, replaced) : Fold(routes);
            // The replacement is a new route: chosen, it is a change even with the attributes it had.
            changed = best == position || best != previous;
        }
        Commit(routes, best, changed);
    }

    /// <summary>
    /// The best after the candidate at <paramref name="position"/> was replaced, among totally ordered candidates, where
    /// the fold's answer is the first candidate of the best class: the replacement wins if it beats the best, or ties
    /// with it from an earlier position, or was the best itself and is no worse; only a best that got worse needs the
    /// full fold.
    /// </summary>
    private int BestAfterReplacing(PrefixRoutes routes, int position, in RouteCandidate replaced)
    {
        int previous = routes.BestPosition;
        var candidate = Candidate(routes, position);
        if (position == previous)
        {
            return BestPathSelection.Prefers(replaced, candidate) ? Fold(routes) : position;
        }
        int order = BestPathSelection.Compare(candidate, Candidate(routes, previous), out _);
        return order < 0 || order == 0 && position < previous ? position : previous;
    }

    private bool Forget(int from, Ipv4Prefix prefix)
    {
        if (!_routes.TryGetValue(prefix, out var routes) || Remove(routes, from) is not { } removed)
        {
            return false;
        }
        Reselect(routes, removed);
        return true;
    }

    internal void ForgetAll(BgpSession from)
    {
        // Every route of the session goes first, then each prefix is decided, in prefix order.
        var affected = new List<(PrefixRoutes Routes, Removal Removed)>();
        foreach (var routes in SortedRoutes())
        {
            if (Remove(routes, from.Ordinal) is { } removed)
            {
                affected.Add((routes, removed));
            }
        }
        foreach (var (routes, removed) in affected)
        {
            Reselect(routes, removed);
        }
    }

    /// <summary>What removing one candidate left to decide: whether the best went with it, and whether the order was total.</summary>
    private readonly record struct Removal(bool BestRemoved, bool TotallyOrdered, int Previous);

    private static Removal? Remove(PrefixRoutes routes, int from)
    {
        int position = routes.PositionOf(from);
        if (position < 0)
        {
            return null;
        }
        var removal = new Removal(position == routes.BestPosition, routes.IsTotallyOrdered, routes.BestPosition);
        routes.RemoveAt(position);
        return removal;
    }

    /// <summary>
    /// Decides a prefix after a removal: among totally ordered candidates, taking away one that was not the best
    /// leaves the best where it was; otherwise the full fold decides.
    /// </summary>
    private void Reselect(PrefixRoutes routes, Removal removed)
    {
        int kept = routes.BestPosition;
        int best = removed.BestRemoved || !removed.TotallyOrdered ? Fold(routes) : kept;
        Commit(routes, best, removed.BestRemoved || best != kept);
    }

    /// <summary>Offers the peer of <paramref name="session"/> the whole table as its policy allows, withdrawing what it may no longer have.</summary>
    internal void ReadvertiseTo(BgpSession session)
    {
        foreach (var routes in SortedRoutes())
        {
            bool hasBest = TryGetBest(routes, out var best);
            session.OnBestChanged(routes, hasBest, best);
        }
    }

    private PrefixRoutes RoutesFor(Ipv4Prefix prefix)
    {
        if (!_routes.TryGetValue(prefix, out var routes))
        {
            if (_byIndex.Count == 1 << IndexBits)
            {
                throw new InvalidOperationException($"Router {Node.Name} holds more prefixes than its table numbers ({1 << IndexBits}).");
            }
            routes = new PrefixRoutes(prefix, _byIndex.Count);
            _routes.Add(prefix, routes);
            _byIndex.Add(routes);
            _sorted = [];
        }
        return routes;
    }

    /// <summary>The prefixes with at least one candidate, in prefix order (the order is kept until a prefix is new).</summary>
    private IEnumerable<PrefixRoutes> SortedRoutes()
    {
        if (_sorted.Length != _byIndex.Count)
        {
            _sorted = [.. _byIndex];
            Array.Sort(_sorted, ByPrefix.Instance);
        }
        return _sorted.Where(r => r.Count > 0);
    }

    /// <summary>The decision process over every candidate: a fold in list order, as routers compare in arrival order.</summary>
    private int Fold(PrefixRoutes routes)
    {
        int best = -1;
        for (int i = 0; i < routes.Count; i++)
        {
            if (best < 0 || BestPathSelection.Prefers(Candidate(routes, i), Candidate(routes, best)))
            {
                best = i;
            }
        }
        return best;
    }

    /// <summary>
    /// Installs the choice: the forwarding entry (on every decision with multipath, whose entry depends on the other
    /// candidates too), and on a change the counters, every session and the listeners.
    /// </summary>
    private void Commit(PrefixRoutes routes, int best, bool changed)
    {
        routes.BestPosition = best;
        if (best >= 0 && (changed || _maximumPaths > 1))
        {
            ForwardingTable.Set(routes.Prefix, ForwardingEntry(routes, best));
        }
        if (!changed)
        {
            return;
        }
        routes.Install(best);
        if (best < 0)
        {
            ForwardingTable.Remove(routes.Prefix);
        }
        BestPathChanges++;
        LastChangeAt = Node.Context.Simulator.Now;
        bool hasBest = TryGetBest(routes, out var installed);
        foreach (var session in _sessions)
        {
            session.OnBestChanged(routes, hasBest, installed);
        }
        BestRouteChanged?.Invoke(routes.Prefix, best >= 0 ? Candidate(routes, best).ToRoute(routes.Prefix) : null);
    }

    /// <summary>
    /// The adjacency of the best route or, with multipath, of it and up to <see cref="MaximumPaths"/> − 1 routes that
    /// tie with it, in decision order so the set does not depend on the order routes arrived in.
    /// </summary>
    private L3Adjacency ForwardingEntry(PrefixRoutes routes, int position)
    {
        var best = Candidate(routes, position);
        L3Adjacency single = best.Session?.Adjacency ?? best.StaticVia ?? _connected;
        if (_maximumPaths == 1 || best.Session is null)
        {
            return single;
        }
        var equal = Enumerable.Range(0, routes.Count)
            .Where(i => i == position || Candidate(routes, i) is { Session: not null } c && BestPathSelection.EqualForMultipath(best, c))
            .Select(i => Candidate(routes, i))
            .Order(Comparer<RouteCandidate>.Create((a, b) => BestPathSelection.Compare(a, b, out _)))
            .Take(_maximumPaths)
            .Select(c => c.Session!.Adjacency)
            .ToList();
        return equal.Count == 1 ? single : new MultipathAdjacency(equal);
    }

    private RouteCandidate Candidate(PrefixRoutes routes, int position) => Candidate(routes.From(position), routes.Attributes(position));

    private RouteCandidate Candidate(int from, BgpPathAttributes attributes) => new(attributes,
        from >= 0 ? _sessions[from] : null,
        from < PrefixRoutes.Originated ? _staticVias[PrefixRoutes.Originated - 1 - from] : null);

    /// <summary>The source code of static routes over <paramref name="via"/>: −2, −3, … in the order adjacencies first appear.</summary>
    private int StaticSource(L3Adjacency via)
    {
        int index = _staticVias.FindIndex(v => ReferenceEquals(v, via));
        if (index < 0)
        {
            index = _staticVias.Count;
            _staticVias.Add(via);
        }
        return PrefixRoutes.Originated - 1 - index;
    }

    public override string ToString() => $"{Node.Name} AS{Asn}";

    private sealed class ByPrefix : IComparer<PrefixRoutes>
    {
        public static ByPrefix Instance { get; } = new();

        public int Compare(PrefixRoutes? x, PrefixRoutes? y) => x!.Prefix.CompareTo(y!.Prefix);
    }
}
