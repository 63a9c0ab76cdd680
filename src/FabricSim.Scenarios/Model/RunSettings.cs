using FabricSim.Engine.Time;

namespace FabricSim.Scenarios.Model;

/// <summary>How long and how often to simulate each option, and the budget that keeps a run affordable.</summary>
public sealed record RunSettings(
    SimTime Duration,
    SimTime WarmUp,
    ulong Seed,
    int Replications,
    SimTime ProbeInterval,
    long MaxPackets)
{
    public const long DefaultMaxPackets = 2_000_000_000;
}
