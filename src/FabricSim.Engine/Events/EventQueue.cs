using System.Runtime.CompilerServices;

namespace FabricSim.Engine.Events;

/// <summary>
/// Future-event list: an array-backed 4-ary min-heap of small reference-free <see cref="ScheduledEvent"/> keys
/// ordered by (time, sequence), plus a slot table holding each event's handler and payload. A 4-ary heap halves
/// the depth of a binary one and keeps siblings together, which is what matters for the sift-down that dominates
/// a pop. Slots are recycled through a free list, so steady state allocates nothing.
/// </summary>
internal sealed class EventQueue
{
    private const int Arity = 4;
    private ScheduledEvent[] _heap;
    private EventTarget[] _targets;
    private int[] _freeSlots;
    private int _freeCount;
    private int _count;

    public EventQueue(int initialCapacity = 1024)
    {
        int capacity = Math.Max(initialCapacity, Arity);
        _heap = new ScheduledEvent[capacity];
        _targets = new EventTarget[capacity];
        _freeSlots = new int[capacity];
        for (int i = 0; i < capacity; i++)
        {
            _freeSlots[i] = capacity - 1 - i;
        }
        _freeCount = capacity;
    }

    public int Count => _count;

    public long PeekTime => _heap[0].Time;

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
        int index = _count++;
        var heap = _heap;
        while (index > 0)
        {
            int parent = (index - 1) >> 2;
            if (!item.RunsBefore(heap[parent]))
            {
                break;
            }
            heap[index] = heap[parent];
            index = parent;
        }
        heap[index] = item;
    }

    /// <summary>Removes the earliest event. Caller checks <see cref="Count"/> first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Pop(out long time, out long sequence, out EventTarget target)
    {
        var heap = _heap;
        ScheduledEvent first = heap[0];
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

        int last = --_count;
        if (last == 0)
        {
            return;
        }
        ScheduledEvent moving = heap[last];
        int index = 0;
        while (true)
        {
            int child = (index << 2) + 1;
            if (child >= last)
            {
                break;
            }
            int best = child;
            int end = Math.Min(child + Arity, last);
            for (int c = child + 1; c < end; c++)
            {
                if (heap[c].RunsBefore(heap[best]))
                {
                    best = c;
                }
            }
            if (!heap[best].RunsBefore(moving))
            {
                break;
            }
            heap[index] = heap[best];
            index = best;
        }
        heap[index] = moving;
    }

    private void Grow()
    {
        int old = _heap.Length;
        int capacity = old * 2;
        Array.Resize(ref _heap, capacity);
        Array.Resize(ref _targets, capacity);
        Array.Resize(ref _freeSlots, capacity);
        for (int i = old; i < capacity; i++)
        {
            _freeSlots[_freeCount++] = i;
        }
    }
}
