using FabricSim.Engine.Time;

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
}
