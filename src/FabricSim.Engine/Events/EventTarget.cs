namespace FabricSim.Engine.Events;

/// <summary>What to call when an event fires, as the queue hands it to the loop.</summary>
internal struct EventTarget
{
    public IEventHandler? Handler;
    public object? Payload;
    public long Argument;
}
