using FabricSim.Engine.Time;

namespace FabricSim.Network.Bgp;

/// <summary>
/// Default MinRouteAdvertisementInterval (MRAI) by peer type: the least time between two advertisement runs to one
/// peer (RFC 4271 §9.2.1.1). RFC 4271 §10 suggests 30 s for eBGP and 5 s for iBGP; Cisco IOS uses the same defaults
/// ("neighbor advertisement-interval": 30 s external, 5 s internal; Cisco IOS in a Nutshell, O'Reilly,
/// oreilly.com/library/view/cisco-ios-in/0596008694/re629.html), as do HPE Aruba AOS-CX switches
/// (support.hpe.com, Aruba 8400 10.01 command reference, "neighbor advertisement-interval"); all read 2026-12-04.
/// Megaport (MCR) and the clouds' edge routers publish no value, so their sessions take the RFC's.
/// </summary>
internal static class AdvertisementIntervals
{
    public static SimTime External { get; } = SimTime.FromSeconds(30);

    public static SimTime Internal { get; } = SimTime.FromSeconds(5);

    /// <summary>The default for a session between two ASes (<paramref name="internalPeer"/> false) or within one.</summary>
    public static SimTime For(bool internalPeer) => internalPeer ? Internal : External;
}
