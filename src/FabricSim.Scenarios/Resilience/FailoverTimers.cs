using FabricSim.Engine.Time;
using FabricSim.Network.Bfd;
using FabricSim.Network.Bgp;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// The analytic failover model: how long after a failure the routers on both ends of a path have noticed it. A VXC's
/// BGP session notices by BFD when it runs (the two ends agree on the slower interval; the later end detects after
/// that interval times the other end's multiplier, RFC 5880 §6.8.4), else by its hold timer (the smaller of the two
/// ends' hold times, RFC 4271 §4.2). A cloud's edge runs its provider's timers and BFD settings whatever the MCR
/// proposes. A VPN moves off a dead tunnel after its dead-peer-detection timeout. The same settings as the packet run.
/// </summary>
internal sealed class FailoverTimers(DesignOption option, IReadOnlyList<CloudEndpoint> clouds)
{
    /// <summary>The time both ends of the VXC's BGP session take to declare it down.</summary>
    public SimTime Detection(VxcSettings vxc)
    {
        var bfd = Bfd(vxc);
        var (endA, endB) = (Side(vxc, vxc.EndA, bfd), Side(vxc, vxc.EndB, bfd));
        if (endA.Bfd is { } a && endB.Bfd is { } b)
        {
            SimTime agreed = a.Interval > b.Interval ? a.Interval : b.Interval;
            return agreed * Math.Max(a.Multiplier, b.Multiplier);
        }
        return endA.Timers.Hold < endB.Timers.Hold ? endA.Timers.Hold : endB.Timers.Hold;
    }

    /// <summary>
    /// How much earlier than <see cref="Detection(VxcSettings)"/> the session may fall: the last BFD packet or
    /// keepalive before the failure left at a random phase within one interval, so detection lies in
    /// [detection − this, detection].
    /// </summary>
    public SimTime Phase(VxcSettings vxc)
    {
        var bfd = Bfd(vxc);
        var (endA, endB) = (Side(vxc, vxc.EndA, bfd), Side(vxc, vxc.EndB, bfd));
        if (endA.Bfd is { } a && endB.Bfd is { } b)
        {
            return a.Interval > b.Interval ? a.Interval : b.Interval;
        }
        return endA.Timers.Hold < endB.Timers.Hold ? endA.Timers.Keepalive : endB.Timers.Keepalive;
    }

    /// <summary>A VPN's dead-peer detection: how long a dead tunnel keeps its traffic.</summary>
    public static SimTime Detection(Vpn vpn) => vpn.DeadPeerDetection;

    private (BgpTimers Timers, BfdSettings? Bfd) Side(VxcSettings vxc, string end, BfdSettings? bfd)
    {
        if (clouds.FirstOrDefault(c => c.Name == end) is { } cloud)
        {
            var provider = cloud.Provider.Edge();
            return (BgpTimers.For(provider), bfd is null ? null : BfdSettings.For(provider));
        }
        var timers = vxc.Bgp is { } session ? new BgpTimers(session.Keepalive, session.Hold) : BgpTimers.CloudRouter;
        return (timers, bfd);
    }

    /// <summary>BFD runs on a session when its MCR or the session asks for it, unless the session switches it off.</summary>
    private BfdSettings? Bfd(VxcSettings vxc)
    {
        if (vxc.Bgp is { BfdOff: true })
        {
            return null;
        }
        var mcr = option.Mcrs.FirstOrDefault(m => vxc.Touches(m.Name) && m.Bfd is not null);
        return mcr?.Bfd ?? vxc.Bgp?.Bfd;
    }
}
