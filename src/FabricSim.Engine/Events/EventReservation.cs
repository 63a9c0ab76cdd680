namespace FabricSim.Engine.Events;

/// <summary>
/// The place among equal-time events that an event scheduled at the moment of reserving would have taken. A model that
/// knows an event's time early but keeps it out of the event list until it is next due (a link's packets in flight,
/// one pending at a time) schedules it later with this, and runs in exactly the order it would have.
/// </summary>
public readonly record struct EventReservation(long Sequence);
