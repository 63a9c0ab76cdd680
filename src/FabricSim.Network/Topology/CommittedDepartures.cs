namespace FabricSim.Network.Topology;

/// <summary>
/// The start times and frame sizes of packets a FIFO transmitter has accepted but not yet begun to send, in order.
/// A growable ring of plain numbers: the packets themselves already sit in the event list under their arrival time.
/// </summary>
internal sealed class CommittedDepartures
{
    private long[] _starts = new long[64];
    private int[] _frameBytes = new int[64];
    private int _head;

    public int Count { get; private set; }
    public long Bytes { get; private set; }

    public long FirstStart => _starts[_head];

    public void Add(long start, int frameBytes)
    {
        if (Count == _starts.Length)
        {
            Grow();
        }
        int index = (_head + Count) & (_starts.Length - 1);
        _starts[index] = start;
        _frameBytes[index] = frameBytes;
        Count++;
        Bytes += frameBytes;
    }

    public void RemoveFirst()
    {
        Bytes -= _frameBytes[_head];
        _head = (_head + 1) & (_starts.Length - 1);
        Count--;
    }

    public void Clear()
    {
        _head = 0;
        Count = 0;
        Bytes = 0;
    }

    private void Grow()
    {
        var starts = new long[_starts.Length * 2];
        var sizes = new int[_starts.Length * 2];
        for (int i = 0; i < Count; i++)
        {
            int index = (_head + i) & (_starts.Length - 1);
            starts[i] = _starts[index];
            sizes[i] = _frameBytes[index];
        }
        _starts = starts;
        _frameBytes = sizes;
        _head = 0;
    }
}
