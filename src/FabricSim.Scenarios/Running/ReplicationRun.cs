using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Scenarios.Descriptions;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Running;

/// <summary>Builds and runs one replication of one option.</summary>
internal sealed record ReplicationRun(ReplicationOutcome Outcome, IReadOnlyList<DemandFlows> DemandFlows)
{
    /// <summary>What a flow-level evaluation could not capture; empty for a simulated replication.</summary>
    public IReadOnlyList<string> Caveats { get; init; } = [];

    /// <summary>Simulated time advanced between cancellation checks.</summary>
    private static readonly SimTime Slice = SimTime.FromSeconds(1);

    public static ReplicationRun Execute(Scenario scenario, DesignOption option, ulong seed, int replication, CancellationToken cancellation)
    {
        var fabric = OptionDescription.Of(scenario, option).Build(seed, replication);
        SimTime end = scenario.Run.Duration;
        for (SimTime t = SimTime.Min(Slice, end); ; t = SimTime.Min(t + Slice, end))
        {
            cancellation.ThrowIfCancellationRequested();
            fabric.Run(t);
            if (t >= end)
            {
                break;
            }
        }
        var measurements = fabric.Measure();
        var outage = fabric.OutageSeconds(measurements.Flows.Select(f => f.Flow), end);
        return new ReplicationRun(new ReplicationOutcome(measurements, outage, fabric.LookingGlass()) { LateRouteAt = fabric.LateRouteAt }, fabric.DemandFlows);
    }
}
