using FabricSim.Engine.Time;

namespace FabricSim.Scenarios.Model;

/// <summary>
/// A failure of a named element (port, MCR, MVE, VXC, VPN, PoP code or backbone link "A-B"), either scheduled
/// (At, For) or random (Mtbf, Mttr, exponential). Options lists the options it applies to: those that have the element.
/// </summary>
public sealed record Failure(
    string Element,
    IReadOnlyList<string> Options,
    SimTime? At,
    SimTime? For,
    SimTime? Mtbf,
    SimTime? Mttr)
{
    public bool IsScheduled => At.HasValue;
}
