using System.Numerics;
using System.Runtime.CompilerServices;

namespace FabricSim.Engine.Events;

/// <summary>
/// A calendar queue (R. Brown, CACM 1988) for large pending counts, where a heap's sift-downs miss the cache at every
/// level: time is cut into buckets of 2^shift ns over a window of a power-of-two number of buckets; an event lands in
/// its bucket's unsorted list in O(1); only the bucket being served is ordered, in a small heap, so the exact
/// (time, sequence) order of the heap it replaces is kept, ties included. Events beyond the window wait in an
/// overflow heap and move into the calendar as the window slides over them. The bucket width follows the density
/// of pending events and is re-chosen when buckets run mostly empty or crowded.
/// </summary>
internal sealed class CalendarEventSet
{
    /// <summary>Events per bucket aimed at: few enough that ordering a bucket is cheap, enough that few are empty.</summary>
    private const double EventsPerBucket = 3;

    /// <summary>Pops between checks of how well the width fits, and the empty-bucket and crowding rates that re-tune it.</summary>
    private const int TuneInterval = 1 << 16;
    private const double EmptyBucketsPerPop = 4;
    private const double CrowdedPerBucket = 32;

    /// <summary>Events per bucket at which a growing population re-dimensions the table: four times the aim, so it happens about once per eightfold growth.</summary>
    private const double GrowAtPerBucket = 4 * EventsPerBucket;

    private EventHeap _current = new(64);
    private EventHeap _overflow = new(1024);
    private ScheduledEvent[] _scratch = [];
    // A bucket's list links nodes holding the key and the next node's index together, so walking it costs one cache
    // miss per event rather than one in a key array and another in a link array. Nodes hold no target: one 48-byte
    // entry of key, link, handler and payload per event cut simulated cache misses per event by 30 % at 10^6 pending
    // (callgrind), yet ran the hold model about 15 % slower there than these 32-byte nodes beside a targets table,
    // whose entries a served bucket prefetches in parallel.
    private BucketNode[] _nodes = new BucketNode[1024];
    private int[] _freeNodes = new int[1024];
    private int _freeCount;
    private int _nodeCount;
    private int[] _heads = [];
    private int _mask;
    private int _shift;
    private long _currentBucket;
    private int _inBuckets;
    private long _pops;
    private long _advances;
    private long _transferred;

    public CalendarEventSet(ReadOnlySpan<ScheduledEvent> events) => Rebuild(events);

    public int Count => _current.Count + _inBuckets + _overflow.Count;

    /// <summary>Width of a bucket, in ns (for tests and benchmarks).</summary>
    public long BucketWidth => 1L << _shift;

    public int BucketCount => _heads.Length;

    /// <summary>Times the width was re-chosen since the set was made (for tests and benchmarks).</summary>
    public int Rebuilds { get; private set; }

    /// <summary>Events waiting beyond the window, in the overflow heap (for tests and benchmarks).</summary>
    public int OverflowCount => _overflow.Count;

    /// <summary>Over the last tuning interval: buckets walked per pop, and events per bucket served (for tests and benchmarks).</summary>
    public (double AdvancesPerPop, double EventsPerBucket) LastInterval { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(in ScheduledEvent item)
    {
        long bucket = item.Time >> _shift;
        if (bucket <= _currentBucket)
        {
            _current.Push(item);
        }
        else if (bucket - _currentBucket <= _mask)
        {
            Link(item, (int)(bucket & _mask));
        }
        else
        {
            _overflow.Push(item);
        }
    }

    /// <summary>Time of the earliest event. Caller checks <see cref="Count"/> first.</summary>
    public long PeekTime
    {
        get
        {
            Serve([]);
            return _current.PeekTime;
        }
    }

    /// <summary>Removes and returns the earliest event. Caller checks <see cref="Count"/> first.</summary>
    public ScheduledEvent Pop()
    {
        TryPopDue(long.MaxValue, [], out var first);
        return first;
    }

    /// <summary>
    /// Removes the earliest event if it is due at or before <paramref name="limit"/>; false, removing nothing, when
    /// none is. <paramref name="targets"/> is the table the keys' slots index: a bucket taken into service starts
    /// loading its events' entries, which would otherwise be a cache miss each when they run.
    /// </summary>
    public bool TryPopDue(long limit, EventTarget[] targets, out ScheduledEvent item)
    {
        Serve(targets);
        if (_current.PeekTime > limit)
        {
            item = default;
            return false;
        }
        if (++_pops == TuneInterval)
        {
            Tune();
            Serve(targets);
        }
        item = _current.Pop();
        if (_current.Count > 0 && (uint)_current.Peek.Slot < (uint)targets.Length &&
            targets[_current.Peek.Slot].Payload is { } payload)
        {
            // The next event's entry has been loading since its bucket came into service; what it carries (a packet)
            // is the next miss, so start it while this event runs.
            CachePrefetch.LoadObject(payload);
        }
        return true;
    }

    /// <summary>Copies every pending event, in no particular order, to the start of <paramref name="destination"/>; returns how many.</summary>
    public int CopyTo(ScheduledEvent[] destination)
    {
        int n = 0;
        foreach (var item in _current.Items)
        {
            destination[n++] = item;
        }
        foreach (var item in _overflow.Items)
        {
            destination[n++] = item;
        }
        for (int b = 0; b < _heads.Length; b++)
        {
            for (int node = _heads[b]; node >= 0; node = _nodes[node].Next)
            {
                destination[n++] = _nodes[node].Item;
            }
        }
        return n;
    }

    /// <summary>Advances to the next bucket holding events until the current one has some.</summary>
    private void Serve(EventTarget[] targets)
    {
        while (_current.Count == 0)
        {
            if (_inBuckets == 0)
            {
                // Nothing in the window: jump straight to the overflow's earliest instead of walking empty buckets.
                _currentBucket = (_overflow.PeekTime >> _shift) - 1;
            }
            _currentBucket++;
            _advances++;
            int index = (int)(_currentBucket & _mask);
            for (int node = _heads[index]; node >= 0;)
            {
                ref BucketNode entry = ref _nodes[node];
                int next = entry.Next;
                if ((uint)entry.Item.Slot < (uint)targets.Length)
                {
                    CachePrefetch.Load(ref targets[entry.Item.Slot]);
                }
                _current.Push(entry.Item);
                _freeNodes[_freeCount++] = node;
                node = next;
                _inBuckets--;
                _transferred++;
            }
            _heads[index] = -1;
            PrefetchAhead();
            // The window now reaches one bucket further: bring in what the overflow holds for it.
            long windowEnd = _currentBucket + _mask;
            while (_overflow.Count > 0 && (_overflow.PeekTime >> _shift) <= windowEnd)
            {
                var item = _overflow.Pop();
                long bucket = item.Time >> _shift;
                if (bucket <= _currentBucket)
                {
                    _current.Push(item);
                }
                else
                {
                    Link(item, (int)(bucket & _mask));
                }
            }
        }
    }

    /// <summary>
    /// Walking a bucket's list is a chain of cache misses when a million events are pending. The next two buckets'
    /// lists are started now, one node deeper each time: the next bucket's first node was started a transfer ago, so
    /// its second is reachable without waiting; the one after's first node is started fresh.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PrefetchAhead()
    {
        if (!CachePrefetch.IsAvailable)
        {
            return;
        }
        int next = _heads[(int)((_currentBucket + 1) & _mask)];
        if (next >= 0)
        {
            int second = _nodes[next].Next;
            if (second >= 0)
            {
                CachePrefetch.Load(ref _nodes[second]);
            }
        }
        int afterNext = _heads[(int)((_currentBucket + 2) & _mask)];
        if (afterNext >= 0)
        {
            CachePrefetch.Load(ref _nodes[afterNext]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Link(in ScheduledEvent item, int bucket)
    {
        if (_freeCount == 0)
        {
            GrowNodes();
        }
        int node = _freeNodes[--_freeCount];
        ref BucketNode entry = ref _nodes[node];
        entry.Item = item;
        entry.Next = _heads[bucket];
        _heads[bucket] = node;
        if (++_inBuckets > _heads.Length * GrowAtPerBucket)
        {
            // The population outgrew the table (as while a simulation fills up): re-dimension now, not at the next check.
            Retune();
        }
    }

    private void GrowNodes()
    {
        int old = _nodes.Length;
        int capacity = Math.Max(old * 2, 1024);
        Array.Resize(ref _nodes, capacity);
        Array.Resize(ref _freeNodes, capacity);
        for (int i = capacity - 1; i >= _nodeCount; i--)
        {
            _freeNodes[_freeCount++] = i;
        }
        _nodeCount = capacity;
    }

    /// <summary>Re-chooses the width when the last interval walked too many empty buckets or ordered too crowded ones.</summary>
    private void Tune()
    {
        double empty = (double)_advances / _pops;
        double crowd = _advances == 0 ? 0 : (double)_transferred / _advances;
        LastInterval = (empty, crowd);
        _pops = 0;
        _advances = 0;
        _transferred = 0;
        if (empty > EmptyBucketsPerPop || crowd > CrowdedPerBucket)
        {
            Retune();
        }
    }

    private void Retune()
    {
        if (_scratch.Length < Count)
        {
            _scratch = new ScheduledEvent[Count * 2];
        }
        int n = CopyTo(_scratch);
        Rebuild(_scratch.AsSpan(0, n));
        Rebuilds++;
    }

    private void Rebuild(ReadOnlySpan<ScheduledEvent> events)
    {
        _current.Clear();
        _overflow.Clear();
        (_shift, int buckets) = Dimensions(events);
        if (_heads.Length != buckets)
        {
            _heads = new int[buckets];
        }
        Array.Fill(_heads, -1);
        _mask = buckets - 1;
        _inBuckets = 0;
        _freeCount = 0;
        for (int i = _nodeCount - 1; i >= 0; i--)
        {
            _freeNodes[_freeCount++] = i;
        }
        long earliest = long.MaxValue;
        foreach (var item in events)
        {
            earliest = Math.Min(earliest, item.Time);
        }
        _currentBucket = events.IsEmpty ? 0 : (earliest >> _shift) - 1;
        foreach (var item in events)
        {
            Push(item);
        }
    }

    /// <summary>
    /// The bucket width from the density of the earliest pending events (a sample's 10th to 50th percentile, where
    /// the next pops come from), and enough buckets to cover about twice the span that many events take.
    /// </summary>
    private static (int Shift, int Buckets) Dimensions(ReadOnlySpan<ScheduledEvent> events)
    {
        int n = events.Length;
        int buckets = (int)Math.Min(1 << 24, BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * n / EventsPerBucket)));
        if (n < 16)
        {
            return (0, buckets);
        }
        int samples = Math.Min(n, 1024);
        var times = new long[samples];
        for (int i = 0; i < samples; i++)
        {
            times[i] = events[(int)((long)i * n / samples)].Time;
        }
        Array.Sort(times);
        long low = times[samples / 10];
        long high = times[samples / 2];
        double density = 0.4 * n / Math.Max(1, high - low); // events per ns
        double width = EventsPerBucket / density;
        int shift = width <= 1 ? 0 : Math.Min(50, (int)Math.Floor(Math.Log2(width)));
        return (shift, buckets);
    }

    private struct BucketNode
    {
        public ScheduledEvent Item;
        public int Next;
    }
}
