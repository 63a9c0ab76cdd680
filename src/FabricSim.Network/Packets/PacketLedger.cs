namespace FabricSim.Network.Packets;

/// <summary>
/// Where discarded packets go: counts each drop by reason, per flow and in total, then recycles the packet.
/// Per-flow counts only include packets created at or after <see cref="CountFrom"/> (the end of warm-up), so loss
/// ratios compare like with like with the per-flow sinks.
/// </summary>
internal sealed class PacketLedger
{
    private static readonly int ReasonCount = Enum.GetValues<DropReason>().Length;
    private readonly PacketPool _pool;
    private readonly long[] _totals = new long[ReasonCount];
    private long[] _perFlow = new long[64 * ReasonCount];

    public PacketLedger(PacketPool pool)
    {
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
    }

    public long CountFrom { get; set; }

    public void Drop(Packet packet, DropReason reason)
    {
        _totals[(int)reason]++;
        if (packet.CreatedAt.Nanoseconds >= CountFrom)
        {
            int index = packet.FlowId * ReasonCount + (int)reason;
            if (index >= _perFlow.Length)
            {
                Array.Resize(ref _perFlow, Math.Max(index + 1, _perFlow.Length * 2));
            }
            _perFlow[index]++;
        }
        _pool.Return(packet);
    }

    public long Total(DropReason reason) => _totals[(int)reason];

    public long TotalAllReasons()
    {
        long sum = 0;
        foreach (long count in _totals)
        {
            sum += count;
        }
        return sum;
    }

    public long ForFlow(int flowId, DropReason reason)
    {
        int index = flowId * ReasonCount + (int)reason;
        return index < _perFlow.Length ? _perFlow[index] : 0;
    }

    public long ForFlow(int flowId)
    {
        long sum = 0;
        for (int r = 0; r < ReasonCount; r++)
        {
            sum += ForFlow(flowId, (DropReason)r);
        }
        return sum;
    }

    /// <summary>Forgets per-flow counts (end of warm-up); totals keep counting from the start.</summary>
    public void ResetFlows(long countFrom)
    {
        Array.Clear(_perFlow);
        CountFrom = countFrom;
    }
}
