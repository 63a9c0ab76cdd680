namespace FabricSim.Engine.Events;

/// <summary>
/// Something that reacts when its scheduled event fires. Long-lived model objects (links, sources, timers)
/// implement it once, so scheduling never allocates a closure on the hot path.
/// </summary>
public interface IEventHandler
{
    /// <param name="payload">The object given at scheduling time (a pooled packet, say), or null.</param>
    /// <param name="argument">A number given at scheduling time: an event kind, an index, a generation count.</param>
    void OnEvent(object? payload, long argument);
}
