using System.Globalization;
using FabricSim.Estimate.Paths;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Descriptions;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Reachability;
using FabricSim.Scenarios.Validation;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Loading;

/// <summary>
/// A request/response message leaves its host as segments back to back, and every policer on its way drops what
/// exceeds its bucket: a message whose segments one of them cannot pass even alone on an idle path, with its bucket
/// full, loses its tail every time it is sent, so every exchange fails. Each direction of each such demand is replayed
/// (<see cref="MessageReplay"/>) along every way routing may take it (<see cref="MessagePaths"/>), and a size some
/// policer would drop is refused where it is written, naming the element that drops it and the largest size that passes.
/// </summary>
internal static class PolicedMessageCheck
{
    public static void Run(ErrorCollector errors, Scenario scenario, IReadOnlyList<(DesignOption Option, PolicyReachability Routing)> options,
        IReadOnlyList<MappedDemand> demands)
    {
        var messages = demands.Where(d => d.Demand.Type == TrafficType.RequestResponse).ToList();
        if (messages.Count == 0)
        {
            return;
        }
        foreach (var (option, routing) in options)
        {
            var description = OptionDescription.Of(scenario, option);
            var cutTo = DemandPathMtu.ForMessages(scenario, option);
            LaidOutPaths? laidOut = null;
            LaidOutPaths LaidOut() => laidOut ??= LaidOutPaths.Of(description);
            foreach (var mapped in messages)
            {
                var demand = mapped.Demand;
                var exchange = demand.RequestResponse!;
                int mtu = MessageSegments.MtuOrDefault(cutTo(demand));
                foreach (var (key, bytes, from, to) in new[]
                         {
                             ("request_size", exchange.RequestBytes, demand.From, demand.To),
                             ("response_size", exchange.ResponseBytes, demand.To, demand.From),
                         })
                {
                    foreach (var stages in MessagePaths.Of(option, description, LaidOut, routing, from, to) ?? [])
                    {
                        if (MessageReplay.FirstDrop(stages, bytes, mtu) is { } drop)
                        {
                            Report(errors, scenario, option, mapped, key, bytes, mtu, stages, drop);
                            break;
                        }
                    }
                }
            }
        }
    }

    private static void Report(ErrorCollector errors, Scenario scenario, DesignOption option, MappedDemand mapped, string key, long bytes, int mtu,
        IReadOnlyList<MessageStage> stages, (int Stage, long SpreadNs) drop)
    {
        var stage = stages[drop.Stage];
        var (line, _) = NameLocation.Find(scenario.SourceText, stage.Element, option.Name);
        long packetBytes = MessageSegments.PacketBytes(bytes, mtu);
        long largest = MessageReplay.LargestPassing(stages, bytes, mtu);
        string arrival = drop.SpreadNs == 0
            ? "at once"
            : string.Create(CultureInfo.InvariantCulture, $"within {drop.SpreadNs / 1000.0:0.###} us");
        string limit = stage.Stage == StageKind.Shaper ? "shaped" : "policed";
        string message = string.Create(CultureInfo.InvariantCulture,
            $"{key} {bytes}B of flow '{mapped.Demand.Name}' is {packetBytes}B of segments reaching {stage.Kind} '{stage.Element}' (line {line}) {arrival} in option '{option.Name}', {limit} at {new DataRate(stage.RateBitsPerSecond)} with a burst of {stage.BurstBytes}B: every message would lose its tail");
        string fix = stage.Kind switch
        {
            "VXC" => $"use a {key} of at most {largest}B, add 'shaping: true'{(scenario.FindSite(stage.From) is not null ? " or 'customer_shaper: true'" : "")} to VXC '{stage.Element}', 'burst: {packetBytes}B' if the provider grants it, or use type tcp_request_response",
            "MCR" => $"use a {key} of at most {largest}B, a faster MCR '{stage.Element}' (its limit holds {stage.BurstBytes}B), or type tcp_request_response",
            _ => $"use a {key} of at most {largest}B, a faster {stage.Kind} '{stage.Element}', or type tcp_request_response",
        };
        errors.Add(ScenarioChecks.MessageNode(mapped, key), message, fix);
    }
}
