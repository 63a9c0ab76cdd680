namespace FabricSim.Engine.Events;

/// <summary>
/// One pending event in the queue's table: what to call, its key, and the link of the calendar bucket it waits in.
/// Key, link and target share one entry, so that with a million events pending, serving an event misses the cache on
/// one entry rather than on a bucket node and again on a separate table of targets.
/// </summary>
internal struct EventEntry
{
    public IEventHandler? Handler;
    public object? Payload;
    public long Argument;
    /// <summary>The key, kept here while the calendar holds the events (the heap keeps it in its own keys).</summary>
    public long Time;
    public long Sequence;
    /// <summary>The next entry in the same calendar bucket, or -1; unused while the heap holds the keys.</summary>
    public int Next;
}
