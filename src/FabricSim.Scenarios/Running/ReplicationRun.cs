using FabricSim.Engine.Time;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Running;

/// <summary>Builds and runs one replication of one option.</summary>
internal sealed record ReplicationRun(ReplicationOutcome Outcome, IReadOnlyList<DemandFlows> DemandFlows)
{
    /// <summary>Simulated time advanced between cancellation checks.</summary>
    private static readonly SimTime Slice = SimTime.FromSeconds(1);

    public static ReplicationRun Execute(Scenario scenario, DesignOption option, ulong seed, int replication, CancellationToken cancellation)
    {
        var assembler = new OptionAssembler(scenario, option, seed, replication);
        var fabric = assembler.Assemble();
        var vpns = VpnAttachment.Attach(fabric, option);
        vpns.ScheduleFailures(scenario, option);
        RandomFailures.Start(fabric, scenario, option);
        var bgp = BgpAttachment.Attach(fabric, scenario, option, assembler);
        var mves = MveAttachment.Attach(fabric, scenario, option, bgp);
        var outages = OutageMonitors.Attach(fabric, scenario, assembler.DemandFlows);
        var tcp = TcpAttachment.Attach(fabric, scenario, vpns, assembler.TcpFlows, routed: bgp is not null);
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
        var measured = fabric.Measure();
        var measurements = measured with { Flows = [.. measured.Flows, .. tcp.Measure()] };
        var outage = outages.Measure(measurements.Flows.Select(f => f.Flow), fabric.WarmUp, end);
        string lookingGlass = (bgp is null ? string.Empty : Network.Bgp.LookingGlass.Dump(bgp)) + mves.SteeringLog();
        return new ReplicationRun(new ReplicationOutcome(measurements, outage, lookingGlass), assembler.DemandFlows);
    }
}
