using FabricSim.Network.Packets;

namespace FabricSim.Network.Queues;

/// <summary>A FIFO of packets in a power-of-two ring buffer that grows by doubling and never shrinks.</summary>
internal sealed class PacketRing
{
    private Packet?[] _items;
    private int _head;
    private int _count;

    public PacketRing(int initialCapacity = 16)
    {
        _items = new Packet?[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, initialCapacity))];
    }

    public int Count => _count;
    public long Bytes { get; private set; }

    public Packet? Peek() => _count == 0 ? null : _items[_head];

    public void Enqueue(Packet packet)
    {
        if (_count == _items.Length)
        {
            Grow();
        }
        _items[(_head + _count) & (_items.Length - 1)] = packet;
        _count++;
        Bytes += packet.FrameBytes;
    }

    public Packet? Dequeue()
    {
        if (_count == 0)
        {
            return null;
        }
        Packet packet = _items[_head]!;
        _items[_head] = null;
        _head = (_head + 1) & (_items.Length - 1);
        _count--;
        Bytes -= packet.FrameBytes;
        return packet;
    }

    private void Grow()
    {
        var larger = new Packet?[_items.Length * 2];
        for (int i = 0; i < _count; i++)
        {
            larger[i] = _items[(_head + i) & (_items.Length - 1)];
        }
        _items = larger;
        _head = 0;
    }
}
