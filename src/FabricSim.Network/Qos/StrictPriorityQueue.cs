using FabricSim.Engine.Time;
using FabricSim.Network.Packets;
using FabricSim.Network.Queues;

namespace FabricSim.Network.Qos;

/// <summary>
/// One FIFO per traffic class; the transmitter always serves the highest non-empty class (7 before 0), so a
/// saturating high class starves the lower ones, as on a real priority queue.
/// </summary>
internal sealed class StrictPriorityQueue : IPacketQueue
{
    private readonly IPacketQueue[] _classes;
    private int _count;

    /// <param name="limitPerClass">Each class's own FIFO limit.</param>
    public StrictPriorityQueue(QueueLimit limitPerClass)
    {
        _classes = new IPacketQueue[Packet.TrafficClassCount];
        for (int c = 0; c < _classes.Length; c++)
        {
            _classes[c] = new DropTailQueue(limitPerClass);
        }
    }

    public int Count => _count;

    public long Bytes
    {
        get
        {
            long sum = 0;
            foreach (var queue in _classes)
            {
                sum += queue.Bytes;
            }
            return sum;
        }
    }

    public int CountOf(int trafficClass) => _classes[trafficClass].Count;

    public bool Enqueue(Packet packet, SimTime now)
    {
        if (!_classes[packet.TrafficClass].Enqueue(packet, now))
        {
            return false;
        }
        _count++;
        return true;
    }

    public Packet? Dequeue(SimTime now)
    {
        if (_count == 0)
        {
            return null;
        }
        for (int c = _classes.Length - 1; c >= 0; c--)
        {
            if (_classes[c].Count != 0)
            {
                _count--;
                return _classes[c].Dequeue(now);
            }
        }
        return null;
    }
}
