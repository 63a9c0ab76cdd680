using FabricSim.Engine.Time;

namespace FabricSim.Network.Availability;

/// <summary>A stretch without deliveries: from the last packet before it to the first packet after it.</summary>
public readonly record struct OutageInterval(SimTime LastBefore, SimTime FirstAfter)
{
    public SimTime Gap => FirstAfter - LastBefore;
}
