using FabricSim.Engine.Time;

namespace FabricSim.Engine.Events;

/// <summary>Identifies one scheduled event so it can be cancelled. Default value refers to no event.</summary>
public readonly record struct EventHandle(SimTime Time, long Sequence)
{
    public bool IsNone => Sequence == 0;
}
