using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Reachability;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Validation;

/// <summary>
/// Warns when two options are not a like-for-like comparison: a flow that one option carries and the other does
/// not, or a different capacity towards a flow's destination. The capacity is the widest path between the flow's
/// ends: the smallest of the VXC, Port, MCR, Internet access and VPN gateway rates along it, through MCRs and MVEs
/// only (sites and clouds do not transit); a VPN that backs up VXCs between the same ends adds nothing. A hub with 500 Mbit/s spokes offers each pair of sites 500 Mbit/s where a
/// mesh of 100 Mbit/s VXCs offers 100 Mbit/s, so their latency and loss differ by capacity as much as by design.
/// </summary>
public static class CapacityEquivalenceCheck
{
    /// <summary>Capacities within this factor of each other count as equal: a rounding of product sizes, not a different design.</summary>
    private const double Tolerance = 1.1;

    public static IReadOnlyList<ScenarioError> Warnings(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var warnings = new List<ScenarioError>();
        if (scenario.Options.Count < 2)
        {
            return warnings;
        }
        var capacities = scenario.Options.Select(option => FlowCapacities(scenario, option)).ToList();
        for (int i = 0; i < scenario.Options.Count; i++)
        {
            for (int j = i + 1; j < scenario.Options.Count; j++)
            {
                if (Compare(scenario, i, j, capacities) is { } warning)
                {
                    warnings.Add(warning);
                }
            }
        }
        return warnings;
    }

    private static ScenarioError? Compare(Scenario scenario, int i, int j, List<double[]> capacities)
    {
        string a = scenario.Options[i].Name, b = scenario.Options[j].Name;
        var carriedByOne = new List<string>();
        int differing = 0;
        (double Ratio, int Flow) widest = (1, -1);
        for (int f = 0; f < scenario.Traffic.Count; f++)
        {
            double ca = capacities[i][f], cb = capacities[j][f];
            if ((ca == 0) != (cb == 0))
            {
                carriedByOne.Add($"'{scenario.Traffic[f].Name}' only in '{(ca > 0 ? a : b)}'");
                continue;
            }
            if (ca == 0)
            {
                continue;
            }
            double ratio = Math.Max(ca, cb) / Math.Min(ca, cb);
            if (ratio > Tolerance)
            {
                differing++;
                if (ratio > widest.Ratio)
                {
                    widest = (ratio, f);
                }
            }
        }
        if (differing == 0 && carriedByOne.Count == 0)
        {
            return null;
        }
        var parts = new List<string>();
        if (differing > 0)
        {
            var flow = scenario.Traffic[widest.Flow];
            parts.Add($"capacity towards the same destination differs for {differing} of {scenario.Traffic.Count} flows, most for '{flow.Name}' "
                + $"({flow.From} to {flow.To}): {Rate(capacities[i][widest.Flow])} in '{a}' against {Rate(capacities[j][widest.Flow])} in '{b}'");
        }
        if (carriedByOne.Count > 0)
        {
            parts.Add($"not every flow is carried by both: {string.Join(", ", carriedByOne)}");
        }
        var (line, column) = NameLocation.Find(scenario.SourceText, b);
        return new ScenarioError(scenario.SourceFile, line, column,
            $"options '{a}' and '{b}' are not a like-for-like comparison: {string.Join("; ", parts)}. Differences in latency, loss and cost follow from that as well as from the design",
            "give both options the same rate towards each destination (e.g. equal VXC rates), or read the comparison with these figures in mind");
    }

    /// <summary>Each demand's widest-path capacity in bit/s in one option, in the scenario's order; 0 when the option does not carry it.</summary>
    private static double[] FlowCapacities(Scenario scenario, DesignOption option)
    {
        var graph = Graph(scenario, option);
        var policy = scenario.Traffic.Any(d => d.ExpectUnreachable)
            ? new PolicyReachability(scenario.Sites, scenario.Clouds, option, scenario.Catalog.Products, scenario.Traffic)
            : null;
        var transit = option.Mcrs.Select(m => m.Name).Concat(option.Mves.Select(m => m.Name)).ToHashSet(StringComparer.Ordinal);
        var mcrRates = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var mcr in option.Mcrs)
        {
            mcrRates.TryAdd(mcr.Name, mcr.Rate.BitsPerSecond);
        }
        var widths = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        return scenario.Traffic
            .Select(demand => demand.ExpectUnreachable && policy!.Check(demand).Unreachable ? 0 : Width(demand.From, demand.To))
            .ToArray();

        double Width(string from, string to)
        {
            if (!widths.TryGetValue(from, out var reached))
            {
                widths[from] = reached = WidestPaths(graph, transit, mcrRates, from);
            }
            return reached.TryGetValue(to, out double width) && !double.IsPositiveInfinity(width) ? width : 0;
        }
    }

    private static Dictionary<string, List<(string To, double Rate)>> Graph(Scenario scenario, DesignOption option)
    {
        var graph = new Dictionary<string, List<(string, double)>>(StringComparer.Ordinal);
        void Add(string x, string y, double rate)
        {
            (graph.TryGetValue(x, out var fromX) ? fromX : graph[x] = []).Add((y, rate));
            (graph.TryGetValue(y, out var fromY) ? fromY : graph[y] = []).Add((x, rate));
        }
        (string Node, double Cap) End(string end) => option.Ports.FirstOrDefault(p => p.Name == end) is { } port
            ? (port.Site, port.Capacity.BitsPerSecond)
            : (end, double.PositiveInfinity);
        foreach (var vxc in option.Vxcs)
        {
            var (x, capX) = End(vxc.EndA);
            var (y, capY) = End(vxc.EndB);
            Add(x, y, Math.Min(vxc.Rate.BitsPerSecond, Math.Min(capX, capY)));
        }
        // A VPN beside the VXCs joining its ends stands by while they are up: it adds no capacity.
        foreach (var vpn in option.Vpns.Where(v => !option.ReachesPrivately(v.Site, v.Cloud)))
        {
            double gateway = vpn.ConnectionRate(vpn.Tunnels)?.BitsPerSecond ?? double.PositiveInfinity;
            Add(vpn.Site, vpn.Cloud, Math.Min(vpn.InternetAccess?.BitsPerSecond ?? double.PositiveInfinity, gateway));
        }
        foreach (var mve in option.Mves)
        {
            Add(mve.Site, mve.Name, double.PositiveInfinity);
            foreach (var transport in mve.Transports.Where(t => t.InternetAccess is not null))
            {
                foreach (string end in scenario.Sites.Select(s => s.Name).Concat(scenario.Clouds.Select(c => c.Name)).Where(e => e != mve.Site))
                {
                    Add(mve.Name, end, transport.InternetAccess!.Value.BitsPerSecond);
                }
            }
        }
        return graph;
    }

    /// <summary>
    /// The largest bottleneck over paths from <paramref name="from"/> to every end it reaches (a max-min Dijkstra),
    /// crossing only MCRs (capped at their rate) and MVEs. A node's width is final when it leaves the queue, whatever
    /// order equal widths leave in, so one search per source answers all of its demands.
    /// </summary>
    private static Dictionary<string, double> WidestPaths(Dictionary<string, List<(string To, double Rate)>> graph, HashSet<string> transit,
        Dictionary<string, double> mcrRates, string from)
    {
        var best = new Dictionary<string, double>(StringComparer.Ordinal) { [from] = double.PositiveInfinity };
        var done = new Dictionary<string, double>(StringComparer.Ordinal);
        var open = new PriorityQueue<string, double>();
        open.Enqueue(from, double.NegativeInfinity);
        while (open.TryDequeue(out string? node, out _))
        {
            if (done.ContainsKey(node))
            {
                continue;
            }
            double width = best[node];
            done[node] = width;
            if (node != from && !transit.Contains(node))
            {
                continue;
            }
            double through = mcrRates.TryGetValue(node, out double rate) ? Math.Min(width, rate) : width;
            foreach (var (next, capacity) in graph.GetValueOrDefault(node) ?? [])
            {
                double candidate = Math.Min(through, capacity);
                if (!done.ContainsKey(next) && candidate > best.GetValueOrDefault(next, 0))
                {
                    best[next] = candidate;
                    open.Enqueue(next, -candidate);
                }
            }
        }
        return done;
    }

    private static string Rate(double bitsPerSecond) => new DataRate((long)Math.Round(bitsPerSecond)).ToString();
}
