using System.Globalization;
using FabricSim.Engine.Time;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Reachability;
using FabricSim.Scenarios.Validation;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// Whole-scenario checks that need every section: each demand must be reachable in each option through that option's
/// ports, VXCs, VPNs and MVEs, be let through by its BGP policy, fit the path MTU, and the run must fit the packet budget.
/// </summary>
internal static class ScenarioChecks
{
    public static void Run(MappingContext context, IReadOnlyList<MappedOption> options, IReadOnlyList<MappedDemand> demands, RunSettings run)
    {
        foreach (var option in options)
        {
            var connected = new List<MappedDemand>();
            var graph = new OptionConnectivity(context.Sites.Values, context.Clouds.Values, option.Option);
            var analysis = new PolicyReachability(context.Sites.Values, context.Clouds.Values, option.Option, context.Catalog.Products,
                demands.Select(d => d.Demand));
            Mcr? routedMtu(Demand demand)
            {
                var routers = analysis.RoutersOn(demand);
                return option.Option.Mcrs.Where(m => routers.Contains(m.Name)).OrderBy(m => m.MtuBytes).FirstOrDefault();
            }
            foreach (var mapped in demands)
            {
                var demand = mapped.Demand;
                var path = graph.ShortestPath(demand.From, demand.To);
                if (path is null)
                {
                    context.Errors.Add(ToNode(mapped), $"flow '{demand.Name}' is unreachable in option '{option.Option.Name}': nothing connects '{demand.From}' to '{demand.To}'",
                        $"add a VXC, VPN or MVE path between them in option '{option.Option.Name}', or remove the flow");
                    continue;
                }
                connected.Add(mapped);
                int mtu = graph.PathMtu(path, demand.From);
                string via = string.Join(" -> ", path.Select(h => h.Via));
                // BGP may route the flow through an MCR that the fewest-hop path avoids; the MCR's IP MTU then governs.
                if (routedMtu(demand) is { } routed && routed.MtuBytes < mtu)
                {
                    (mtu, via) = (routed.MtuBytes, $"the routed path through MCR '{routed.Name}'");
                }
                if (demand.Size.MaxBytes > mtu)
                {
                    string what = demand.Tcp is not null ? "mss + 40B headers" : "packet size";
                    context.Errors.Add(SizeNode(mapped), $"{what} {demand.Size.MaxBytes}B of flow '{demand.Name}' exceeds the path MTU {mtu}B in option '{option.Option.Name}' (via {via})",
                        demand.Tcp is not null ? $"use mss: {mtu - 40}B or less" : $"use packets of at most {mtu}B");
                }
            }
            ProductLimitCheck.Run(context, option);
            ExpressRoutePremiumCheck.Run(context, option);
            DxGatewayCheck.Run(context, option);
            VpnBackupCheck.Run(context, option);
            RoutingPolicyCheck.Run(context, option, connected, analysis);
        }
        CheckPacketBudget(context, options, demands, run);
    }

    /// <summary>
    /// Estimated packets = Σ over flows of mean rate / mean packet size × active time × count, × replications × options.
    /// </summary>
    private static void CheckPacketBudget(MappingContext context, IReadOnlyList<MappedOption> options, IReadOnlyList<MappedDemand> demands, RunSettings run)
    {
        int optionCount = options.Count;
        if (optionCount == 0)
        {
            return;
        }
        double total = 0;
        MappedOption? busiest = null;
        (double Events, string Largest) periodic = (0, "");
        foreach (var option in options)
        {
            var events = PeriodicEvents.PerReplication(option.Option, run);
            total += events.Events * run.Replications;
            if (events.Events > periodic.Events)
            {
                (periodic, busiest) = (events, option);
            }
        }
        MappedDemand? largest = null;
        double largestPackets = 0;
        foreach (var mapped in demands)
        {
            double packets = PacketsPerReplication(mapped.Demand, run) * run.Replications * optionCount;
            total += packets;
            if (packets > largestPackets)
            {
                largestPackets = packets;
                largest = mapped;
            }
        }
        if (total > run.MaxPackets && busiest is not null && periodic.Events * run.Replications * optionCount >= largestPackets)
        {
            context.PacketBudgetExcess = context.Errors.Make(busiest.Reader.Node, string.Create(CultureInfo.InvariantCulture,
                    $"the run would simulate about {total:0.###e0} packets and periodic events, above run.max_packets {run.MaxPackets}; the periodic events of option '{busiest.Option.Name}' need {periodic.Events * run.Replications:0.###e0}, most of them for {periodic.Largest}"),
                "lengthen that interval, shorten run.duration, use fewer replications, or raise run.max_packets");
        }
        else if (total > run.MaxPackets && largest is not null)
        {
            double scale = run.MaxPackets / total;
            string shorter = SimTime.FromSeconds(Math.Round(Math.Max(0.001, run.Duration.TotalSeconds * scale), 3)).ToString();
            context.PacketBudgetExcess = context.Errors.Make(ToNode(largest), string.Create(CultureInfo.InvariantCulture,
                    $"the run would simulate about {total:0.###e0} packets, above run.max_packets {run.MaxPackets}; flow '{largest.Demand.Name}' alone needs {largestPackets:0.###e0}"),
                $"shorten run.duration to about {shorter}, lower the rate of '{largest.Demand.Name}', use fewer replications, or raise run.max_packets");
        }
    }

    internal static double PacketsPerReplication(Demand demand, RunSettings run)
    {
        double stop = Math.Min((demand.Stop ?? run.Duration).TotalSeconds, run.Duration.TotalSeconds);
        double active = Math.Max(0, stop - demand.Start.TotalSeconds);
        double mean = demand.Size.MeanBytes;
        double perSecond;
        if (demand.RequestResponse is { } rr)
        {
            double segment = demand.Tcp?.MssBytes ?? 1460;
            perSecond = (Math.Ceiling(rr.RequestBytes / segment) + Math.Ceiling(rr.ResponseBytes / segment)) / rr.MeanInterval.TotalSeconds;
        }
        else if (demand.Rate is { } rate)
        {
            double duty = demand.OnOff is { } o ? o.OnMean.TotalSeconds / (o.OnMean.TotalSeconds + o.OffMean.TotalSeconds) : 1.0;
            perSecond = rate.BitsPerSecond / 8.0 / mean * duty * (demand.Diurnal?.MeanFactor ?? 1.0);
        }
        else
        {
            // A size-limited TCP transfer sends its bytes once (plus roughly one ACK per two segments).
            double segments = (demand.Tcp?.TransferBytes ?? 0) / (double)(demand.Tcp?.MssBytes ?? 1460);
            return segments * 1.5 * demand.Count;
        }
        // TCP adds about one ACK for every two data segments.
        double ackFactor = demand.Tcp is not null ? 1.5 : 1.0;
        return perSecond * active * demand.Count * ackFactor;
    }

    private static YamlDotNet.RepresentationModel.YamlNode ToNode(MappedDemand mapped) =>
        mapped.Reader.Node == mapped.At ? mapped.Reader.ValueNode("to") ?? mapped.At : mapped.At;

    private static YamlDotNet.RepresentationModel.YamlNode SizeNode(MappedDemand mapped) =>
        mapped.Reader.Node == mapped.At
            ? mapped.Reader.ValueNode("packet_size") ?? mapped.Reader.ValueNode("mss") ?? mapped.Reader.ValueNode("size") ?? mapped.At
            : mapped.At;
}
