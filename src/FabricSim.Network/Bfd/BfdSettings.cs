using FabricSim.Engine.Time;
using FabricSim.Network.Access;

namespace FabricSim.Network.Bfd;

/// <summary>
/// Asynchronous-mode BFD timing: control packets every <see cref="Interval"/>; the session goes down when nothing
/// arrives for <see cref="Multiplier"/> intervals (the detection time).
/// </summary>
public readonly record struct BfdSettings(SimTime Interval, int Multiplier)
{
    /// <summary>300 ms × 3, as on AWS Direct Connect, ExpressRoute MSEEs and Megaport MCRs.</summary>
    public static BfdSettings Default { get; } = new(SimTime.FromMilliseconds(300), 3);

    public SimTime DetectionTime => Interval * Multiplier;

    /// <summary>
    /// What the cloud's edge runs when BFD is enabled: Google Cloud Router's minimum and default is 1000 ms × 5
    /// (RouterBgpPeerBfd: intervals 1000–30000 ms, default 1000; multiplier 5–16, default 5;
    /// cloud.google.com/python/docs/reference/compute/latest/google.cloud.compute_v1.types.RouterBgpPeerBfd, read
    /// 2026-12-03); AWS Direct Connect and ExpressRoute MSEEs 300 ms × 3.
    /// </summary>
    public static BfdSettings For(CspProvider provider) =>
        provider == CspProvider.GoogleCloudInterconnect ? new BfdSettings(SimTime.FromMilliseconds(1000), 5) : Default;
}
