using System.Globalization;
using FabricSim.Engine.Time;
using FabricSim.Network.Traffic;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Reachability;
using FabricSim.Scenarios.Validation;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// Whole-scenario checks that need every section: each demand must be reachable in each option through that option's
/// ports, VXCs, VPNs and MVEs, be let through by its BGP policy, fit the path MTU (a request/response message in the
/// segments it is cut to), and the run must fit the packet budget.
/// </summary>
internal static class ScenarioChecks
{
    /// <returns>Each option with what validate worked out about its paths, and its routing analysis.</returns>
    public static IReadOnlyList<(DesignOption Option, PolicyReachability Routing)> Run(MappingContext context, IReadOnlyList<MappedOption> options,
        IReadOnlyList<MappedDemand> demands, RunSettings run)
    {
        // The MTU each option's request/response demands cut their messages to, for the packet estimate.
        var messageMtus = new List<Dictionary<MappedDemand, int>>();
        var checkedOptions = new List<(DesignOption, PolicyReachability)>();
        var traffic = demands.Select(d => d.Demand).ToList();
        foreach (var option in options)
        {
            var connected = new List<MappedDemand>();
            var graph = new OptionConnectivity(context.Sites.Values, context.Clouds.Values, option.Option);
            var analysis = new PolicyReachability(context.Sites.Values, context.Clouds.Values, option.Option, context.Catalog.Products,
                demands.Select(d => d.Demand));
            var paths = new DemandPathMtu(graph, analysis, option.Option);
            var mtus = new Dictionary<MappedDemand, int>();
            var cutTo = new Dictionary<Demand, int?>(ReferenceEqualityComparer.Instance);
            messageMtus.Add(mtus);
            foreach (var mapped in demands)
            {
                var demand = mapped.Demand;
                if (paths.Of(demand) is not var (path, mtu, via))
                {
                    context.Errors.Add(ToNode(mapped), $"flow '{demand.Name}' is unreachable in option '{option.Option.Name}': nothing connects '{demand.From}' to '{demand.To}'",
                        $"add a VXC, VPN or MVE path between them in option '{option.Option.Name}', or remove the flow");
                    continue;
                }
                connected.Add(mapped);
                if (demand.Type == TrafficType.RequestResponse)
                {
                    cutTo[demand] = DemandPathMtu.MessageMtu(path, mtu);
                    mtus[mapped] = MessageSegments.MtuOrDefault(cutTo[demand]);
                    CheckMessages(context, mapped, option.Option.Name, mtus[mapped], via);
                }
                else if (demand.Size.MaxBytes > mtu)
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
            var addressed = context.Sites.Keys.Concat(context.Clouds.Keys).Distinct(StringComparer.Ordinal)
                .ToDictionary(e => e, analysis.AddressedPrefix, StringComparer.Ordinal);
            var validated = new ValidatedPaths(option.Option, traffic, d => cutTo.GetValueOrDefault(d), addressed);
            checkedOptions.Add((option.Option with { Paths = validated }, analysis));
        }
        CheckPacketBudget(context, options, demands, run, messageMtus);
        return checkedOptions;
    }

    /// <summary>
    /// A message leaves as segments of the path MTU, all at once into its host's access queue: one of more segments
    /// than that queue holds would lose its tail every time, so it is refused where its size is written.
    /// </summary>
    private static void CheckMessages(MappingContext context, MappedDemand mapped, string option, int mtu, string via)
    {
        var exchange = mapped.Demand.RequestResponse!;
        if (mtu <= MessageSegments.HeaderBytes)
        {
            context.Errors.Add(ToNode(mapped), $"the path MTU {mtu}B of flow '{mapped.Demand.Name}' in option '{option}' (via {via}) leaves no room for a segment's payload beyond its {MessageSegments.HeaderBytes}B of headers",
                $"raise the MTU on that path to at least {MessageSegments.DefaultMtuBytes}B");
            return;
        }
        foreach (var (key, bytes) in new[] { ("request_size", exchange.RequestBytes), ("response_size", exchange.ResponseBytes) })
        {
            long segments = MessageSegments.Count(bytes, mtu);
            if (segments > MessageSegments.MaxSegments)
            {
                long largest = (long)MessageSegments.MaxSegments * MessageSegments.PayloadBytes(mtu);
                context.Errors.Add(MessageNode(mapped, key), string.Create(CultureInfo.InvariantCulture,
                        $"{key} {bytes}B of flow '{mapped.Demand.Name}' is {segments} segments at the path MTU {mtu}B in option '{option}' (via {via}); a message leaves its host at once and its access queue holds {MessageSegments.MaxSegments} packets, so every one would lose its tail"),
                    $"use a {key} of at most {largest}B, or type tcp_request_response, whose window paces a large answer");
            }
        }
    }

    /// <summary>
    /// Estimated packets = Σ over flows of mean rate / mean packet size × active time × count, × replications × options.
    /// </summary>
    private static void CheckPacketBudget(MappingContext context, IReadOnlyList<MappedOption> options, IReadOnlyList<MappedDemand> demands, RunSettings run,
        IReadOnlyList<Dictionary<MappedDemand, int>> messageMtus)
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
            double packets = messageMtus.Sum(mtus => PacketsPerReplication(mapped.Demand, run, mtus.TryGetValue(mapped, out int mtu) ? mtu : null))
                * run.Replications;
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

    /// <param name="messageMtu">For a request/response demand, the path MTU its messages are cut to (the default where null).</param>
    internal static double PacketsPerReplication(Demand demand, RunSettings run, int? messageMtu = null)
    {
        double stop = Math.Min((demand.Stop ?? run.Duration).TotalSeconds, run.Duration.TotalSeconds);
        double active = Math.Max(0, stop - demand.Start.TotalSeconds);
        double mean = demand.Size.MeanBytes;
        double perSecond;
        if (demand.RequestResponse is { } rr && demand.Tcp is { } exchange)
        {
            double segment = exchange.MssBytes;
            perSecond = (Math.Ceiling(rr.RequestBytes / segment) + Math.Ceiling(rr.ResponseBytes / segment)) / rr.MeanInterval.TotalSeconds;
        }
        else if (demand.RequestResponse is { } messages)
        {
            int mtu = MessageSegments.MtuOrDefault(messageMtu);
            perSecond = (MessageSegments.Count(messages.RequestBytes, mtu) + MessageSegments.Count(messages.ResponseBytes, mtu)) / messages.MeanInterval.TotalSeconds;
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

    internal static YamlDotNet.RepresentationModel.YamlNode MessageNode(MappedDemand mapped, string key) =>
        mapped.Reader.Node == mapped.At ? mapped.Reader.ValueNode(key) ?? mapped.At : mapped.At;

    private static YamlDotNet.RepresentationModel.YamlNode SizeNode(MappedDemand mapped) =>
        mapped.Reader.Node == mapped.At
            ? mapped.Reader.ValueNode("packet_size") ?? mapped.Reader.ValueNode("mss") ?? mapped.Reader.ValueNode("size") ?? mapped.At
            : mapped.At;
}
