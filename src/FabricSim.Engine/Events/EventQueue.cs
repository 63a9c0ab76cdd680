using System.Runtime.CompilerServices;

namespace FabricSim.Engine.Events;

/// <summary>
/// Future-event list ordered by (time, sequence): small reference-free <see cref="ScheduledEvent"/> keys in a 4-ary
/// heap, beside a slot table holding each event's handler and payload. Beyond <see cref="CalendarAbove"/> pending,
/// where a heap's cache misses dominate, a calendar queue holds the events ahead of the bucket being served and the
/// heap only that bucket's; the order is the heap's alone either way, ties included, so the choice never changes a
/// result. Slots and the calendar's blocks are recycled through free lists, so steady state allocates nothing.
/// </summary>
internal sealed class EventQueue
{
    /// <summary>Pending events above which the calendar takes over (the heap then spans several MB).</summary>
    public const int CalendarAbove = 1 << 16;

    /// <summary>Pending events below which the heap takes back over; far enough below the switch that it never flaps.</summary>
    public const int HeapBelow = 1 << 13;

    // The heap and its slots are the hot path of every simulation, kept inline here; with a calendar they hold the
    // bucket being served.
    private ScheduledEvent[] _heap;
    private readonly int _calendarAbove;
    private readonly int _heapBelow;
    private readonly int _calendarLargestAim;
    private CalendarEventSet? _calendar;
    private CalendarEntry[] _scratch = [];
    private EventTarget[] _targets;
    private int[] _freeSlots;
    private int _freeCount;
    private int _heapCount;

    /// <param name="calendarLargestAim">The calendar's largest aim per bucket; tests lower it with the switch points, so small queues walk many buckets.</param>
    public EventQueue(int initialCapacity = 1024, int calendarAbove = CalendarAbove, int heapBelow = HeapBelow,
        int calendarLargestAim = CalendarEventSet.DefaultEventsPerBucket)
    {
        int capacity = Math.Max(initialCapacity, 4);
        _heap = new ScheduledEvent[capacity];
        _calendarAbove = calendarAbove;
        _heapBelow = heapBelow;
        _calendarLargestAim = calendarLargestAim;
        _targets = new EventTarget[capacity];
        _freeSlots = new int[capacity];
        for (int i = 0; i < capacity; i++)
        {
            _freeSlots[i] = capacity - 1 - i;
        }
        _freeCount = capacity;
    }

    public int Count => _heapCount + (_calendar?.Count ?? 0);

    /// <summary>Whether the calendar queue holds the events now (for tests and benchmarks).</summary>
    public bool UsesCalendar => _calendar is not null;

    /// <summary>The calendar queue while it holds the events (for tests and benchmarks).</summary>
    internal CalendarEventSet? Calendar => _calendar;

    /// <summary>Time of the earliest event. Caller checks <see cref="Count"/> first.</summary>
    public long PeekTime
    {
        get
        {
            if (_heapCount == 0)
            {
                Refill();
            }
            return _heap[0].Time;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(long time, long sequence, IEventHandler handler, object? payload, long argument)
    {
        if (_calendar is not null && _calendar.IsAhead(time))
        {
            PushToCalendar(new CalendarEntry { Time = time, Sequence = sequence, Handler = handler, Payload = payload, Argument = argument });
            return;
        }
        PushToHeap(time, sequence, handler, payload, argument);
        if (_heapCount > _calendarAbove && _calendar is null)
        {
            SwitchToCalendar();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PushToHeap(long time, long sequence, IEventHandler? handler, object? payload, long argument)
    {
        if (_freeCount == 0)
        {
            Grow();
        }
        int slot = _freeSlots[--_freeCount];
        ref EventTarget target = ref _targets[slot];
        // Slots are recycled, usually for the same handler and often with no payload: skipping stores of an unchanged
        // reference skips their GC write barriers, a noticeable part of an event's cost.
        if (!ReferenceEquals(target.Handler, handler))
        {
            target.Handler = handler;
        }
        if (!ReferenceEquals(target.Payload, payload))
        {
            target.Payload = payload;
        }
        target.Argument = argument;
        EventHeap<ScheduledEvent>.SiftUp(_heap, _heapCount++, new ScheduledEvent { Time = time, Sequence = sequence, Slot = slot });
    }

    /// <summary>Takes an event of the bucket the calendar serves into the heap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void AddServed(in CalendarEntry entry) => PushToHeap(entry.Time, entry.Sequence, entry.Handler, entry.Payload, entry.Argument);

    /// <summary>Removes the earliest event. Caller checks <see cref="Count"/> first.</summary>
    public void Pop(out long time, out long sequence, out EventTarget target) =>
        TryPopDue(long.MaxValue, out time, out sequence, out target);

    /// <summary>
    /// Removes the earliest event if it is due at or before <paramref name="limit"/>; false, removing nothing, when
    /// none is. One call per event for the simulator's loop: a separate peek would serve the calendar twice.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPopDue(long limit, out long time, out long sequence, out EventTarget target)
    {
        if (_heapCount == 0 && (_calendar is null || !Refill()))
        {
            time = 0;
            sequence = 0;
            target = default;
            return false;
        }
        var heap = _heap;
        if (heap[0].Time > limit)
        {
            time = 0;
            sequence = 0;
            target = default;
            return false;
        }
        ScheduledEvent first = heap[0];
        int last = --_heapCount;
        if (last > 0)
        {
            EventHeap<ScheduledEvent>.SiftDown(heap, last, heap[last]);
            // What the next event carries (a packet, on a large fabric seldom still in cache) starts loading
            // while this one runs.
            if (_targets[heap[0].Slot].Payload is { } next)
            {
                CachePrefetch.LoadObject(next);
            }
        }
        time = first.Time;
        sequence = first.Sequence;
        ref EventTarget slot = ref _targets[first.Slot];
        target = slot;
        // Release the payload so a pooled packet is not pinned by the table; handlers are long-lived anyway.
        if (slot.Payload is not null)
        {
            slot.Payload = null;
        }
        _freeSlots[_freeCount++] = first.Slot;
        return true;
    }

    // The calendar's paths stay out of line, so the heap path of small simulations inlines as it did alone.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PushToCalendar(in CalendarEntry item)
    {
        _calendar!.Push(item);
        if (_calendar.NeedsRebuild)
        {
            // The population outgrew the table (as while a simulation fills up): re-dimension now, before it is served.
            RebuildCalendar();
        }
    }

    private void RebuildCalendar()
    {
        var events = TakeAll();
        _calendar!.Rebuild(events);
        events.Clear();
    }

    /// <summary>
    /// The heap ran empty: the calendar's next bucket comes in, after a re-dimensioning the calendar asked for; with
    /// few events left the heap takes them all back. False when nothing is pending.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Refill()
    {
        var calendar = _calendar!;
        if (calendar.Count == 0)
        {
            return false;
        }
        if (calendar.Count <= _heapBelow)
        {
            SwitchToHeap();
            return true;
        }
        if (calendar.NeedsRebuild)
        {
            RebuildCalendar();
        }
        calendar.ServeNext(this);
        return true;
    }

    /// <summary>
    /// Every pending event, the heap's with their targets (their slots come free) and the calendar's, in no particular
    /// order; the heap is left empty and the calendar must be rebuilt or dropped.
    /// </summary>
    private Span<CalendarEntry> TakeAll()
    {
        int total = Count;
        if (_scratch.Length < total)
        {
            _scratch = new CalendarEntry[total + total / 4];
        }
        int n = 0;
        for (int i = 0; i < _heapCount; i++)
        {
            var key = _heap[i];
            ref EventTarget target = ref _targets[key.Slot];
            _scratch[n++] = new CalendarEntry { Time = key.Time, Sequence = key.Sequence, Handler = target.Handler, Payload = target.Payload, Argument = target.Argument };
            target.Payload = null;
            _freeSlots[_freeCount++] = key.Slot;
        }
        _heapCount = 0;
        if (_calendar is not null)
        {
            n += _calendar.CopyTo(_scratch.AsSpan(n));
        }
        return _scratch.AsSpan(0, n);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SwitchToCalendar()
    {
        var events = TakeAll();
        _calendar = new CalendarEventSet(events, _calendarLargestAim);
        events.Clear();
    }

    /// <summary>Back to the heap: the calendar's keys, sifted up in any order, make a heap of the same order.</summary>
    private void SwitchToHeap()
    {
        var events = TakeAll();
        _calendar = null;
        foreach (ref readonly CalendarEntry entry in events)
        {
            AddServed(entry);
        }
        events.Clear();
    }

    private void Grow()
    {
        int old = _targets.Length;
        int capacity = old * 2;
        Array.Resize(ref _targets, capacity);
        Array.Resize(ref _heap, capacity);
        Array.Resize(ref _freeSlots, capacity);
        for (int i = old; i < capacity; i++)
        {
            _freeSlots[_freeCount++] = i;
        }
    }
}
