using FabricSim.Engine.Time;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.PacketCheck;

/// <summary>
/// Where a packet run's outage of a flow must fall when the timer model says it moves after detection D. Each failed
/// hop of the old path is noticed at a time in [D_h − phase_h, D_h]: BFD's last packet or BGP's last keepalive left at
/// a random phase within one interval (<see cref="FailoverTimers.Phase"/>), dead-peer detection fires exactly its
/// timeout after the failure, an MVE's steering review comes at a random phase within its interval. The flow is down
/// until its last hop is noticed, then until the new routes cross the new path (at most twice its propagation). The
/// outage a packet run reports is the gap between deliveries less one packet spacing, so it is off by up to one
/// spacing of a constant-rate flow either way, or by up to seven mean spacings of a Poisson flow (an exponential gap
/// exceeds 6.9 means once in a thousand).
/// </summary>
internal sealed class OutageWindow(Scenario scenario, DesignOption option)
{
    private const string HopSeparator = " > ";
    private const double CbrSpacings = 1;
    private const double PoissonSpacings = 7;

    private readonly FailoverTimers _timers = new(option, scenario.Clouds);
    private readonly PathPropagation _delay = new(scenario, option);

    public (double Low, double High) For(Demand demand, FlowOutcome intact, FlowOutcome failed)
    {
        var before = Hops(intact.Path);
        var after = Hops(failed.Path);
        double model = failed.Outage?.TotalSeconds ?? 0;
        double earliest = LeftMveTransport(before, after) ? 0
            : before.Where(h => !after.Contains(h, StringComparer.Ordinal)).Select(Earliest).DefaultIfEmpty(0).Max();
        double convergence = 2 * after.Select(Propagation).Sum();
        double spacing = Spacing(demand);
        return (Math.Max(0, earliest - spacing), model + convergence + spacing);
    }

    /// <summary>Whether an MVE steered the flow off its transport, at a review whose phase is random.</summary>
    private bool LeftMveTransport(List<string> before, List<string> after) =>
        before.Count > 0 && option.Mves.Any(m => m.Transports.Any(t => FailureElements.TransportAtom(m, t) == before[0]))
        && (after.Count == 0 || after[0] != before[0]);

    private double Earliest(string hop)
    {
        if (option.Vxcs.FirstOrDefault(v => v.Name == hop) is { } vxc)
        {
            return (_timers.Detection(vxc) - _timers.Phase(vxc)).TotalSeconds;
        }
        return TunnelOf(hop) is { } vpn ? FailoverTimers.Detection(vpn).TotalSeconds : 0;
    }

    private double Propagation(string hop)
    {
        if (option.Vxcs.FirstOrDefault(v => v.Name == hop) is { } vxc)
        {
            return _delay.Vxc(vxc).TotalSeconds;
        }
        return TunnelOf(hop) is { } vpn ? _delay.Vpn(vpn).TotalSeconds : 0;
    }

    /// <summary>The VPN whose tunnel a hop is, if it is one.</summary>
    private Vpn? TunnelOf(string hop) => option.Vpns.FirstOrDefault(v => Enumerable.Range(0, v.Tunnels).Any(i => v.TunnelElement(i) == hop));

    /// <summary>Seconds between a flow's packets, times how many of them a measured gap may be off by.</summary>
    private static double Spacing(Demand demand)
    {
        double seconds = demand.Type == TrafficType.RequestResponse && demand.RequestResponse is { } exchange
            ? exchange.MeanInterval.TotalSeconds
            : demand.Rate is { } rate ? demand.Size.MeanBytes * 8 / rate.BitsPerSecond : 0;
        return seconds * (demand.Type == TrafficType.Cbr ? CbrSpacings : PoissonSpacings);
    }

    private static List<string> Hops(string path) =>
        path.Length == 0 ? [] : [.. path.Split(HopSeparator, StringSplitOptions.None)];
}
