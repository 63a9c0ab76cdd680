namespace FabricSim.Engine.Events;

/// <summary>What to call when an event fires; stored once per event in a recycled slot beside the heap.</summary>
internal struct EventTarget
{
    public IEventHandler? Handler;
    public object? Payload;
    public long Argument;
}
