using System.Numerics;
using System.Runtime.CompilerServices;

namespace FabricSim.Engine.Events;

/// <summary>
/// A calendar queue (R. Brown, CACM 1988) for large pending counts, where a heap's sift-downs miss the cache at every
/// level: time is cut into buckets of 2^shift ns over a window of a power-of-two number of buckets; an event ahead of
/// the bucket being served is appended to its bucket, unsorted, in O(1). Only the bucket being served is ordered:
/// <see cref="ServeNext"/> hands it whole to the event queue's heap, which then holds every event up to that bucket's
/// end, so the order is the heap's alone, ties included. Events beyond the window wait in an overflow heap and move in
/// as the window slides over them. The bucket width follows the density of pending events and is re-chosen when
/// buckets run mostly empty or crowded.
/// </summary>
/// <remarks>
/// Buckets are wide (a thousandth of the pending events, up to 4,096) and keep their events as whole entries (key and
/// target) in blocks of <see cref="BlockSize"/>. With a million events pending, a calendar of a few events per bucket
/// (as Brown's) costs every event two or three cache misses: its bucket's head when pushed, its list node and its
/// target table entry when served. Here a push appends to one of a few thousand blocks still filling, which stay in
/// cache; a served bucket is read block by block in order, which the processor streams in; and its events' heap and
/// slots are a bucket's worth, again in cache. The cost is a heap of hundreds or thousands of events per pop instead
/// of a handful, a few cached levels.
/// </remarks>
internal sealed class CalendarEventSet
{
    /// <summary>
    /// Events per bucket aimed at, at most: a served bucket's heap stays in the processor's second-level cache (a
    /// bucket of 16,384 ran the hold model at 10^6 pending no faster than buckets of a few events).
    /// </summary>
    public const int DefaultEventsPerBucket = 4096;

    /// <summary>
    /// Below the largest aim, a bucket aims at 1/<see cref="BucketsAimed"/> of the pending events, so the window keeps
    /// about eight thousand buckets whose filling blocks stay in cache, and a smaller population (which fits the cache
    /// anyway) a shallower served heap. Measured on the hold model at 10^5 and 10^6 pending: 1/1,024 ran 12.5 and
    /// 8.5 M events/s, 1/256 9–10.5 and 7–8, 1/4,096 8 and 7.
    /// </summary>
    private const int BucketsAimed = 1024;

    /// <summary>The fewest events per bucket aimed at, so a small calendar still serves buckets worth a transfer.</summary>
    private const int SmallestAim = 16;

    /// <summary>The window spans this many times the time the pending events take at the density of the earliest, so
    /// few wait in the overflow heap (e^-8 of an exponential hold's).</summary>
    private const double WindowSpans = 8;

    /// <summary>Entries per block: 2.5 KB read in order when served, written in order as it fills.</summary>
    private const int BlockSize = 64;

    /// <summary>
    /// Events served between checks of how well the width fits, and the events per bucket walked (empty ones included)
    /// below which buckets run mostly empty and, in aims, above which they are crowded: either re-tunes the width.
    /// </summary>
    private const int TuneInterval = 1 << 16;
    private const double SparsePerBucket = 0.25;
    private const double CrowdedTimesAim = 3;

    /// <summary>Growth since the last re-dimensioning at which a growing population (a simulation filling up) re-dimensions again.</summary>
    private const int GrowthToRebuild = 2;

    private readonly int _largestAim;
    private int _aim;
    private long _rebuildAbove;

    private EventHeap<CalendarEntry> _overflow = new(1024);
    private CalendarEntry[] _entries = new CalendarEntry[BlockSize * 256];
    private int[] _nextBlock = new int[256];
    private int[] _freeBlocks = new int[256];
    private int _freeCount;
    private int _blockCount;
    private Bucket[] _buckets = [];
    private int _mask;
    private int _shift;
    private long _currentBucket;
    private int _inBuckets;
    private long _served;
    private long _advances;

    /// <param name="largestAim">The most events per bucket aimed at (<see cref="DefaultEventsPerBucket"/>; tests lower it so small sets walk many buckets).</param>
    public CalendarEventSet(ReadOnlySpan<CalendarEntry> events, int largestAim = DefaultEventsPerBucket)
    {
        _largestAim = largestAim;
        Rebuild(events);
    }

    /// <summary>Events per bucket aimed at since the last re-dimensioning (for tests and benchmarks).</summary>
    public int Aim => _aim;

    public int Count => _inBuckets + _overflow.Count;

    /// <summary>Width of a bucket, in ns (for tests and benchmarks).</summary>
    public long BucketWidth => 1L << _shift;

    public int BucketCount => _buckets.Length;

    /// <summary>Times the width was re-chosen since the set was made (for tests and benchmarks).</summary>
    public int Rebuilds { get; private set; }

    /// <summary>Events waiting beyond the window, in the overflow heap (for tests and benchmarks).</summary>
    public int OverflowCount => _overflow.Count;

    /// <summary>Events served per bucket walked over the last tuning interval (for tests and benchmarks).</summary>
    public double LastEventsPerBucket { get; private set; }

    /// <summary>Set when the width no longer fits the pending events: the owner re-dimensions at the next bucket, with every event it holds.</summary>
    public bool NeedsRebuild { get; private set; }

    /// <summary>Whether an event at <paramref name="time"/> lies beyond the bucket served last, so belongs here rather than in the owner's heap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsAhead(long time) => time >> _shift > _currentBucket;

    /// <summary>Takes an event beyond the bucket served last (<see cref="IsAhead"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(in CalendarEntry item)
    {
        long bucket = item.Time >> _shift;
        if (bucket - _currentBucket <= _mask)
        {
            Append(item, (int)(bucket & _mask));
        }
        else
        {
            _overflow.Push(item);
        }
    }

    /// <summary>
    /// Moves the next bucket holding events into <paramref name="queue"/>'s heap, walking empty ones. Caller checks
    /// <see cref="Count"/> first.
    /// </summary>
    public void ServeNext(EventQueue queue)
    {
        int moved = 0;
        while (moved == 0)
        {
            if (_inBuckets == 0)
            {
                // Nothing in the window: jump straight to the overflow's earliest instead of walking empty buckets.
                _currentBucket = (_overflow.PeekTime >> _shift) - 1;
            }
            _currentBucket++;
            _advances++;
            ref Bucket bucket = ref _buckets[(int)(_currentBucket & _mask)];
            int fill = bucket.Fill;
            int taken = 0;
            for (int block = bucket.Head; block >= 0; fill = BlockSize)
            {
                var entries = _entries.AsSpan(block * BlockSize, fill);
                foreach (ref readonly CalendarEntry entry in entries)
                {
                    queue.AddServed(entry);
                }
                // Free blocks must not keep payloads (pooled packets, actions) reachable.
                entries.Clear();
                taken += fill;
                int next = _nextBlock[block];
                _freeBlocks[_freeCount++] = block;
                block = next;
            }
            _inBuckets -= taken;
            moved += taken;
            bucket = Bucket.Empty;
            // The window now reaches one bucket further: bring in what the overflow holds for it.
            long windowEnd = _currentBucket + _mask;
            while (_overflow.Count > 0 && (_overflow.PeekTime >> _shift) <= windowEnd)
            {
                var item = _overflow.Pop();
                long index = item.Time >> _shift;
                if (index <= _currentBucket)
                {
                    queue.AddServed(item);
                    moved++;
                }
                else
                {
                    Append(item, (int)(index & _mask));
                }
            }
        }
        _served += moved;
        if (_served >= TuneInterval)
        {
            Tune();
        }
    }

    /// <summary>Copies every event held, in no particular order, to the start of <paramref name="destination"/>; returns how many.</summary>
    public int CopyTo(Span<CalendarEntry> destination)
    {
        int n = 0;
        foreach (var item in _overflow.Items)
        {
            destination[n++] = item;
        }
        foreach (var bucket in _buckets)
        {
            int fill = bucket.Fill;
            for (int block = bucket.Head; block >= 0; block = _nextBlock[block], fill = BlockSize)
            {
                _entries.AsSpan(block * BlockSize, fill).CopyTo(destination[n..]);
                n += fill;
            }
        }
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(in CalendarEntry item, int index)
    {
        ref Bucket bucket = ref _buckets[index];
        if (bucket.Fill == BlockSize)
        {
            if (_freeCount == 0)
            {
                GrowBlocks();
            }
            int block = _freeBlocks[--_freeCount];
            _nextBlock[block] = bucket.Head;
            bucket.Head = block;
            bucket.Fill = 0;
        }
        _entries[bucket.Head * BlockSize + bucket.Fill++] = item;
        if (++_inBuckets > _rebuildAbove)
        {
            // The population outgrew the table (as while a simulation fills up): re-dimension at the next bucket, not at the next check.
            NeedsRebuild = true;
        }
    }

    private void GrowBlocks()
    {
        int capacity = Math.Max(_blockCount * 2, 256);
        Array.Resize(ref _entries, capacity * BlockSize);
        Array.Resize(ref _nextBlock, capacity);
        Array.Resize(ref _freeBlocks, capacity);
        for (int i = capacity - 1; i >= _blockCount; i--)
        {
            _freeBlocks[_freeCount++] = i;
        }
        _blockCount = capacity;
    }

    /// <summary>Asks for a new width when the last interval walked too many empty buckets or ordered too crowded ones.</summary>
    private void Tune()
    {
        double perBucket = (double)_served / _advances;
        LastEventsPerBucket = perBucket;
        _served = 0;
        _advances = 0;
        if (perBucket < SparsePerBucket || perBucket > CrowdedTimesAim * _aim)
        {
            NeedsRebuild = true;
        }
    }

    /// <summary>Re-dimensions for <paramref name="events"/> (every event the owner holds, its heap's included) and takes them all.</summary>
    public void Rebuild(ReadOnlySpan<CalendarEntry> events)
    {
        if (_buckets.Length > 0)
        {
            Rebuilds++;
        }
        NeedsRebuild = false;
        _rebuildAbove = Math.Max(1024, (long)events.Length * GrowthToRebuild);
        _overflow.Clear();
        _aim = Math.Min(_largestAim, Math.Max(SmallestAim, events.Length / BucketsAimed));
        (_shift, int buckets) = Dimensions(events, _aim);
        if (_buckets.Length != buckets)
        {
            _buckets = new Bucket[buckets];
        }
        Array.Fill(_buckets, Bucket.Empty);
        _mask = buckets - 1;
        _inBuckets = 0;
        Array.Clear(_entries);
        _freeCount = 0;
        for (int i = _blockCount - 1; i >= 0; i--)
        {
            _freeBlocks[_freeCount++] = i;
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
    /// the next pops come from), and enough buckets to cover <see cref="WindowSpans"/> times the time that many events
    /// take at that density.
    /// </summary>
    private static (int Shift, int Buckets) Dimensions(ReadOnlySpan<CalendarEntry> events, int eventsPerBucket)
    {
        int n = events.Length;
        int buckets = (int)Math.Min(1 << 24, BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, WindowSpans * n / eventsPerBucket)));
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
        double width = eventsPerBucket / density;
        int shift = width <= 1 ? 0 : Math.Min(50, (int)Math.Floor(Math.Log2(width)));
        return (shift, buckets);
    }

    /// <summary>A bucket's newest block, the one still filling, and how full it is; older blocks behind it are full.</summary>
    private struct Bucket
    {
        /// <summary>No block: the next event opens one.</summary>
        public static readonly Bucket Empty = new() { Head = -1, Fill = BlockSize };

        public int Head;
        public int Fill;
    }
}
