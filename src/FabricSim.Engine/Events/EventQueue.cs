using System.Runtime.CompilerServices;

namespace FabricSim.Engine.Events;

/// <summary>
/// Future-event list. Each pending event has a recycled slot; small reference-free <see cref="ScheduledEvent"/> keys
/// (time, sequence, slot) order them. While few are pending the keys live in a 4-ary heap and the slots index a
/// compact table of targets; beyond <see cref="CalendarAbove"/>, where the heap's cache misses dominate, a calendar
/// queue takes over and the slots index a table of <see cref="EventEntry"/> holding key, bucket link and target
/// together. The two give the same order, ties included, so the choice never changes a result. Slots are recycled
/// through a free list, so steady state allocates nothing.
/// </summary>
internal sealed class EventQueue
{
    /// <summary>Pending events above which the calendar takes over (the heap then spans several MB).</summary>
    public const int CalendarAbove = 1 << 16;

    /// <summary>Pending events below which the heap takes back over; far enough below the switch that it never flaps.</summary>
    public const int HeapBelow = 1 << 13;

    // While few events are pending the keys live in this 4-ary heap, kept inline here: it is the hot path of every
    // small simulation. The calendar queue, when present, holds them all instead.
    private ScheduledEvent[] _heap;
    private readonly int _calendarAbove;
    private readonly int _heapBelow;
    private CalendarEventSet? _calendar;
    // The heap's targets: 24 bytes a slot, so a small simulation's table stays in the first-level cache. Sized to
    // the slots only while the heap is in use.
    private EventTarget[] _targets;
    // The calendar's entries, made at its first use: 48 bytes a slot, the price of one cache miss per event served
    // instead of two with a million pending.
    private EventEntry[] _entries = [];
    private int[] _freeSlots;
    private int _freeCount;
    private int _count;

    public EventQueue(int initialCapacity = 1024, int calendarAbove = CalendarAbove, int heapBelow = HeapBelow)
    {
        int capacity = Math.Max(initialCapacity, 4);
        _heap = new ScheduledEvent[capacity];
        _calendarAbove = calendarAbove;
        _heapBelow = heapBelow;
        _targets = new EventTarget[capacity];
        _freeSlots = new int[capacity];
        for (int i = 0; i < capacity; i++)
        {
            _freeSlots[i] = capacity - 1 - i;
        }
        _freeCount = capacity;
    }

    public int Count => _count;

    /// <summary>Whether the calendar queue holds the events now (for tests and benchmarks).</summary>
    public bool UsesCalendar => _calendar is not null;

    /// <summary>The calendar queue while it holds the events (for tests and benchmarks).</summary>
    internal CalendarEventSet? Calendar => _calendar;

    public long PeekTime => _calendar is null ? _heap[0].Time : CalendarPeekTime();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(long time, long sequence, IEventHandler handler, object? payload, long argument)
    {
        if (_freeCount == 0)
        {
            Grow();
        }
        int slot = _freeSlots[--_freeCount];
        if (_calendar is not null)
        {
            PushToCalendar(time, sequence, slot, handler, payload, argument);
            return;
        }
        ref EventTarget target = ref _targets[slot];
        Store(ref target, handler, payload, argument);
        EventHeap.SiftUp(_heap, _count++, new ScheduledEvent { Time = time, Sequence = sequence, Slot = slot });
        if (_count > _calendarAbove)
        {
            SwitchToCalendar();
        }
    }

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
        if (_calendar is not null)
        {
            return TryPopFromCalendar(limit, out time, out sequence, out target);
        }
        var heap = _heap;
        if (_count == 0 || heap[0].Time > limit)
        {
            time = 0;
            sequence = 0;
            target = default;
            return false;
        }
        ScheduledEvent first = heap[0];
        int last = --_count;
        if (last > 0)
        {
            EventHeap.SiftDown(heap, last, heap[last]);
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

    /// <summary>
    /// Slots are recycled, usually for the same handler and often with no payload: skipping stores of an unchanged
    /// reference skips their GC write barriers, a noticeable part of an event's cost.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref EventTarget target, IEventHandler? handler, object? payload, long argument)
    {
        if (!ReferenceEquals(target.Handler, handler))
        {
            target.Handler = handler;
        }
        if (!ReferenceEquals(target.Payload, payload))
        {
            target.Payload = payload;
        }
        target.Argument = argument;
    }

    // The calendar's paths stay out of line, so the heap path of small simulations inlines as it did alone.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long CalendarPeekTime() => _calendar!.PeekTime(_entries);

    /// <summary>Moves every pending event's target from the heap's table into the calendar's entries, with its key.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SwitchToCalendar()
    {
        if (_entries.Length < _targets.Length)
        {
            _entries = new EventEntry[_targets.Length];
        }
        var keys = _heap.AsSpan(0, _count);
        foreach (var key in keys)
        {
            ref EventEntry entry = ref _entries[key.Slot];
            ref EventTarget target = ref _targets[key.Slot];
            Store(ref entry.Target, target.Handler, target.Payload, target.Argument);
            target.Payload = null;
            entry.Time = key.Time;
            entry.Sequence = key.Sequence;
        }
        _calendar = new CalendarEventSet(keys, _entries);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PushToCalendar(long time, long sequence, int slot, IEventHandler handler, object? payload, long argument)
    {
        ref EventEntry entry = ref _entries[slot];
        Store(ref entry.Target, handler, payload, argument);
        entry.Time = time;
        entry.Sequence = sequence;
        _count++;
        _calendar!.Push(new ScheduledEvent { Time = time, Sequence = sequence, Slot = slot }, _entries);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryPopFromCalendar(long limit, out long time, out long sequence, out EventTarget target)
    {
        if (!_calendar!.TryPopDue(limit, _entries, out var first))
        {
            time = 0;
            sequence = 0;
            target = default;
            return false;
        }
        time = first.Time;
        sequence = first.Sequence;
        ref EventEntry entry = ref _entries[first.Slot];
        target = entry.Target;
        if (entry.Target.Payload is not null)
        {
            entry.Target.Payload = null;
        }
        _freeSlots[_freeCount++] = first.Slot;
        if (--_count <= _heapBelow)
        {
            SwitchToHeap();
        }
        return true;
    }

    /// <summary>Back to the heap: the calendar's keys, sifted up in any order, make a heap of the same order.</summary>
    private void SwitchToHeap()
    {
        if (_targets.Length < _entries.Length)
        {
            _targets = new EventTarget[_entries.Length];
        }
        int count = _calendar!.CopyTo(_heap, _entries);
        for (int i = 0; i < count; i++)
        {
            var item = _heap[i];
            ref EventEntry entry = ref _entries[item.Slot];
            Store(ref _targets[item.Slot], entry.Target.Handler, entry.Target.Payload, entry.Target.Argument);
            entry.Target.Payload = null;
            EventHeap.SiftUp(_heap, i, item);
        }
        _calendar = null;
    }

    private void Grow()
    {
        int old = _freeSlots.Length;
        int capacity = old * 2;
        // Only the table in use grows; the other is sized when its structure takes over.
        if (_calendar is null)
        {
            Array.Resize(ref _targets, capacity);
        }
        else
        {
            Array.Resize(ref _entries, capacity);
        }
        Array.Resize(ref _heap, capacity);
        Array.Resize(ref _freeSlots, capacity);
        for (int i = old; i < capacity; i++)
        {
            _freeSlots[_freeCount++] = i;
        }
    }
}
