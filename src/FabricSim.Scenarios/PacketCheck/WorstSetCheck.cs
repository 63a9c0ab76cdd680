using FabricSim.Engine.Time;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Resilience;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.PacketCheck;

/// <summary>
/// The packet-level referee of a resilience study: for each option's worst failure sets by the outage of flows that
/// survive them, a short packet run of that option with the set failed one second after warm-up and left down, built
/// in memory from the scenario (its <c>failures:</c> replaced, only the flows that move kept: an outage is a matter
/// of timers, not of load). Each moving flow's measured outage is set beside the timer model's and its window
/// (<see cref="OutageWindow"/>). Sets with an element a packet run cannot fail alone (an MVE's Internet transport)
/// are passed over for the next worst.
/// </summary>
public static class WorstSetCheck
{
    private static readonly SimTime Settle = SimTime.FromSeconds(1);
    private static readonly SimTime Recovered = SimTime.FromSeconds(2);

    public static ResilienceResult Run(Scenario scenario, ResilienceResult study, int worstSets, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(study);
        ArgumentOutOfRangeException.ThrowIfNegative(worstSets);
        if (worstSets == 0)
        {
            return study;
        }
        var options = study.Options.Select(o => o with
        {
            PacketChecks = Check(scenario, scenario.Options.Single(d => d.Name == o.Option), o, worstSets, cancellation),
        }).ToList();
        return study with { Options = options };
    }

    private static List<PacketOutageCheck> Check(Scenario scenario, DesignOption option, OptionResilience study, int worstSets, CancellationToken cancellation)
    {
        var window = new OutageWindow(scenario, option);
        var worst = study.Sets
            .Select((set, index) => (Set: set, Index: index, Elements: PacketElements(scenario, option, set)))
            .Where(s => s.Set.WorstOutage > SimTime.Zero && s.Elements is not null)
            .OrderByDescending(s => s.Set.WorstOutage).ThenBy(s => s.Index)
            .Take(worstSets);
        var checks = new List<PacketOutageCheck>();
        foreach (var (set, _, elements) in worst)
        {
            cancellation.ThrowIfCancellationRequested();
            var moving = Enumerable.Range(0, set.Flows.Count).Where(f => set.Flows[f].Outage > SimTime.Zero).ToList();
            var windows = moving.ToDictionary(f => f, f => window.For(scenario.Traffic[f], study.Intact[f], set.Flows[f]));
            SimTime failAt = scenario.Run.WarmUp + Settle;
            SimTime end = failAt + SimTime.FromSeconds(windows.Values.Max(w => w.High)) + Recovered;
            var variant = scenario with
            {
                Options = [option],
                Traffic = moving.Select(f => scenario.Traffic[f]).ToList(),
                Failures = elements!.Select(e => new Failure(e, [option.Name], failAt, end - failAt + Recovered, null, null)).ToList(),
                Run = scenario.Run with { Duration = end, Replications = 1 },
                Sweep = null,
                PacketBudgetExcess = null,
            };
            var run = Simulation.Run(variant, new RunOptions(Replications: 1, Jobs: 1, Cancellation: cancellation) { Fidelity = Fidelity.Packet });
            var flows = run.Options.Single().Flows;
            foreach (int f in moving)
            {
                string name = scenario.Traffic[f].Name;
                double measured = flows.FirstOrDefault(s => s.Flow == name)?.OutageSeconds.Mean ?? double.NaN;
                checks.Add(new PacketOutageCheck(set.Name, name, set.Flows[f].Outage!.Value.TotalSeconds, windows[f].Low, windows[f].High, measured));
            }
        }
        return checks;
    }

    /// <summary>
    /// The names a packet run fails for a set's elements: ports, VXCs, MCRs, MVEs, VPN tunnels, gateways, Internet
    /// access and PoPs by their own names, a cloud's edge router by its own name too; null
    /// when an element has no counterpart in a packet run.
    /// </summary>
    private static List<string>? PacketElements(Scenario scenario, DesignOption option, FailureSetOutcome set)
    {
        var names = new List<string>();
        foreach (string element in set.Elements)
        {
            if (option.HasElement(element) || scenario.Pops.Any(p => p.Code == element))
            {
                names.Add(element);
            }
            else if (option.Vxcs.Any(v => FailureElements.CloudEdge(v, scenario.Clouds)?.Name == element))
            {
                // The study names a cloud's edge as the packet run's edge router at that PoP.
                names.Add(element);
            }
            else
            {
                return null;
            }
        }
        return names.Distinct(StringComparer.Ordinal).ToList();
    }
}
