namespace FabricSim.Engine.Events;

/// <summary>
/// A heap entry: only the ordering key and the index of the slot that holds the event's target.
/// Keeping object references out of the heap means sifting copies plain data, with no GC write barriers.
/// </summary>
internal struct ScheduledEvent : IEventKey<ScheduledEvent>
{
    public long Time;
    public long Sequence;
    public int Slot;

    readonly long IEventKey<ScheduledEvent>.Time => Time;

    public readonly bool RunsBefore(in ScheduledEvent other) =>
        Time < other.Time || (Time == other.Time && Sequence < other.Sequence);
}
