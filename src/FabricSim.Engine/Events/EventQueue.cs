namespace FabricSim.Engine.Events;

/// <summary>
/// Future-event list: an array-backed 4-ary min-heap of <see cref="ScheduledEvent"/> structs ordered by
/// (time, sequence). A 4-ary heap halves the depth of a binary one and keeps siblings in one cache line pair,
/// which is what matters for the sift-down that dominates a pop. The array only grows; steady state allocates nothing.
/// </summary>
internal sealed class EventQueue
{
    private const int Arity = 4;
    private ScheduledEvent[] _heap;
    private int _count;

    public EventQueue(int initialCapacity = 1024)
    {
        _heap = new ScheduledEvent[Math.Max(initialCapacity, Arity)];
    }

    public int Count => _count;

    public void Push(in ScheduledEvent item)
    {
        if (_count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }
        int index = _count++;
        var heap = _heap;
        while (index > 0)
        {
            int parent = (index - 1) / Arity;
            if (!item.RunsBefore(heap[parent]))
            {
                break;
            }
            heap[index] = heap[parent];
            index = parent;
        }
        heap[index] = item;
    }

    public ref readonly ScheduledEvent Peek() => ref _heap[0];

    /// <summary>Removes the earliest event into <paramref name="first"/>. Caller checks <see cref="Count"/> first.</summary>
    public void Pop(out ScheduledEvent first)
    {
        var heap = _heap;
        first = heap[0];
        int last = --_count;
        if (last == 0)
        {
            heap[0] = default;
            return;
        }
        ScheduledEvent moving = heap[last];
        heap[last] = default; // drop references so pooled payloads are not pinned by the heap
        int index = 0;
        while (true)
        {
            int child = index * Arity + 1;
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

    public void Clear()
    {
        Array.Clear(_heap, 0, _count);
        _count = 0;
    }
}
