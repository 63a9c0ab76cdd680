using FabricSim.Engine.Time;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Validation;

/// <summary>
/// Events that run whatever the traffic: the time-series sampler, BGP keepalives, BFD and MVE SLA probes. They
/// count against run.max_packets like packets do, so a tiny interval is caught by validate instead of hanging the run.
/// </summary>
internal static class PeriodicEvents
{
    /// <summary>The spacing of MVE SLA probes (fixed by the model, see the MVE attachment).</summary>
    private static readonly SimTime MveProbeSpacing = SimTime.FromMilliseconds(10);

    public static (double Events, string Largest) PerReplication(DesignOption option, RunSettings run)
    {
        var sources = new List<(double Events, string What)>
        {
            (Every(run.ProbeInterval, run), $"time-series sampling every {run.ProbeInterval} (run.probe_interval)"),
        };
        var bfdByMcr = option.Mcrs.Where(m => m.Bfd is not null).ToDictionary(m => m.Name, m => m.Bfd!);
        foreach (var vxc in option.Vxcs.Where(v => v.Bgp is not null))
        {
            var session = vxc.Bgp!;
            // Both speakers send keepalives; with BFD both send control packets every interval.
            sources.Add((2 * Every(session.Keepalive, run), $"BGP keepalives every {session.Keepalive} on VXC '{vxc.Name}'"));
            var bfd = session.Bfd ?? (bfdByMcr.TryGetValue(vxc.EndA, out var a) ? a : bfdByMcr.GetValueOrDefault(vxc.EndB));
            if (bfd is { } timing)
            {
                sources.Add((2 * Every(timing.Interval, run), $"BFD every {timing.Interval} on VXC '{vxc.Name}'"));
            }
        }
        foreach (var vpn in option.Vpns.Where(v => v.Bgp is not null))
        {
            sources.Add((2 * vpn.Tunnels * Every(vpn.Bgp!.Keepalive, run), $"BGP keepalives every {vpn.Bgp.Keepalive} on VPN '{vpn.Name}'"));
        }
        foreach (var mve in option.Mves)
        {
            // A probe and its reflection per transport per spacing.
            sources.Add((2 * mve.Transports.Count * Every(MveProbeSpacing, run), $"SLA probes every {MveProbeSpacing} on MVE '{mve.Name}'"));
        }
        var largest = sources.MaxBy(s => s.Events);
        return (sources.Sum(s => s.Events), largest.What);
    }

    private static double Every(SimTime interval, RunSettings run) => run.Duration.TotalSeconds / Math.Max(1e-9, interval.TotalSeconds);
}
