using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Queues;

/// <summary>First in, first out; an arrival that would exceed the limit is refused.</summary>
internal sealed class DropTailQueue : IPacketQueue
{
    private readonly PacketRing _ring;

    public DropTailQueue(QueueLimit limit)
    {
        if (limit.MaxPackets < 0 || limit.MaxBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "A queue limit cannot be negative.");
        }
        Limit = limit;
        _ring = new PacketRing(Math.Min(limit.MaxPackets, 1024));
    }

    public QueueLimit Limit { get; }
    public int Count => _ring.Count;
    public long Bytes => _ring.Bytes;

    public bool Enqueue(Packet packet, SimTime now)
    {
        if (!Limit.Admits(_ring.Count, _ring.Bytes, packet.FrameBytes))
        {
            return false;
        }
        _ring.Enqueue(packet);
        return true;
    }

    public Packet? Dequeue(SimTime now) => _ring.Dequeue();
}
