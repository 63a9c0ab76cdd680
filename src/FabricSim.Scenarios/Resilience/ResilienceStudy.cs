using FabricSim.Engine.Time;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// The resilience study behind <c>fabricsim resilience</c>: per option, every failure set (<see cref="FailureSets"/>),
/// each flow's path with the set down (<see cref="OptionFailures"/>), its capacity shortfall, latency change and
/// failover outage (<see cref="FailoverTimers"/>), and each flow's availability summed over the sets that cut it.
/// Nothing is simulated, so the study of a large fabric takes seconds and its output depends on the scenario alone.
/// </summary>
public static class ResilienceStudy
{
    public static ResilienceResult Run(Scenario scenario, int? order = null, CancellationToken cancellation = default) =>
        Run(scenario, order, 0, cancellation);

    /// <param name="monteCarloMonths">Simulated months of random failures that check each flow's availability (0: none).</param>
    public static ResilienceResult Run(Scenario scenario, int? order, int monteCarloMonths, CancellationToken cancellation = default)
    {
        var study = Prepare(scenario, order, monteCarloMonths, cancellation);
        return study.Aggregate([.. Enumerable.Range(0, study.Cells.Count).Select(cell =>
        {
            cancellation.ThrowIfCancellationRequested();
            return study.Execute(cell);
        })]);
    }

    /// <summary>The study laid out as numbered cells (option, failure set), to run all at once or in shards.</summary>
    internal static ResilienceCells Prepare(Scenario scenario, int? order = null, int monteCarloMonths = 0, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegative(monteCarloMonths);
        var settings = order is { } chosen ? scenario.Resilience with { Order = chosen } : scenario.Resilience;
        var options = scenario.Options.Select(option =>
        {
            cancellation.ThrowIfCancellationRequested();
            return Baseline(scenario, option, settings);
        }).ToList();
        return new ResilienceCells(scenario, settings.Order, options) { MonteCarloMonths = monteCarloMonths };
    }

    internal static IReadOnlyList<FailureElement> Elements(Scenario scenario, DesignOption option) =>
        FailureElements.Of(option, scenario.Pops, scenario.Clouds);

    /// <summary>What every failure set of an option is measured against: its elements, sets, paths with nothing failed and their probabilities.</summary>
    internal sealed record OptionBaseline(DesignOption Option, IReadOnlyList<FailureElement> Elements, IReadOnlyList<FailureSet> Sets, OptionFailures Model,
        FailoverTimers Timers, SetProbability Probability, List<double> Offered, IReadOnlyList<FlowPath> IntactPaths, List<FlowOutcome> Intact,
        ComponentReliability Reliability);

    private static OptionBaseline Baseline(Scenario scenario, DesignOption option, ResilienceSettings settings)
    {
        var elements = Elements(scenario, option);
        var sets = FailureSets.Enumerate(elements, settings);
        var model = new OptionFailures(scenario, option);
        var timers = new FailoverTimers(option, scenario.Clouds);
        var reliability = new ComponentReliability(scenario.Catalog.Products, settings.Reliability);
        var probability = new SetProbability(elements, reliability.Unavailability);
        var offered = scenario.Traffic.Select(d => Cost.MonthlyDemand.Offered(d)?.Rate.BitsPerSecond ?? 0.0).ToList();
        var intactPaths = model.Paths(new HashSet<string>(StringComparer.Ordinal));
        var intact = Outcomes(scenario, intactPaths, intactPaths, offered, option, timers);
        return new OptionBaseline(option, elements, sets, model, timers, probability, offered, intactPaths, intact, reliability);
    }

    internal static FailureSetOutcome Outcome(Scenario scenario, OptionBaseline baseline, FailureSet set) =>
        new(set.Name, set.Reason, set.Elements.Select(e => e.Name).ToList(), baseline.Probability.Exactly(set.Elements),
            Outcomes(scenario, baseline.IntactPaths, baseline.Model.Paths(set.Down), baseline.Offered, baseline.Option, baseline.Timers));

    internal static OptionResilience Study(Scenario scenario, OptionBaseline baseline, List<FailureSetOutcome> outcomes, int monteCarloMonths)
    {
        var option = baseline.Option;
        var availability = FlowAvailabilities(scenario, baseline.Intact, outcomes, baseline.Probability.NoneDown);
        if (monteCarloMonths > 0)
        {
            var sampler = new MonteCarloAvailability(baseline.Model, baseline.Elements, baseline.Reliability);
            for (int s = 0; s < baseline.Sets.Count; s++)
            {
                sampler.Know(baseline.Sets[s].Elements, outcomes[s].Flows);
            }
            var sampled = sampler.Sample(baseline.IntactPaths, scenario.Run.Seed, option.Name, monteCarloMonths);
            availability = availability.Select((a, f) => a with { MonteCarlo = sampled[f] }).ToList();
        }
        var volumes = scenario.Traffic.Select(d => (d.Name, Volume: Cost.MonthlyDemand.Offered(d))).Where(v => v.Volume is not null)
            .ToDictionary(v => v.Name, v => v.Volume!, StringComparer.Ordinal);
        return new OptionResilience(option.Name, baseline.Elements.Count, baseline.Intact, outcomes, availability, ProviderSlas.For(scenario, option))
        {
            MonthlyCostUsd = Cost.CostModel.Monthly(scenario, option, volumes).Sum(line => line.MonthlyUsd),
        };
    }

    private static List<FlowOutcome> Outcomes(Scenario scenario, IReadOnlyList<FlowPath> intact, IReadOnlyList<FlowPath> now, List<double> offered,
        DesignOption option, FailoverTimers timers)
    {
        var load = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int f = 0; f < now.Count; f++)
        {
            foreach (var use in now[f].Loads)
            {
                load[use.Key] = load.GetValueOrDefault(use.Key) + offered[f];
            }
        }
        var outcomes = new List<FlowOutcome>(now.Count);
        for (int f = 0; f < now.Count; f++)
        {
            var (before, after) = (intact[f], now[f]);
            bool lost = before.Reached && !after.Reached;
            double carried = after.Reached
                ? after.Loads.Select(u => load[u.Key] > u.BitsPerSecond ? u.BitsPerSecond / load[u.Key] : 1.0).DefaultIfEmpty(1.0).Min()
                : 0;
            SimTime? outage = !after.Reached ? null : Failover(before, after, option, timers);
            SimTime? latency = after.Reached && before.Reached ? after.Propagation - before.Propagation : null;
            outcomes.Add(new FlowOutcome(scenario.Traffic[f].Name, after.Reached, lost, after.Describe(), offered[f], offered[f] * (1 - carried), latency, outage));
        }
        return outcomes;
    }

    /// <summary>
    /// A flow whose path changed is down until every router on its old path has noticed the failure: the slowest
    /// detection among the failed hops of the old path (a VXC's session by BFD or hold timer, a VPN tunnel by DPD).
    /// </summary>
    private static SimTime Failover(FlowPath before, FlowPath after, DesignOption option, FailoverTimers timers)
    {
        if (before.Hops.Count == 0 || before.Hops.SequenceEqual(after.Hops, StringComparer.Ordinal))
        {
            return SimTime.Zero;
        }
        // An MVE leaves a transport its probes find dead at its next steering review, whatever BGP has noticed.
        bool steered = option.Mves.Any(m => m.Transports.Any(t => FailureElements.TransportAtom(m, t) == before.Hops[0]));
        if (steered && (after.Hops.Count == 0 || after.Hops[0] != before.Hops[0]))
        {
            return Network.Building.MveSpec.SteeringInterval;
        }
        SimTime worst = SimTime.Zero;
        foreach (string hop in before.Hops.Where(h => !after.Hops.Contains(h, StringComparer.Ordinal)))
        {
            SimTime detection = option.Vxcs.FirstOrDefault(v => v.Name == hop) is { } vxc ? timers.Detection(vxc)
                : option.Vpns.FirstOrDefault(v => Enumerable.Range(0, v.Tunnels).Any(i => v.TunnelElement(i) == hop)) is { } vpn ? FailoverTimers.Detection(vpn)
                : SimTime.Zero;
            worst = detection > worst ? detection : worst;
        }
        return worst;
    }

    private static List<FlowAvailability> FlowAvailabilities(Scenario scenario, List<FlowOutcome> intact, List<FailureSetOutcome> sets, double noneDown)
    {
        double covered = noneDown + sets.Sum(s => s.Probability);
        double leftOut = Math.Max(0, 1 - covered);
        return intact.Select((flow, f) => new FlowAvailability(flow.Flow,
            flow.Reachable ? sets.Where(s => s.Flows[f].Lost).Sum(s => s.Probability) : 1.0, leftOut, Required(scenario, scenario.Traffic[f]))).ToList();
    }

    /// <summary>The strictest availability bound the scenario's requirements put on this demand's flows.</summary>
    private static double? Required(Scenario scenario, Demand demand) =>
        scenario.Requirements.Flows
            .Where(r => r.MinAvailability is not null && r.Selects(demand.Name, demand.QosClass.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(r => r.MinAvailability!.Value).DefaultIfEmpty().Max() is var max && max > 0
            ? max
            : null;
}
