using FabricSim.Engine.Time;

namespace FabricSim.Network.Building;

/// <summary>
/// A failure of the element named <see cref="Element"/> (a VXC, port, MCR, MVE, PoP, VPN or backbone link "A-B"):
/// scheduled at <see cref="At"/> for <see cref="For"/> (for ever when null), or random with exponential
/// <see cref="Mtbf"/> and <see cref="Mttr"/> when <see cref="At"/> is null.
/// </summary>
public sealed record FailureSpec(string Element, SimTime? At = null, SimTime? For = null, SimTime? Mtbf = null, SimTime? Mttr = null)
{
    /// <summary>How long a scheduled failure without a duration lasts: beyond any run.</summary>
    public static readonly SimTime Permanently = SimTime.FromSeconds(365 * 86_400.0);

    public bool IsScheduled => At.HasValue;
}
