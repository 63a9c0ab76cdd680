namespace FabricSim.Network.Topology;

/// <summary>
/// The start times and frame sizes of packets a FIFO transmitter has accepted but not yet begun to send, in order.
/// A growable ring of plain numbers: the packets themselves already sit in the event list under their arrival time.
/// A mutable struct kept in its interface's own fields: use it only in place, never through a copy.
/// </summary>
/// <remarks>
/// The time integral of the number waiting is derived rather than tracked: a packet accepted at t that starts at s
/// waits exactly over [t, s), so ∫ waiting dt over a window is the sum of those intervals clipped to it (Little's law
/// sample-path form). Each acceptance books its whole wait at once and a reading takes back the part still ahead,
/// Σ (s − now) over the packets still waiting, kept as the sum of their starts. Integer nanosecond-packets, so the
/// integral is exact and equals, bit for bit, what a time-weighted average updated at every change of the count
/// accumulates in a double while that stays below 2⁵³.
/// </remarks>
internal struct CommittedDepartures
{
    private Departure[] _ring;
    private int _head;
    private long _sumOfStarts;
    private long _bookedWait;
    private long _windowStart;

    public CommittedDepartures(long windowStart)
    {
        _ring = new Departure[64];
        _windowStart = windowStart;
    }

    public int Count { get; private set; }
    public long Bytes { get; private set; }

    /// <summary>The most packets that waited at once since the window start.</summary>
    public int MaxCount { get; private set; }

    public readonly long FirstStart => _ring[_head].Start;

    /// <summary>Accepts a packet at <paramref name="now"/> that will start at <paramref name="start"/>.</summary>
    public void Add(long now, long start, int frameBytes)
    {
        if (Count == _ring.Length)
        {
            Grow();
        }
        int index = (_head + Count) & (_ring.Length - 1);
        _ring[index] = new Departure(start, frameBytes);
        Count++;
        Bytes += frameBytes;
        _sumOfStarts += start;
        _bookedWait += start - now;
        if (Count > MaxCount)
        {
            MaxCount = Count;
        }
    }

    public void RemoveFirst()
    {
        ref Departure first = ref _ring[_head];
        Bytes -= first.FrameBytes;
        _sumOfStarts -= first.Start;
        _head = (_head + 1) & (_ring.Length - 1);
        Count--;
    }

    /// <summary>
    /// ∫ waiting dt from the window start to <paramref name="now"/>, in packet-nanoseconds; every packet that started
    /// by <paramref name="now"/> must have been removed first.
    /// </summary>
    public readonly long WaitingIntegral(long now) => _bookedWait - (_sumOfStarts - Count * now);

    /// <summary>The time average of the number waiting over the window up to <paramref name="now"/>.</summary>
    public readonly double MeanCount(long now)
    {
        long elapsed = now - _windowStart;
        return elapsed <= 0 ? Count : WaitingIntegral(now) / (double)elapsed;
    }

    /// <summary>Opens a new window at <paramref name="now"/>: the packets still waiting count from now on.</summary>
    public void ResetWindow(long now)
    {
        _windowStart = now;
        _bookedWait = _sumOfStarts - Count * now;
        MaxCount = Count;
    }

    /// <summary>Forgets every waiting packet (a failure at <paramref name="now"/>); the window keeps what they waited until now.</summary>
    public void Clear(long now)
    {
        _bookedWait = WaitingIntegral(now);
        _head = 0;
        Count = 0;
        Bytes = 0;
        _sumOfStarts = 0;
    }

    private void Grow()
    {
        var ring = new Departure[_ring.Length * 2];
        for (int i = 0; i < Count; i++)
        {
            ring[i] = _ring[(_head + i) & (_ring.Length - 1)];
        }
        _ring = ring;
        _head = 0;
    }

    private readonly record struct Departure(long Start, int FrameBytes);
}
