using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using FabricSim.Engine.Time;

namespace FabricSim.Engine.Events;

/// <summary>
/// The discrete-event kernel: a clock and a future-event list. Model objects schedule events on it and react
/// in <see cref="IEventHandler.OnEvent"/>; nothing here knows what is being simulated.
/// </summary>
public sealed class Simulator
{
    private readonly EventQueue _queue = new();
    // Lazy cancellation: a cancelled event stays in the heap and is skipped when it surfaces.
    private readonly HashSet<long> _cancelled = [];
    private long _nextSequence = 1;
    private long _lastTime = long.MinValue;
    private long _lastSequence;
    private bool _stopRequested;

    private long _now;

    public SimTime Now => new(_now);

    /// <summary>Events executed so far (cancelled ones excluded).</summary>
    public long EventsExecuted { get; private set; }

    /// <summary>Events waiting to run, cancelled ones excluded.</summary>
    public int PendingEvents => _queue.Count - _cancelled.Count;

    public EventHandle Schedule(SimTime delay, IEventHandler handler, object? payload = null, long argument = 0)
    {
        if (delay.Nanoseconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "An event cannot be scheduled in the past.");
        }
        ArgumentNullException.ThrowIfNull(handler);
        long time = checked(_now + delay.Nanoseconds);
        long sequence = _nextSequence++;
        _queue.Push(time, sequence, handler, payload, argument);
        return new EventHandle(new SimTime(time), sequence);
    }

    public EventHandle ScheduleAt(SimTime time, IEventHandler handler, object? payload = null, long argument = 0)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (time < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"An event cannot be scheduled before now ({Now}).");
        }
        long sequence = _nextSequence++;
        _queue.Push(time.Nanoseconds, sequence, handler, payload, argument);
        return new EventHandle(time, sequence);
    }

    /// <summary>Takes the next place in the order of equal-time events, for <see cref="ScheduleAt(SimTime, EventReservation, IEventHandler, object?, long)"/>.</summary>
    public EventReservation Reserve() => new(_nextSequence++);

    /// <summary>
    /// Schedules an event in the place <paramref name="reservation"/> took: it runs among events of its time as if it
    /// had been scheduled when reserved. It must still lie ahead of the event running now.
    /// </summary>
    /// <remarks>Every forwarding of a link's next arrival comes here, so it inlines into its callers; the checks' throws stay out of line.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public EventHandle ScheduleAt(SimTime time, EventReservation reservation, IEventHandler handler, object? payload = null, long argument = 0)
    {
        long ns = time.Nanoseconds, sequence = reservation.Sequence;
        if (handler is null || sequence <= 0 || sequence >= _nextSequence || ns < _lastTime || (ns == _lastTime && sequence <= _lastSequence) || ns < _now)
        {
            RefuseReserved(time, reservation, handler);
        }
        _queue.Push(ns, sequence, handler, payload, argument);
        return new EventHandle(time, sequence);
    }

    [MethodImpl(MethodImplOptions.NoInlining), DoesNotReturn]
    private void RefuseReserved(SimTime time, EventReservation reservation, IEventHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (reservation.Sequence <= 0 || reservation.Sequence >= _nextSequence)
        {
            throw new ArgumentOutOfRangeException(nameof(reservation), reservation, "Not a reservation made by this simulator.");
        }
        throw new ArgumentOutOfRangeException(nameof(time), time, $"A reserved event must run after the current one (now {Now}).");
    }

    /// <summary>Convenience for code off the hot path (set-up, failures, control plane): the delegate is the payload.</summary>
    public EventHandle Schedule(SimTime delay, Action action) =>
        Schedule(delay, ActionInvoker.Instance, action ?? throw new ArgumentNullException(nameof(action)));

    public EventHandle ScheduleAt(SimTime time, Action action) =>
        ScheduleAt(time, ActionInvoker.Instance, action ?? throw new ArgumentNullException(nameof(action)));

    /// <summary>Cancels a pending event. Returns false when it already ran, was already cancelled, or is none.</summary>
    public bool Cancel(EventHandle handle)
    {
        if (handle.IsNone || handle.Sequence >= _nextSequence)
        {
            return false;
        }
        // Events leave the heap in strictly increasing (time, sequence) order, so anything at or before the
        // last executed key has already been run or skipped.
        long time = handle.Time.Nanoseconds;
        if (time < _lastTime || (time == _lastTime && handle.Sequence <= _lastSequence))
        {
            return false;
        }
        return _cancelled.Add(handle.Sequence);
    }

    /// <summary>Runs events until the list is empty or <see cref="Stop"/> is called.</summary>
    public void Run() => RunUntil(SimTime.MaxValue);

    /// <summary>
    /// Runs every event at or before <paramref name="end"/>, then sets the clock to <paramref name="end"/>
    /// (unless stopped early or <paramref name="end"/> is <see cref="SimTime.MaxValue"/>).
    /// </summary>
    public void RunUntil(SimTime end)
    {
        _stopRequested = false;
        long endNs = end.Nanoseconds;
        while (!_stopRequested && _queue.TryPopDue(endNs, out long time, out long sequence, out EventTarget target))
        {
            _lastTime = time;
            _lastSequence = sequence;
            if (_cancelled.Count != 0 && _cancelled.Remove(sequence))
            {
                continue;
            }
            _now = time;
            EventsExecuted++;
            target.Handler!.OnEvent(target.Payload, target.Argument);
        }
        if (!_stopRequested && end != SimTime.MaxValue && _now < end.Nanoseconds)
        {
            _now = end.Nanoseconds;
        }
    }

    /// <summary>Asks the running loop to return after the current event.</summary>
    public void Stop() => _stopRequested = true;

    private sealed class ActionInvoker : IEventHandler
    {
        public static readonly ActionInvoker Instance = new();

        public void OnEvent(object? payload, long argument) => ((Action)payload!).Invoke();
    }
}
