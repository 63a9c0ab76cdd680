using System.Net;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Reachability;

/// <summary>
/// The routes BGP converges to on a <see cref="BgpDesign"/>, computed statically: every router repeatedly takes the
/// best of what it originates and what its peers advertise to it, with the same export and import rules as the
/// packet-level speakers (AS-path loop prevention, prefix lists, peer-type propagation, no re-advertisement between
/// routers of one AS), until nothing changes. Sessions in <paramref name="down"/> carry nothing. A router with
/// maximum_paths above 1 shares flows over the routes that tie with its best up to the router-id step, in decision
/// order, as the speaker installs them for its flow hash.
/// </summary>
internal sealed class RouteComputation
{
    /// <summary>Path-vector convergence takes at most a few rounds per router on these designs; the bound only stops a policy oscillation.</summary>
    private const int MaxRoundsPerRouter = 8;

    private readonly BgpDesign _design;
    private readonly IReadOnlySet<string> _down;
    private readonly Dictionary<string, Dictionary<IPNetwork, StaticRoute>> _best = new(StringComparer.Ordinal);
    private readonly List<IPNetwork> _prefixes;
    private readonly Dictionary<string, List<DesignSession>> _sessionsAt = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Node, IPNetwork Prefix), IReadOnlyList<StaticRoute>> _ties = [];
    private readonly Func<string, DesignSession, int>? _routerIds;

    /// <param name="only">Converge only these prefixes (each prefix's routes depend on no other's); null for all.</param>
    /// <param name="routerIds">
    /// The rank by BGP router id of a router as the peer over a session (a cloud speaks from the edge the VXC lands
    /// on), as the packet build numbers them, for the decision's router-id step; null when no build exists
    /// (validation), and the session declared first breaks the tie.
    /// </param>
    public RouteComputation(BgpDesign design, IReadOnlySet<string> down, IReadOnlyCollection<IPNetwork>? only = null,
        Func<string, DesignSession, int>? routerIds = null)
    {
        _design = design;
        _down = down;
        _routerIds = routerIds;
        _prefixes = only?.ToList() ?? design.Originated.Values.SelectMany(p => p).Distinct().ToList();
        foreach (string node in design.Asns.Keys)
        {
            _best[node] = [];
            _sessionsAt[node] = [];
        }
        foreach (var session in design.Sessions)
        {
            _sessionsAt[session.A].Add(session);
            if (session.B != session.A)
            {
                _sessionsAt[session.B].Add(session);
            }
        }
        Converge();
        KeepTies();
    }

    /// <summary>Every route that ties with the best of <paramref name="node"/> before the router-id step, in decision order, whatever its maximum_paths.</summary>
    public IReadOnlyList<StaticRoute> Ties(string node, IPNetwork prefix) =>
        _ties.TryGetValue((node, prefix), out var ties) ? ties : Best(node, prefix) is { } best ? [best] : [];

    /// <summary>The best route at <paramref name="node"/> for <paramref name="prefix"/>, or null.</summary>
    public StaticRoute? Best(string node, IPNetwork prefix) =>
        _best.TryGetValue(node, out var table) ? table.GetValueOrDefault(prefix) : null;

    /// <summary>How many prefixes <paramref name="node"/> holds a route for.</summary>
    public int TableSize(string node) => _best.TryGetValue(node, out var table) ? table.Count : 0;

    /// <summary>The longest-prefix match for <paramref name="address"/> at <paramref name="node"/>.</summary>
    public StaticRoute? Lookup(string node, IPAddress address)
    {
        StaticRoute? found = null;
        if (_best.TryGetValue(node, out var table))
        {
            foreach (var (prefix, route) in table)
            {
                if (prefix.Contains(address) && (found is null || prefix.PrefixLength > found.Prefix.PrefixLength))
                {
                    found = route;
                }
            }
        }
        return found;
    }

    /// <summary>How many prefixes <paramref name="from"/> advertises over <paramref name="session"/>.</summary>
    public int AdvertisedCount(DesignSession session, string from) =>
        _prefixes.Count(p => Best(from, p) is { } route && Advertise(route, session, from).Route is not null);

    /// <summary>
    /// What happens to <paramref name="route"/> (best at <paramref name="from"/>) sent over <paramref name="session"/>:
    /// the route the peer accepts, or null with why it was not (null reason: the route is not offered back the way it came).
    /// </summary>
    public (StaticRoute? Route, BlockReason? Reason) Advertise(StaticRoute route, DesignSession session, string from)
    {
        string to = session.Other(from);
        if (_down.Contains(session.Vxc))
        {
            return (null, BlockReason.PrefixLimit);
        }
        if (ReferenceEquals(route.Session, session))
        {
            return (null, null);
        }
        long fromAsn = _design.Asns[from];
        long toAsn = _design.Asns[to];
        bool internalSession = fromAsn == toAsn;
        var mine = session.Side(from);
        var theirs = session.Side(to);
        if (internalSession && route.Internal)
        {
            return (null, BlockReason.SharedAsn);
        }
        if (!route.IsLocal && _design.IsNonTransitCloud(from))
        {
            return (null, BlockReason.CloudTransit);
        }
        if (!StaticRoute.MayAdvertise(route.Origin, mine.PeerType))
        {
            return (null, BlockReason.PeerType);
        }
        if (!PrefixMatch.Permits(mine.Export, route.Prefix))
        {
            return (null, BlockReason.ExportFilter);
        }
        IReadOnlyList<long> path = internalSession ? route.AsPath : [.. Enumerable.Repeat(fromAsn, 1 + mine.AsPathPrepend), .. route.AsPath];
        if (path.Contains(toAsn) && !internalSession)
        {
            return (null, BlockReason.AsPathLoop);
        }
        if (!PrefixMatch.Permits(theirs.Import, route.Prefix))
        {
            return (null, BlockReason.ImportFilter);
        }
        var accepted = internalSession
            ? new StaticRoute(route.Prefix, path, route.LocalPreference, mine.Med ?? route.Med, route.Origin, session, from, Internal: true)
            : new StaticRoute(route.Prefix, path, theirs.LocalPreference, mine.Med,
                route.Origin == RouteOrigin.Local ? StaticRoute.LearnedFrom(theirs.PeerType) : route.Origin, session, from, Internal: false);
        return (accepted, null);
    }

    private void Converge()
    {
        int maxRounds = MaxRoundsPerRouter * Math.Max(1, _best.Count);
        for (int round = 0; round < maxRounds; round++)
        {
            bool changed = false;
            foreach (string node in _design.Asns.Keys)
            {
                foreach (var prefix in _prefixes)
                {
                    var chosen = Choose(node, prefix);
                    var current = Best(node, prefix);
                    if (chosen is null ? current is not null : !chosen.SameAs(current))
                    {
                        if (chosen is null)
                        {
                            _best[node].Remove(prefix);
                        }
                        else
                        {
                            _best[node][prefix] = chosen;
                        }
                        changed = true;
                    }
                }
            }
            if (!changed)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Only the best route is advertised, so the ties follow from the converged tables: every candidate that ties with
    /// the best before the router-id step, in decision order (BgpSpeaker's forwarding entry takes maximum_paths of them;
    /// a cloud with several edges splits them by edge first).
    /// </summary>
    private void KeepTies()
    {
        foreach (string node in _design.Asns.Keys)
        {
            foreach (var prefix in _prefixes)
            {
                if (Best(node, prefix) is not { IsLocal: false } best)
                {
                    continue;
                }
                var ties = Offers(node, prefix).Where(c => ReferenceEquals(c.Session, best.Session) || EqualForMultipath(best, c))
                    .Order(Comparer<StaticRoute>.Create(Decide)).ToList();
                if (ties.Count > 1)
                {
                    _ties[(node, prefix)] = ties;
                }
            }
        }
    }

    /// <summary>The routes the peers of <paramref name="node"/> offer it for <paramref name="prefix"/>, in session declaration order.</summary>
    private IEnumerable<StaticRoute> Offers(string node, IPNetwork prefix)
    {
        foreach (var session in _sessionsAt[node])
        {
            string peer = session.Other(node);
            if (Best(peer, prefix) is { } offered && Advertise(offered, session, peer).Route is { } candidate)
            {
                yield return candidate;
            }
        }
    }

    private StaticRoute? Choose(string node, IPNetwork prefix)
    {
        if (_design.Originated.TryGetValue(node, out var own) && own.Contains(prefix))
        {
            return new StaticRoute(prefix, [], 100, null, RouteOrigin.Local, null, null, Internal: false);
        }
        StaticRoute? best = null;
        foreach (var candidate in Offers(node, prefix))
        {
            if (best is null || Decide(candidate, best) < 0)
            {
                best = candidate;
            }
        }
        return best;
    }

    /// <summary>
    /// RFC 4271 §9.1.2 in the usual vendor order (BestPathSelection's): negative when <paramref name="a"/> wins. The
    /// lower peer router id breaks a tie, then the session declared first.
    /// </summary>
    private int Decide(StaticRoute a, StaticRoute b)
    {
        int before = DecideBeforeRouterId(a, b);
        if (before != 0)
        {
            return before;
        }
        int byRouterId = _routerIds is null ? 0 : _routerIds(a.From!, a.Session!).CompareTo(_routerIds(b.From!, b.Session!));
        return byRouterId != 0 ? byRouterId : a.Session!.Order.CompareTo(b.Session!.Order);
    }

    /// <summary>Whether two routes tie on every step before the router id, so a multipath router shares flows between them.</summary>
    private static bool EqualForMultipath(StaticRoute a, StaticRoute b) => DecideBeforeRouterId(a, b) == 0;

    private static int DecideBeforeRouterId(StaticRoute a, StaticRoute b)
    {
        if (a.LocalPreference != b.LocalPreference)
        {
            return a.LocalPreference > b.LocalPreference ? -1 : 1;
        }
        if (a.AsPath.Count != b.AsPath.Count)
        {
            return a.AsPath.Count < b.AsPath.Count ? -1 : 1;
        }
        long neighbourA = a.AsPath.Count > 0 ? a.AsPath[0] : 0;
        long neighbourB = b.AsPath.Count > 0 ? b.AsPath[0] : 0;
        if (neighbourA == neighbourB && (a.Med ?? 0) != (b.Med ?? 0))
        {
            return (a.Med ?? 0) < (b.Med ?? 0) ? -1 : 1;
        }
        if (a.Internal != b.Internal)
        {
            return a.Internal ? 1 : -1;
        }
        return 0;
    }
}
