using System.Net;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Reachability;

/// <summary>A session a cloud drops because more routes are advertised to it than the connection accepts.</summary>
internal sealed record PrefixLimitBreach(string Vxc, string Cloud, int Advertised, long Limit, string Product, string Citation);

/// <summary>
/// Whether BGP policy lets each flow through an option, decided before anything is simulated: the routes the design
/// converges to (<see cref="RouteComputation"/>) are followed hop by hop from the flow's source router towards the
/// first address of the network its destination is addressed at, and back again for TCP and request/response flows.
/// A flow that finds no route is blocked; the block named is the session nearest to where the route ran out at which
/// the route was refused. Each endpoint is addressed at one of its networks, as in the packet-level address plan: the
/// one a flow to it names, else the first that every flow to it reaches under policy (a cloud whose import list
/// admits only its second VPC CIDR is reached there), else its first.
/// </summary>
internal sealed class PolicyReachability
{
    private readonly BgpDesign _design;
    private readonly RouteComputation _routes;
    private readonly DesignOption _option;
    private readonly Dictionary<string, IReadOnlyList<IPNetwork>> _prefixesOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> _privatelyReached = new(StringComparer.Ordinal);
    private readonly HashSet<string> _mveSites = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IPNetwork> _addressed = new(StringComparer.Ordinal);

    /// <param name="routerIds">Each router's rank by BGP router id in the packet build (see <see cref="RouteComputation"/>); null without a build.</param>
    public PolicyReachability(IEnumerable<Site> sites, IEnumerable<CloudEndpoint> clouds, DesignOption option, ProductCatalog products,
        IEnumerable<Demand> traffic, Func<string, DesignSession, int>? routerIds = null)
    {
        _option = option;
        var siteList = sites.ToList();
        var cloudList = clouds.ToList();
        foreach (var site in siteList)
        {
            _prefixesOf[site.Name] = site.Prefixes;
        }
        foreach (var cloud in cloudList)
        {
            _prefixesOf[cloud.Name] = cloud.Prefixes;
        }
        foreach (var port in option.Ports)
        {
            _privatelyReached.Add(port.Site);
        }
        foreach (var vxc in option.Vxcs)
        {
            _privatelyReached.Add(vxc.EndA);
            _privatelyReached.Add(vxc.EndB);
        }
        foreach (var mve in option.Mves)
        {
            _mveSites.Add(mve.Site);
        }
        _design = new BgpDesign(siteList, cloudList, option, products);
        var first = new RouteComputation(_design, new HashSet<string>(StringComparer.Ordinal), routerIds: routerIds);
        PrefixLimitBreaches = FindPrefixLimitBreaches(first, cloudList, products);
        _routes = PrefixLimitBreaches.Count == 0
            ? first
            : new RouteComputation(_design, PrefixLimitBreaches.Select(b => b.Vxc).ToHashSet(StringComparer.Ordinal), routerIds: routerIds);
        ChooseAddresses(traffic.ToList());
    }

    /// <summary>The network packets to <paramref name="endpoint"/> are addressed to; null when it has none.</summary>
    public IPNetwork? AddressedPrefix(string endpoint) =>
        _addressed.TryGetValue(endpoint, out var chosen) ? chosen
        : _prefixesOf.TryGetValue(endpoint, out var prefixes) && prefixes.Count > 0 ? prefixes[0] : null;

    private void ChooseAddresses(List<Demand> traffic)
    {
        foreach (var demand in traffic)
        {
            if (demand.ToPrefix is { } named)
            {
                _addressed.TryAdd(demand.To, named);
            }
        }
        foreach (var group in traffic.GroupBy(d => d.To))
        {
            if (_addressed.ContainsKey(group.Key) || !_prefixesOf.TryGetValue(group.Key, out var prefixes))
            {
                continue;
            }
            var routed = group.Where(d => IsRouted(d.From, d.To)).ToList();
            foreach (var prefix in prefixes.Where(p => routed.All(d => Blocks(d, p) is null)).Take(1))
            {
                _addressed[group.Key] = prefix;
            }
        }
    }

    /// <summary>The routes of <paramref name="router"/> towards <paramref name="endpoint"/> that tie with its best, in decision order (see <see cref="RouteComputation.Ties"/>).</summary>
    public IReadOnlyList<StaticRoute> TiesTowards(string router, string endpoint) =>
        AddressedPrefix(endpoint) is { } destination && _routes.Lookup(router, FirstHost(destination)) is { } route ? _routes.Ties(router, route.Prefix) : [];

    /// <summary>How many equal-cost paths <paramref name="router"/> shares flows over.</summary>
    public int MaximumPaths(string router) => _design.MaximumPaths(router);

    /// <summary>How many routes <paramref name="router"/> holds once BGP has converged.</summary>
    public int RoutesAt(string router) => _routes.TableSize(router);

    /// <summary>Sessions the clouds drop for too many routes; their VXCs then carry nothing.</summary>
    public IReadOnlyList<PrefixLimitBreach> PrefixLimitBreaches { get; }

    /// <summary>The routing verdict for one demand in this option.</summary>
    public FlowRouting Check(Demand demand)
    {
        if (!IsRouted(demand.From, demand.To))
        {
            return new FlowRouting(_option.Name, demand.Name, false, null);
        }
        return new FlowRouting(_option.Name, demand.Name, true, Blocks(demand, AddressedPrefix(demand.To)));
    }

    /// <summary>The routers the flow's packets cross as BGP routes them (both ways when it answers); none when BGP does not route it.</summary>
    public IReadOnlySet<string> RoutersOn(Demand demand)
    {
        var routers = new HashSet<string>(StringComparer.Ordinal);
        if (IsRouted(demand.From, demand.To))
        {
            Trace(demand.From, demand.To, AddressedPrefix(demand.To), routers);
            if (demand.Type is TrafficType.TcpBulk or TrafficType.TcpRequestResponse or TrafficType.RequestResponse)
            {
                var back = new HashSet<string>(StringComparer.Ordinal);
                Trace(demand.To, demand.From, AddressedPrefix(demand.From), back);
                routers.UnionWith(back);
            }
        }
        return routers;
    }

    /// <summary>
    /// The VXCs BGP carries packets over from <paramref name="from"/> to <paramref name="to"/>, in order, as the
    /// converged tables route them: null where BGP does not decide the path (no routers at both ends, or a VPN or an
    /// MVE carries the flow instead), empty where the route runs out or loops. Where routes tie at a router,
    /// <paramref name="choose"/> gives the one the flow takes; without it the best route carries the flow.
    /// </summary>
    public IReadOnlyList<string>? VxcsOn(string from, string to, MemberChoice? choose = null) =>
        Follow(from, to, (at, ties, best) => ties.Count > 1 && choose is not null ? [choose(at, ties, _design.MaximumPaths(at))] : [best]) switch
        {
            null => null,
            [] => [],
            [var path, ..] => path,
        };

    /// <summary>
    /// Every sequence of VXCs BGP may carry a flow's packets over from <paramref name="from"/> to <paramref name="to"/>:
    /// where routes tie at a router that shares flows over several (maximum_paths), each member a flow may hash to;
    /// elsewhere the best route. Null where BGP does not decide the path; empty where the route runs out or loops.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>>? VxcPathsOn(string from, string to) =>
        Follow(from, to, (at, ties, best) => _design.MaximumPaths(at) is > 1 and var maximum && ties.Count > 1 ? ties.Take(maximum) : [best]);

    /// <summary>Paths one flow's members are followed to at most: ECMP fabrics hash over a few, not thousands.</summary>
    private const int MaxMemberPaths = 256;

    /// <summary>
    /// Follows the converged tables from <paramref name="from"/>'s router towards <paramref name="to"/>'s addressed
    /// network, taking at each router the routes <paramref name="members"/> picks among those tied with the best; each
    /// chain that reaches the network is a path. Null where BGP does not decide the path.
    /// </summary>
    private List<IReadOnlyList<string>>? Follow(string from, string to,
        Func<string, IReadOnlyList<StaticRoute>, StaticRoute, IEnumerable<StaticRoute>> members)
    {
        if (!IsRouted(from, to))
        {
            return null;
        }
        var paths = new List<IReadOnlyList<string>>();
        if (AddressedPrefix(to) is { } destination)
        {
            Follow(_design.RouterOf(from)!, FirstHost(destination), members, [], new HashSet<string>(StringComparer.Ordinal), paths);
        }
        return paths;
    }

    private void Follow(string at, IPAddress address, Func<string, IReadOnlyList<StaticRoute>, StaticRoute, IEnumerable<StaticRoute>> members,
        List<string> vxcs, HashSet<string> visited, List<IReadOnlyList<string>> paths)
    {
        if (paths.Count >= MaxMemberPaths || !visited.Add(at) || _routes.Lookup(at, address) is not { } route)
        {
            return;
        }
        if (route.IsLocal)
        {
            paths.Add([.. vxcs]);
        }
        else
        {
            foreach (var member in members(at, _routes.Ties(at, route.Prefix), route))
            {
                vxcs.Add(member.Session!.Vxc);
                Follow(member.From!, address, members, vxcs, visited, paths);
                vxcs.RemoveAt(vxcs.Count - 1);
            }
        }
        visited.Remove(at);
    }

    private RouteBlock? Blocks(Demand demand, IPNetwork? destination)
    {
        bool bothWays = demand.Type is TrafficType.TcpBulk or TrafficType.TcpRequestResponse or TrafficType.RequestResponse;
        return Trace(demand.From, demand.To, destination) ?? (bothWays ? Trace(demand.To, demand.From, AddressedPrefix(demand.From)) : null);
    }

    /// <summary>BGP decides the path only between two routers it reaches, when no VPN or SD-WAN edge carries the flow instead.</summary>
    private bool IsRouted(string from, string to)
    {
        if (_design.RouterOf(from) is null || _design.RouterOf(to) is null || _mveSites.Contains(from) || _mveSites.Contains(to))
        {
            return false;
        }
        bool vpn = _option.Vpns.Any(v => (v.Site == from && v.Cloud == to) || (v.Site == to && v.Cloud == from));
        return !vpn || (_privatelyReached.Contains(from) && _privatelyReached.Contains(to));
    }

    private RouteBlock? Trace(string from, string to, IPNetwork? addressed, HashSet<string>? visited = null)
    {
        if (addressed is not { } destination)
        {
            return null;
        }
        var address = FirstHost(destination);
        string target = _design.RouterOf(to)!;
        string at = _design.RouterOf(from)!;
        visited ??= new HashSet<string>(StringComparer.Ordinal);
        while (visited.Add(at))
        {
            var route = _routes.Lookup(at, address);
            if (route is null)
            {
                return Explain(destination, at, target);
            }
            if (route.IsLocal)
            {
                return null;
            }
            at = route.From!;
        }
        return new RouteBlock(string.Empty, at, at, BlockReason.NoSession,
            $"routes to {destination} loop through '{at}'", "check local_preference and as_path_prepend on the sessions towards " + to);
    }

    internal static IPAddress FirstHost(IPNetwork network)
    {
        byte[] bytes = network.BaseAddress.GetAddressBytes();
        if (network.PrefixLength < bytes.Length * 8)
        {
            for (int i = bytes.Length - 1; i >= 0; i--)
            {
                if (++bytes[i] != 0)
                {
                    break;
                }
            }
        }
        return new IPAddress(bytes);
    }

    /// <summary>The refusal nearest to <paramref name="at"/> (in sessions) among all refusals of <paramref name="prefix"/>.</summary>
    private RouteBlock Explain(IPNetwork prefix, string at, string origin)
    {
        var distance = Distances(at);
        (DesignSession Session, string From, string To, BlockReason Reason, StaticRoute Route)? nearest = null;
        int nearestDistance = int.MaxValue;
        foreach (var session in _design.Sessions)
        {
            foreach (string from in new[] { session.A, session.B })
            {
                if (_routes.Best(from, prefix) is not { } route || _routes.Advertise(route, session, from) is not (null, { } reason))
                {
                    continue;
                }
                string to = session.Other(from);
                int d = distance.GetValueOrDefault(to, int.MaxValue);
                if (d < nearestDistance)
                {
                    nearest = (session, from, to, reason, route);
                    nearestDistance = d;
                }
            }
        }
        if (nearest is not { } n)
        {
            return new RouteBlock(string.Empty, origin, at, BlockReason.NoSession,
                $"no chain of BGP sessions carries {prefix} from '{origin}' to '{at}'",
                $"add a VXC with a BGP session that joins '{at}' to a router that has a route to {prefix}");
        }
        return Describe(n.Session, n.From, n.To, n.Reason, n.Route);
    }

    private Dictionary<string, int> Distances(string start)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [start] = 0 };
        var frontier = new Queue<string>();
        frontier.Enqueue(start);
        while (frontier.Count > 0)
        {
            string node = frontier.Dequeue();
            foreach (var session in _design.Sessions.Where(s => s.A == node || s.B == node))
            {
                string next = session.Other(node);
                if (distance.TryAdd(next, distance[node] + 1))
                {
                    frontier.Enqueue(next);
                }
            }
        }
        return distance;
    }

    private RouteBlock Describe(DesignSession session, string from, string to, BlockReason reason, StaticRoute route)
    {
        long toAsn = _design.Asns[to];
        var side = session.Side(from);
        var theirs = session.Side(to);
        string prefix = route.Prefix.ToString();
        return reason switch
        {
            BlockReason.AsPathLoop => new RouteBlock(session.Vxc, from, to, reason,
                $"'{to}' drops the route to {prefix} from '{from}' because its AS path {string.Join(" ", Path(route, session, from))} already holds its own ASN {toAsn}, which '{AsnHolder(to, route)}' uses too (AS-path loop prevention)",
                AsnFix(to, session, route)),
            BlockReason.SharedAsn => new RouteBlock(session.Vxc, from, to, reason,
                $"'{from}' and '{to}' share ASN {toAsn}, and '{from}' learned {prefix} from another router of that AS ('{route.From}'), so it does not pass the route on to '{to}'",
                AsnFix(to, session, route)),
            BlockReason.ExportFilter => new RouteBlock(session.Vxc, from, to, reason,
                $"prefix list '{side.Export!.Name}' exported on VXC '{session.Vxc}' does not permit {prefix}",
                $"add '{{action: permit, prefix: {prefix}}}' to prefix list '{side.Export.Name}'"),
            BlockReason.ImportFilter => new RouteBlock(session.Vxc, from, to, reason,
                $"prefix list '{theirs.Import!.Name}' imported on VXC '{session.Vxc}' does not permit {prefix}",
                $"add '{{action: permit, prefix: {prefix}}}' to prefix list '{theirs.Import.Name}'"),
            BlockReason.CloudTransit => new RouteBlock(session.Vxc, from, to, reason,
                $"cloud '{from}' does not carry traffic between connections, so it does not pass {prefix} (learned over another connection) on to '{to}'",
                $"join '{to}' to the network of {prefix} over a VXC or MCR, or enable the cloud's product for it on cloud '{from}' ('transit: sitelink', 'global_reach' or 'ncc_site_to_site' by provider)"),
            BlockReason.PeerType => new RouteBlock(session.Vxc, from, to, reason,
                $"{prefix} was learned from a {Describe(route.Origin)} peer and such routes never go to the {Describe(side.PeerType)} peer '{to}'",
                $"set the peer_type of VXC '{session.Vxc}' to match what '{to}' is, or join the two over separate routers"),
            _ => new RouteBlock(session.Vxc, from, to, reason,
                $"'{to}' drops the BGP session on VXC '{session.Vxc}': more routes are advertised to it than it accepts",
                $"add an export prefix list on VXC '{session.Vxc}' that summarises or filters the routes to the limit"),
        };
    }

    private IEnumerable<long> Path(StaticRoute route, DesignSession session, string from) =>
        Enumerable.Repeat(_design.Asns[from], 1 + session.Side(from).AsPathPrepend).Concat(route.AsPath);

    /// <summary>Names what to renumber: the router that drops the route, by the key that sets its ASN, with a free ASN.</summary>
    private string AsnFix(string router, DesignSession session, StaticRoute route)
    {
        long free = Enumerable.Range(64513, 1000).Select(a => (long)a).First(a => !_design.Asns.Values.Contains(a));
        if (_option.Mcrs.Any(m => m.Name == router))
        {
            return $"give MCR '{router}' a distinct asn (e.g. 'asn: {free}'): ASN {_design.Asns[router]} is also used by '{AsnHolder(router, route)}'";
        }
        return $"give '{router}' a distinct ASN: set 'bgp: {{peer_asn: {free}}}' on VXC '{session.Vxc}' and the same Amazon/peer-side ASN on the cloud gateway";
    }

    private string AsnHolder(string router, StaticRoute route)
    {
        long asn = _design.Asns[router];
        return _design.Asns.Where(kv => kv.Key != router && kv.Value == asn).Select(kv => kv.Key).FirstOrDefault() ?? route.From ?? router;
    }

    private static string Describe(RouteOrigin origin) => origin switch
    {
        RouteOrigin.PrivateCloud => "private-cloud",
        RouteOrigin.PublicCloud => "public-cloud",
        _ => "non-cloud",
    };

    private static string Describe(Network.Bgp.PeerType type) => type switch
    {
        Network.Bgp.PeerType.PrivateCloud => "private_cloud",
        Network.Bgp.PeerType.PublicCloud => "public_cloud",
        _ => "non_cloud",
    };

    private List<PrefixLimitBreach> FindPrefixLimitBreaches(RouteComputation routes, List<CloudEndpoint> clouds, ProductCatalog products)
    {
        var breaches = new List<PrefixLimitBreach>();
        foreach (var session in _design.Sessions)
        {
            var cloud = clouds.FirstOrDefault(c => c.Name == session.A || c.Name == session.B);
            if (cloud is null || session.Cloud is not { } connection)
            {
                continue;
            }
            string item = PrefixLimitItem(connection);
            long limit = products.Value(item);
            int advertised = routes.AdvertisedCount(session, session.Other(cloud.Name));
            if (advertised > limit)
            {
                breaches.Add(new PrefixLimitBreach(session.Vxc, cloud.Name, advertised, limit, item, products.Get(item).Citation));
            }
        }
        return breaches;
    }

    internal static string PrefixLimitItem(CloudConnection connection) => connection.Type switch
    {
        CloudConnectionType.AwsHosted or CloudConnectionType.AwsDedicated => connection.Vif switch
        {
            AwsVifType.Transit => "aws.transit.prefixes",
            AwsVifType.Public => "aws.public.prefixes",
            _ => "aws.private.prefixes",
        },
        CloudConnectionType.AzureExpressRoute => "azure.expressroute.prefixes",
        CloudConnectionType.OracleFastConnect => "oracle.fastconnect.prefixes",
        CloudConnectionType.IbmDirectLinkConnect => "ibm.direct_link.prefixes",
        _ => "google.interconnect.prefixes",
    };
}
