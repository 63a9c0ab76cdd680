namespace FabricSim.Engine.Events;

/// <summary>One entry of the future-event list: a struct so the heap is a flat array with no per-event object.</summary>
internal struct ScheduledEvent
{
    public long Time;
    public long Sequence;
    public IEventHandler Handler;
    public object? Payload;
    public long Argument;

    /// <summary>Earlier time first; at equal times the earlier-scheduled event first, so ties run FIFO.</summary>
    public readonly bool RunsBefore(in ScheduledEvent other) =>
        Time < other.Time || (Time == other.Time && Sequence < other.Sequence);
}
