using FabricSim.Engine.Time;

namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// How one flow crosses an option with some elements down: the elements it uses in order (VXCs, VPNs, MVE transports),
/// the capacity keys its forward direction loads, and the propagation delay of that path. Reached is false when no
/// path is left; Hops then is empty.
/// </summary>
internal sealed record FlowPath(bool Reached, IReadOnlyList<string> Hops, IReadOnlyList<CapacityUse> Loads, SimTime Propagation)
{
    public static FlowPath Lost { get; } = new(false, [], [], SimTime.Zero);

    public string Describe() => Reached ? string.Join(" > ", Hops) : string.Empty;
}

/// <summary>A rate limit a path's forward direction passes through: Key names the limit and its direction, so two flows meet in it when they share a key.</summary>
internal readonly record struct CapacityUse(string Key, double BitsPerSecond);
