using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Bgp;

/// <summary>
/// The BGP process of one router (cloud router, CSP edge, customer router, VPN gateway). It keeps every candidate
/// route per prefix, re-runs best-path selection for a prefix whenever a candidate changes, points the forwarding
/// table at the winner's adjacency and tells every session, which advertises or withdraws as its policy allows.
/// Candidates sit in a hash table (a sorted one cost a tree walk per received route) and are put in prefix order only
/// where order shows: listings, re-advertisement and the withdrawals after a session drops.
/// </summary>
internal sealed class BgpSpeaker
{
    private readonly Dictionary<Ipv4Prefix, List<BgpRoute>> _candidates = [];
    private readonly Dictionary<Ipv4Prefix, BgpRoute> _best = [];
    private readonly List<BgpSession> _sessions = [];
    private readonly L3Adjacency _connected;
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
    }

    public Node Node { get; }
    public long Asn { get; }
    public Ipv4Address RouterId { get; }
    public IReadOnlyList<BgpSession> Sessions => _sessions;

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

    public IEnumerable<Ipv4Prefix> Prefixes => SortedPrefixes();

    public BgpRoute? BestRoute(Ipv4Prefix prefix) => _best.GetValueOrDefault(prefix);

    public IReadOnlyList<BgpRoute> CandidatesFor(Ipv4Prefix prefix) => _candidates.TryGetValue(prefix, out var list) ? list : [];

    /// <summary>The best routes, in prefix order.</summary>
    public IReadOnlyList<BgpRoute> BestRoutes()
    {
        var routes = new List<BgpRoute>(_best.Count);
        foreach (var prefix in SortedPrefixes())
        {
            if (_best.TryGetValue(prefix, out var best))
            {
                routes.Add(best);
            }
        }
        return routes;
    }

    /// <summary>Announces one of the router's own networks.</summary>
    public void Originate(Ipv4Prefix prefix)
    {
        // Every network the router originates carries the same attributes, so they share one instance.
        _originated ??= new BgpPathAttributes([], RouterId, null, BgpPathAttributes.DefaultLocalPreference, RouteSource.Local);
        Learn(null, new BgpRoute(prefix, _originated, null));
    }

    /// <summary>Stops announcing one of the router's own networks.</summary>
    public void StopOriginating(Ipv4Prefix prefix) => Forget(null, prefix);

    /// <summary>
    /// A static route to <paramref name="prefix"/> over <paramref name="via"/>, which the router keeps to itself. One
    /// with an administrative distance below eBGP's (20 on Cisco IOS) beats every BGP route; a floating one (above)
    /// serves only while BGP has no route.
    /// </summary>
    internal void AddStaticRoute(Ipv4Prefix prefix, L3Adjacency via, bool floating)
    {
        long preference = floating ? FloatingStaticPreference : long.MaxValue;
        var attributes = new BgpPathAttributes([], RouterId, null, preference, RouteSource.Local);
        Learn(null, new BgpRoute(prefix, attributes, null) { StaticVia = via });
    }

    internal void RemoveStaticRoute(Ipv4Prefix prefix, L3Adjacency via)
    {
        if (_candidates.TryGetValue(prefix, out var list) && IndexOf(list, null, via) is int index and >= 0)
        {
            list.RemoveAt(index);
            Reselect(prefix);
        }
    }

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

    internal void Learn(BgpSession? from, BgpRoute route)
    {
        if (!_candidates.TryGetValue(route.Prefix, out var list))
        {
            list = [];
            _candidates.Add(route.Prefix, list);
        }
        int index = IndexOf(list, from, route.StaticVia);
        if (index >= 0)
        {
            list[index] = route;
            Reselect(route.Prefix);
            return;
        }
        list.Add(route);
        // Selection is a fold over the candidates in list order, so a route appended after the current best needs one
        // comparison, not a new scan: the result is the one the scan would give, even where MED makes the order matter.
        BgpRoute? previous = _best.GetValueOrDefault(route.Prefix);
        if (previous is not null && _maximumPaths == 1 && !BestPathSelection.Prefers(route, previous))
        {
            return;
        }
        Reselect(route.Prefix);
    }

    internal void Forget(BgpSession? from, Ipv4Prefix prefix)
    {
        if (_candidates.TryGetValue(prefix, out var list) && IndexOf(list, from) is int index and >= 0)
        {
            list.RemoveAt(index);
            Reselect(prefix);
        }
    }

    internal void ForgetAll(BgpSession from)
    {
        var affected = new List<Ipv4Prefix>();
        foreach (var prefix in SortedPrefixes())
        {
            var list = _candidates[prefix];
            int index = IndexOf(list, from);
            if (index >= 0)
            {
                list.RemoveAt(index);
                affected.Add(prefix);
            }
        }
        foreach (var prefix in affected)
        {
            Reselect(prefix);
        }
    }

    /// <summary>Offers the peer of <paramref name="session"/> the whole table as its policy allows, withdrawing what it may no longer have.</summary>
    internal void ReadvertiseTo(BgpSession session)
    {
        foreach (var prefix in SortedPrefixes())
        {
            session.OnBestChanged(prefix, _best.GetValueOrDefault(prefix));
        }
    }

    private Ipv4Prefix[] SortedPrefixes()
    {
        var prefixes = new Ipv4Prefix[_candidates.Count];
        _candidates.Keys.CopyTo(prefixes, 0);
        Array.Sort(prefixes);
        return prefixes;
    }

    /// <summary>
    /// Where the route heard over <paramref name="session"/> (null: originated here, or static over
    /// <paramref name="staticVia"/>) sits; a session or a static adjacency contributes at most one per prefix.
    /// </summary>
    private static int IndexOf(List<BgpRoute> list, BgpSession? session, L3Adjacency? staticVia = null)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i].Session, session) && ReferenceEquals(list[i].StaticVia, staticVia))
            {
                return i;
            }
        }
        return -1;
    }

    private void Reselect(Ipv4Prefix prefix)
    {
        var list = _candidates[prefix];
        BgpRoute? best = BestPathSelection.Select(list);
        BgpRoute? previous = _best.GetValueOrDefault(prefix);
        if (best is not null)
        {
            ForwardingTable.Set(prefix, ForwardingEntry(list, best));
        }
        if (ReferenceEquals(best, previous))
        {
            return;
        }
        if (best is null)
        {
            _best.Remove(prefix);
            _candidates.Remove(prefix);
            ForwardingTable.Remove(prefix);
        }
        else
        {
            _best[prefix] = best;
        }
        BestPathChanges++;
        LastChangeAt = Node.Context.Simulator.Now;
        foreach (var session in _sessions)
        {
            session.OnBestChanged(prefix, best);
        }
        BestRouteChanged?.Invoke(prefix, best);
    }

    /// <summary>
    /// The adjacency of the best route or, with multipath, of it and up to <see cref="MaximumPaths"/> − 1 routes that
    /// tie with it, in decision order so the set does not depend on the order routes arrived in.
    /// </summary>
    private L3Adjacency ForwardingEntry(List<BgpRoute> candidates, BgpRoute best)
    {
        L3Adjacency single = best.Session?.Adjacency ?? best.StaticVia ?? _connected;
        if (_maximumPaths == 1 || best.Session is null)
        {
            return single;
        }
        var equal = candidates.Where(c => c.Session is not null && BestPathSelection.EqualForMultipath(best, c) || ReferenceEquals(c, best))
            .Order(Comparer<BgpRoute>.Create(BestPathSelection.Decide))
            .Take(_maximumPaths)
            .Select(c => c.Session!.Adjacency)
            .ToList();
        return equal.Count == 1 ? single : new MultipathAdjacency(equal);
    }

    public override string ToString() => $"{Node.Name} AS{Asn}";
}
