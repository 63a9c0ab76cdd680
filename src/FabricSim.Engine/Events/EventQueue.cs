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

    private readonly EventHeap _heap;
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
        _heap = new EventHeap(capacity);
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

    public long PeekTime => _calendar is null ? _heap.PeekTime : _calendar.PeekTime;

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
        _count++;
        if (_calendar is null)
        {
            _heap.Push(item);
            if (_count > _calendarAbove)
            {
                _calendar = new CalendarEventSet(_heap.Items);
                _heap.Clear();
            }
        }
        else
        {
            _calendar.Push(item);
        }
    }

    /// <summary>Removes the earliest event. Caller checks <see cref="Count"/> first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Pop(out long time, out long sequence, out EventTarget target)
    {
        ScheduledEvent first;
        if (_calendar is null)
        {
            first = _heap.Pop();
        }
        else
        {
            first = _calendar.Pop();
            if (_count <= _heapBelow)
            {
                _calendar.DrainTo(_heap);
                _calendar = null;
            }
        }
        _count--;
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
    }

    private void Grow()
    {
        int old = _targets.Length;
        int capacity = old * 2;
        Array.Resize(ref _targets, capacity);
        Array.Resize(ref _freeSlots, capacity);
        for (int i = old; i < capacity; i++)
        {
            _freeSlots[_freeCount++] = i;
        }
    }
}
