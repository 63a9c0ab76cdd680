using FabricSim.Engine.Time;

namespace FabricSim.Scenarios.Resilience;

/// <summary>What a resilience study found for every option: its failure sets, with each flow's fate, and each flow's availability.</summary>
public sealed record ResilienceResult(string ScenarioName, string ScenarioText, int Order, IReadOnlyList<OptionResilience> Options);

/// <summary>
/// One option under every failure set. Intact holds each flow as the option carries it with nothing failed (the
/// baseline the changes are measured from); Sets are in enumeration order.
/// </summary>
public sealed record OptionResilience(
    string Option,
    int ElementCount,
    IReadOnlyList<FlowOutcome> Intact,
    IReadOnlyList<FailureSetOutcome> Sets,
    IReadOnlyList<FlowAvailability> Availability,
    IReadOnlyList<ProviderSla> Slas)
{
    /// <summary>The option's monthly cost in USD, for the availability ladder; null when not priced.</summary>
    public double? MonthlyCostUsd { get; init; }

    /// <summary>The worst failure sets' outages measured by packet runs, when asked for.</summary>
    public IReadOnlyList<PacketOutageCheck> PacketChecks { get; init; } = [];
}

/// <summary>
/// One failure set in one option: the elements down, why it was studied, the probability that exactly these elements
/// are down at a random instant (independent elements, each down MTTR / (MTBF + MTTR) of the time), and every flow.
/// </summary>
public sealed record FailureSetOutcome(string Name, string Reason, IReadOnlyList<string> Elements, double Probability, IReadOnlyList<FlowOutcome> Flows)
{
    /// <summary>The work unit this set was in: options in order, each option's sets in enumeration order.</summary>
    public int Unit { get; init; }

    /// <summary>Flows the option carries intact that this set leaves without a path.</summary>
    public int FlowsLost => Flows.Count(f => f.Lost);

    /// <summary>The longest failover among flows that moved to another path; zero when none moved.</summary>
    public SimTime WorstOutage => Flows.Where(f => f.Outage is not null).Select(f => f.Outage!.Value).DefaultIfEmpty(SimTime.Zero).Max();

    /// <summary>Offered demand, in bit/s, that no longer fits, lost flows included.</summary>
    public double ShortfallBitsPerSecond => Flows.Sum(f => f.ShortfallBitsPerSecond);
}

/// <summary>
/// One flow under one failure set. Lost: carried intact, no path now (its outage lasts until repair, so Outage is
/// null). Outage: the failover time of the analytic timer model when the path changed, zero when it did not.
/// LatencyChange: propagation of the path now minus the intact path's. Shortfall: its offered rate that does not fit
/// the surviving elements' rates, shared in proportion where several flows meet an overfull element.
/// </summary>
public sealed record FlowOutcome(string Flow, bool Reachable, bool Lost, string Path, double OfferedBitsPerSecond, double ShortfallBitsPerSecond,
    SimTime? LatencyChange, SimTime? Outage);

/// <summary>
/// A flow's availability in an option from the enumerated failure sets: Unavailability sums the probability of every
/// set that cuts it; LeftOut is the probability of all the sets not enumerated (at least one more failure), so the
/// true availability lies within [Availability − LeftOut, Availability]. Required is the scenario's bound, if any.
/// </summary>
public sealed record FlowAvailability(string Flow, double Unavailability, double LeftOut, double? Required)
{
    /// <summary>A 730-hour month, as the cost model bills.</summary>
    public const double MinutesPerMonth = 730 * 60;

    public double Availability => 1 - Unavailability;

    public double DowntimeMinutesPerMonth => Unavailability * MinutesPerMonth;

    /// <summary>Whether the bound is met even if every set left out cut the flow; null without a bound.</summary>
    public bool? MeetsRequirement => Required is { } bound ? Availability - LeftOut >= bound : null;

    /// <summary>The same availability sampled over simulated months of random failures, when asked for.</summary>
    public SampledAvailability? MonteCarlo { get; init; }
}

/// <summary>What a provider commits to for the topology an option builds towards one cloud, with the source of the figure.</summary>
public sealed record ProviderSla(string Cloud, string Topology, double? MonthlyUptimePercent, string Citation);
