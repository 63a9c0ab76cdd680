using System.Runtime.CompilerServices;

namespace FabricSim.Engine.Events;

/// <summary>
/// Future-event list: small reference-free <see cref="ScheduledEvent"/> keys ordered by (time, sequence), plus a slot
/// table holding each event's handler and payload. The keys live in a 4-ary heap while few are pending and in a
/// calendar queue beyond <see cref="CalendarAbove"/>, where the heap's cache misses dominate; the two give the same
/// order, ties included, so the choice never changes a result. Slots are recycled through a free list, so steady
/// state allocates nothing.
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
    private EventTarget[] _targets;
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

        var item = new ScheduledEvent { Time = time, Sequence = sequence, Slot = slot };
        if (_calendar is null)
        {
            EventHeap.SiftUp(_heap, _count++, item);
            if (_count > _calendarAbove)
            {
                SwitchToCalendar();
            }
        }
        else
        {
            PushToCalendar(item);
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
        ScheduledEvent first;
        if (_calendar is null)
        {
            var heap = _heap;
            if (_count == 0 || heap[0].Time > limit)
            {
                time = 0;
                sequence = 0;
                target = default;
                return false;
            }
            first = heap[0];
            int last = --_count;
            if (last > 0)
            {
                EventHeap.SiftDown(heap, last, heap[last]);
                // What the next event carries (a packet, on a large fabric seldom still in cache) starts loading
                // while this one runs.
                if (_targets[heap[0].Slot].Payload is { } next)
                {
                    CachePrefetch.LoadObject(next);
                }
            }
        }
        else if (!TryPopFromCalendar(limit, out first))
        {
            time = 0;
            sequence = 0;
            target = default;
            return false;
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
    private long CalendarPeekTime() => _calendar!.PeekTime;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SwitchToCalendar() => _calendar = new CalendarEventSet(_heap.AsSpan(0, _count));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PushToCalendar(in ScheduledEvent item)
    {
        _count++;
        _calendar!.Push(item);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryPopFromCalendar(long limit, out ScheduledEvent first)
    {
        if (!_calendar!.TryPopDue(limit, _targets, out first))
        {
            return false;
        }
        if (--_count <= _heapBelow)
        {
            // Back to the heap: the calendar's keys, sifted up in any order, make a heap of the same order.
            int count = _calendar.CopyTo(_heap);
            for (int i = 1; i < count; i++)
            {
                var item = _heap[i];
                EventHeap.SiftUp(_heap, i, item);
            }
            _calendar = null;
        }
        return true;
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
