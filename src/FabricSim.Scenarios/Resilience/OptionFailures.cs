using FabricSim.Engine.Time;
using FabricSim.Scenarios.Model;
using System.Net;
using FabricSim.Scenarios.Reachability;

namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// The path of every flow of one option with a set of elements down, from the routes BGP converges to without the
/// failed VXCs (<see cref="RouteComputation"/>, the same computation validate uses): a BGP-routed flow follows its
/// routes hop by hop, and when none is left moves onto a VPN between its ends while one of its tunnels is up; a VPN's
/// flow stays on its VPN while a tunnel is up; an MVE's flow takes its preferred transport that still works. No
/// packet is simulated.
/// </summary>
internal sealed class OptionFailures
{
    private readonly Scenario _scenario;
    private readonly DesignOption _option;
    private readonly BgpDesign _design;
    private readonly PolicyReachability _policy;
    private readonly HashSet<string> _dropped;
    private readonly PathPropagation _delay;
    private readonly Dictionary<string, VxcSettings> _vxcs;
    private readonly RouteComputation _intact;
    private readonly FlowRouting[] _routing;

    /// <summary>Per prefix a flow is addressed within: the VXCs whose sessions carry its best routes anywhere when nothing has failed.</summary>
    private readonly Dictionary<IPNetwork, HashSet<string>> _carriedBy = [];

    public OptionFailures(Scenario scenario, DesignOption option)
    {
        _scenario = scenario;
        _option = option;
        _design = new BgpDesign(scenario.Sites, scenario.Clouds, option, scenario.Catalog.Products);
        _policy = new PolicyReachability(scenario.Sites, scenario.Clouds, option, scenario.Catalog.Products, scenario.Traffic);
        _dropped = _policy.PrefixLimitBreaches.Select(b => b.Vxc).ToHashSet(StringComparer.Ordinal);
        _delay = new PathPropagation(scenario, option);
        _vxcs = option.Vxcs.ToDictionary(v => v.Name, StringComparer.Ordinal);
        _intact = new RouteComputation(_design, _dropped);
        _routing = scenario.Traffic.Select(_policy.Check).ToArray();
        // The addresses routes are looked up for: every destination, and the source of a flow that is answered.
        var endpoints = scenario.Traffic.SelectMany(d => Answered(d) ? new[] { d.From, d.To } : [d.To]).Distinct(StringComparer.Ordinal);
        var originated = _design.Originated.Values.SelectMany(p => p).Distinct().ToList();
        foreach (var address in endpoints.Select(_policy.AddressedPrefix).OfType<IPNetwork>().Select(PolicyReachability.FirstHost))
        {
            foreach (var prefix in originated.Where(p => p.Contains(address)))
            {
                _carriedBy.TryAdd(prefix, _design.Asns.Keys.Select(node => _intact.Best(node, prefix)?.Session?.Vxc).OfType<string>()
                    .ToHashSet(StringComparer.Ordinal));
            }
        }
    }

    public DesignOption Option => _option;

    /// <summary>Each demand's path, in the scenario's order, with everything in <paramref name="down"/> failed.</summary>
    public IReadOnlyList<FlowPath> Paths(IReadOnlySet<string> down)
    {
        var failed = new HashSet<string>(_dropped, StringComparer.Ordinal);
        failed.UnionWith(down.Where(_vxcs.ContainsKey));
        // Routes change only for prefixes whose best routes crossed a failed VXC; the others keep the intact routes.
        var affected = _carriedBy.Where(p => p.Value.Overlaps(down)).Select(p => p.Key).ToList();
        var routes = new Lazy<Routes>(() => new Routes(_intact, affected.Count == 0 ? null : new RouteComputation(_design, failed, affected), affected, _carriedBy.Keys)
        {
            Down = down,
        });
        return _scenario.Traffic.Select((demand, f) => Path(demand, _routing[f], down, routes)).ToList();
    }

    /// <summary>The converged routes with a set down: recomputed for the affected prefixes, the intact ones for the rest.</summary>
    private sealed class Routes(RouteComputation intact, RouteComputation? recomputed, List<IPNetwork> affected, IEnumerable<IPNetwork> prefixes)
    {
        /// <summary>What the set takes down, LAG members included.</summary>
        public IReadOnlySet<string> Down { get; init; } = new HashSet<string>();

        private readonly List<IPNetwork> _prefixes = [.. prefixes];

        /// <summary>The longest-prefix match for <paramref name="address"/> at <paramref name="node"/>.</summary>
        public StaticRoute? Lookup(string node, IPAddress address)
        {
            StaticRoute? found = null;
            foreach (var prefix in _prefixes)
            {
                if (!prefix.Contains(address) || (found is not null && prefix.PrefixLength <= found.Prefix.PrefixLength))
                {
                    continue;
                }
                found = (affected.Contains(prefix) ? recomputed! : intact).Best(node, prefix) ?? found;
            }
            return found;
        }
    }

    private FlowPath Path(Demand demand, FlowRouting routing, IReadOnlySet<string> down, Lazy<Routes> routes)
    {
        if (routing.Unreachable || CutOffOutside(demand.From, down) || CutOffOutside(demand.To, down))
        {
            return FlowPath.Lost;
        }
        if (_option.Mves.FirstOrDefault(m => m.Site == demand.From || m.Site == demand.To) is { } mve)
        {
            return MvePath(mve, demand, down, routes) ?? FlowPath.Lost;
        }
        if (routing.Routed)
        {
            return Routed(demand, routes.Value) ?? Backup(demand, down) ?? FlowPath.Lost;
        }
        return _option.VpnBetween(demand.From, demand.To) is { } vpn ? VpnPath(vpn, demand.From, down) ?? FlowPath.Lost : FlowPath.Lost;
    }

    /// <summary>
    /// Whether a site beyond Internet VXCs or exchanges has lost every connection that reaches it: each goes down with
    /// the Port or MCR it rides, or that one's PoP (<see cref="FailureElements"/>). A site on the fabric is never cut off here.
    /// </summary>
    private bool CutOffOutside(string site, IReadOnlySet<string> down)
    {
        var connections = _option.ExternalDestinations.Where(x => x.Site == site).Select(x => x.Connection).ToList();
        return connections.Count > 0 && connections.All(down.Contains);
    }

    /// <summary>A VPN between the flow's ends carries it when BGP has no route left over VXCs.</summary>
    private FlowPath? Backup(Demand demand, IReadOnlySet<string> down) =>
        _option.Vpns.FirstOrDefault(v => (v.Site == demand.From && v.Cloud == demand.To) || (v.Site == demand.To && v.Cloud == demand.From)) is { } vpn
            ? VpnPath(vpn, demand.From, down)
            : null;

    private FlowPath? Routed(Demand demand, Routes routes)
    {
        var forward = Trace(demand.From, demand.To, routes);
        if (forward is null)
        {
            return null;
        }
        return !Answered(demand) || Trace(demand.To, demand.From, routes) is not null ? forward : null;
    }

    /// <summary>A flow whose packets are answered needs a route back as well.</summary>
    private static bool Answered(Demand demand) => demand.Type is TrafficType.TcpBulk or TrafficType.TcpRequestResponse or TrafficType.RequestResponse;

    /// <summary>Follows the converged routes from one endpoint's router to the router that originates the other's address.</summary>
    private FlowPath? Trace(string from, string to, Routes routes)
    {
        if (_policy.AddressedPrefix(to) is not { } prefix || _design.RouterOf(from) is not { } at)
        {
            return null;
        }
        var address = PolicyReachability.FirstHost(prefix);
        var hops = new List<string>();
        var loads = new List<CapacityUse>();
        SimTime delay = SimTime.Zero;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (visited.Add(at))
        {
            if (routes.Lookup(at, address) is not { } route)
            {
                return null;
            }
            if (route.IsLocal)
            {
                return new FlowPath(true, hops, loads, delay);
            }
            var vxc = _vxcs[route.Session!.Vxc];
            string next = route.From!;
            hops.Add(vxc.Name);
            delay += _delay.Vxc(vxc);
            loads.Add(new CapacityUse($"vxc {vxc.Name} {at}>{next}", vxc.Rate.BitsPerSecond));
            foreach (var port in _option.Ports.Where(p => vxc.Touches(p.Name)))
            {
                int membersUp = port.LagMembers - port.MemberNames.Count(routes.Down.Contains);
                loads.Add(new CapacityUse($"port {port.Name} {(port.Site == at ? "out" : "in")}", port.Speed.BitsPerSecond * membersUp));
            }
            if (_option.Mcrs.FirstOrDefault(m => m.Name == next) is { } mcr)
            {
                // An MCR's rate is its total throughput, both directions together (docs/model-notes.md).
                loads.Add(new CapacityUse($"mcr {mcr.Name}", mcr.Rate.BitsPerSecond));
            }
            at = next;
        }
        return null;
    }

    /// <summary>A VPN carries the flow over its first tunnel that is up (an AWS virtual private gateway sends over one), at its gateway's rate for the tunnels left.</summary>
    private FlowPath? VpnPath(Vpn vpn, string from, IReadOnlySet<string> down)
    {
        var up = Enumerable.Range(0, vpn.Tunnels).Select(vpn.TunnelElement).Where(t => !down.Contains(t)).ToList();
        if (up.Count == 0)
        {
            return null;
        }
        double rate = Math.Min(vpn.InternetAccess?.BitsPerSecond ?? double.PositiveInfinity, vpn.ConnectionRate(up.Count)?.BitsPerSecond ?? double.PositiveInfinity);
        string direction = vpn.Site == from ? "out" : "in";
        return new FlowPath(true, [up[0]], [new CapacityUse($"vpn {vpn.Name} {direction}", rate)], _delay.Vpn(vpn));
    }

    /// <summary>
    /// An MVE sends a class over the first working transport (its preferred one first) whose latency and loss meet the
    /// class's thresholds, else over the first working one; a class without thresholds stays on the first that works.
    /// </summary>
    private FlowPath? MvePath(Mve mve, Demand demand, IReadOnlySet<string> down, Lazy<Routes> routes)
    {
        if (down.Contains(mve.Name))
        {
            return null;
        }
        var policy = mve.Applications.FirstOrDefault(a => a.QosClass == demand.QosClass);
        var transports = mve.Transports.OrderBy(t => t.Name == policy?.PreferredTransport ? 0 : 1).ToList();
        string other = mve.Site == demand.From ? demand.To : demand.From;
        var working = new List<(FlowPath Path, double Loss)>();
        foreach (var transport in transports)
        {
            string atom = FailureElements.TransportAtom(mve, transport);
            if (down.Contains(atom) || (transport.Vxc is { } vxc && down.Contains(vxc)))
            {
                continue;
            }
            if (transport.Vxc is null)
            {
                double rate = transport.InternetAccess?.BitsPerSecond ?? double.PositiveInfinity;
                var internet = transport.Internet ?? InternetPathSettings.Default;
                working.Add((new FlowPath(true, [atom], [new CapacityUse($"uplink {atom} {(mve.Site == demand.From ? "out" : "in")}", rate)],
                    _delay.MveInternet(mve, transport, other)), internet.LossRate));
            }
            else if (Routed(demand, routes.Value) is { } routed)
            {
                working.Add((routed with { Hops = [atom, .. routed.Hops] }, 0));
            }
        }
        bool Meets((FlowPath Path, double Loss) t) => policy is null
            || ((policy.MaxLatency is not { } latency || t.Path.Propagation <= latency) && (policy.MaxLossRate is not { } loss || t.Loss <= loss));
        return working.Count == 0 ? null : working.FirstOrDefault(t => Meets(t)).Path ?? working[0].Path;
    }
}
