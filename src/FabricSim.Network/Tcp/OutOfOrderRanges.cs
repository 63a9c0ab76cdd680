namespace FabricSim.Network.Tcp;

/// <summary>
/// Disjoint, sorted byte ranges [start, end) received beyond the next expected byte. Arrays that only grow, so
/// steady-state use allocates nothing; there are few ranges (one per hole), so linear scans are cheapest.
/// </summary>
internal sealed class OutOfOrderRanges
{
    private long[] _starts = new long[16];
    private long[] _ends = new long[16];

    public int Count { get; private set; }
    public long Bytes { get; private set; }

    public void Add(long start, long end)
    {
        int i = 0;
        while (i < Count && _ends[i] < start)
        {
            i++;
        }
        if (i < Count && _starts[i] <= end)
        {
            // Overlaps or touches range i: widen it, then swallow any following ranges it now reaches.
            long newStart = Math.Min(_starts[i], start);
            long newEnd = Math.Max(_ends[i], end);
            Bytes -= _ends[i] - _starts[i];
            int j = i + 1;
            while (j < Count && _starts[j] <= newEnd)
            {
                newEnd = Math.Max(newEnd, _ends[j]);
                Bytes -= _ends[j] - _starts[j];
                j++;
            }
            _starts[i] = newStart;
            _ends[i] = newEnd;
            Bytes += newEnd - newStart;
            RemoveRange(i + 1, j - i - 1);
            return;
        }
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _ends, Count * 2);
        }
        Array.Copy(_starts, i, _starts, i + 1, Count - i);
        Array.Copy(_ends, i, _ends, i + 1, Count - i);
        _starts[i] = start;
        _ends[i] = end;
        Count++;
        Bytes += end - start;
    }

    /// <summary>In-order data now reaches <paramref name="next"/>: absorb the ranges it joins and return the new next byte.</summary>
    public long AdvanceFrom(long next)
    {
        int absorbed = 0;
        while (absorbed < Count && _starts[absorbed] <= next)
        {
            next = Math.Max(next, _ends[absorbed]);
            Bytes -= _ends[absorbed] - _starts[absorbed];
            absorbed++;
        }
        RemoveRange(0, absorbed);
        return next;
    }

    /// <summary>The lowest range, or (0, 0).</summary>
    public (long Start, long End) Lowest => Count == 0 ? (0, 0) : (_starts[0], _ends[0]);

    /// <summary>End of the highest range; 0 when there is none.</summary>
    public long HighestEnd => Count == 0 ? 0 : _ends[Count - 1];

    /// <summary>The range that holds byte <paramref name="position"/>, or (0, 0).</summary>
    public (long Start, long End) RangeHolding(long position)
    {
        for (int i = 0; i < Count && _starts[i] <= position; i++)
        {
            if (position < _ends[i])
            {
                return (_starts[i], _ends[i]);
            }
        }
        return (0, 0);
    }

    /// <summary>The first byte at or after <paramref name="from"/> in no range and below the highest range, or -1: a hole.</summary>
    public long FirstGapFrom(long from)
    {
        for (int i = 0; i < Count; i++)
        {
            if (from < _starts[i])
            {
                return from;
            }
            if (from < _ends[i])
            {
                from = _ends[i];
            }
        }
        return -1;
    }

    /// <summary>The start of the first range beyond <paramref name="position"/>, or <see cref="long.MaxValue"/>.</summary>
    public long NextStartAfter(long position)
    {
        for (int i = 0; i < Count; i++)
        {
            if (_starts[i] > position)
            {
                return _starts[i];
            }
        }
        return long.MaxValue;
    }

    /// <summary>Forgets every range below <paramref name="next"/> (cumulatively acknowledged).</summary>
    public void DropBelow(long next)
    {
        int gone = 0;
        while (gone < Count && _ends[gone] <= next)
        {
            Bytes -= _ends[gone] - _starts[gone];
            gone++;
        }
        RemoveRange(0, gone);
    }

    private void RemoveRange(int index, int count)
    {
        if (count == 0)
        {
            return;
        }
        Array.Copy(_starts, index + count, _starts, index, Count - index - count);
        Array.Copy(_ends, index + count, _ends, index, Count - index - count);
        Count -= count;
    }
}
