namespace FabricSim.Engine.Events;

/// <summary>
/// An event as the calendar queue holds it: its key and what to call together. A pending event far in a large
/// calendar is read once, when its bucket comes into service; beside its key in the same cache lines, its target costs
/// nothing more, where a separate slot table costs a second miss per event.
/// </summary>
internal struct CalendarEntry : IEventKey<CalendarEntry>
{
    public long Time;
    public long Sequence;
    public IEventHandler? Handler;
    public object? Payload;
    public long Argument;

    readonly long IEventKey<CalendarEntry>.Time => Time;

    public readonly bool RunsBefore(in CalendarEntry other) =>
        Time < other.Time || (Time == other.Time && Sequence < other.Sequence);
}
