using System.Runtime.CompilerServices;

namespace FabricSim.Engine.Events;

/// <summary>
/// An array-backed 4-ary min-heap of event entries ordered by (time, sequence). A 4-ary heap halves
/// the depth of a binary one and keeps siblings in one cache line, which is what matters for the sift-down that
/// dominates a pop. The array only grows, so steady state allocates nothing.
/// </summary>
/// <remarks>A struct held in a field of its owner, so the hot path reaches the array without another object.</remarks>
internal struct EventHeap<T>
    where T : struct, IEventKey<T>
{
    private const int Arity = 4;
    private T[] _items;
    private int _count;

    public EventHeap(int initialCapacity) => _items = new T[Math.Max(initialCapacity, Arity)];

    public readonly int Count => _count;

    public readonly long PeekTime => _items[0].Time;

    public readonly ref readonly T Peek => ref _items[0];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(in T item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }
        SiftUp(_items, _count++, item);
    }

    /// <summary>Removes and returns the earliest key. Caller checks <see cref="Count"/> first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Pop()
    {
        T first = _items[0];
        int last = --_count;
        if (last > 0)
        {
            SiftDown(_items, last, _items[last]);
        }
        return first;
    }

    /// <summary>Places <paramref name="item"/>, added at <paramref name="index"/>, on its path towards the root.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SiftUp(T[] heap, int index, in T item)
    {
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

    /// <summary>Fills the root, just taken, with <paramref name="moving"/> (the former last of <paramref name="last"/> + 1 keys) sifted down.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SiftDown(T[] heap, int last, T moving)
    {
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

    /// <summary>The keys in no particular order, for moving them to another event set.</summary>
    public readonly ReadOnlySpan<T> Items => _items.AsSpan(0, _count);

    public void Clear() => _count = 0;
}
