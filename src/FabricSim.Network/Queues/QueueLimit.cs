namespace FabricSim.Network.Queues;

/// <summary>How much a FIFO may hold: a packet count, a byte count, or both (whichever is reached first).</summary>
public readonly record struct QueueLimit(int MaxPackets, long MaxBytes)
{
    public static QueueLimit Packets(int maxPackets) => new(maxPackets, long.MaxValue);

    public static QueueLimit InBytes(long maxBytes) => new(int.MaxValue, maxBytes);

    public static readonly QueueLimit Unlimited = new(int.MaxValue, long.MaxValue);

    public bool Admits(int waitingPackets, long waitingBytes, int frameBytes) =>
        waitingPackets < MaxPackets && waitingBytes + frameBytes <= MaxBytes;
}
