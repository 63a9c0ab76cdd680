namespace FabricSim.Engine.Events;

/// <summary>
/// One pending event while the calendar queue holds them: what to call, its key, and the link of the bucket it waits
/// in. Key, link and target share one entry, so that with a million events pending, serving an event misses the cache
/// on one entry rather than on a bucket node and again on a separate table of targets.
/// </summary>
internal struct EventEntry
{
    public EventTarget Target;
    public long Time;
    public long Sequence;
    /// <summary>The next entry in the same calendar bucket, or -1.</summary>
    public int Next;
}
