using FabricSim.Engine.Time;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Running;

/// <summary>Builds and runs one replication of one option.</summary>
internal sealed record ReplicationRun(ReplicationOutcome Outcome, IReadOnlyList<DemandFlows> DemandFlows)
{
    /// <summary>Simulated time advanced between cancellation checks.</summary>
    private static readonly SimTime Slice = SimTime.FromSeconds(1);

    /// <summary>A VPN failure takes down its active tunnel; dead-peer detection then moves traffic to the next one.</summary>
    private static void ScheduleVpnFailures(Scenario scenario, DesignOption option, VpnAttachment vpns)
    {
        foreach (var failure in scenario.Failures.Where(f => f.IsScheduled && f.Options.Contains(option.Name)))
        {
            if (vpns.Named(failure.Element) is { } vpn)
            {
                vpn.ScheduleTunnelFailure(0, failure.At!.Value, failure.For ?? SimTime.FromSeconds(365 * 86_400.0));
            }
        }
    }

    public static ReplicationRun Execute(Scenario scenario, DesignOption option, ulong seed, int replication, CancellationToken cancellation)
    {
        var assembler = new OptionAssembler(scenario, option, seed, replication);
        var fabric = assembler.Assemble();
        var vpns = VpnAttachment.Attach(fabric, option);
        ScheduleVpnFailures(scenario, option, vpns);
        RandomFailures.Start(fabric, scenario, option);
        var bgp = BgpAttachment.Attach(fabric, scenario, option, assembler);
        var mves = MveAttachment.Attach(fabric, scenario, option, bgp);
        var outages = OutageMonitors.Attach(fabric, scenario, assembler.DemandFlows);
        var tcp = TcpAttachment.Attach(fabric, scenario, vpns, assembler.TcpFlows);
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
