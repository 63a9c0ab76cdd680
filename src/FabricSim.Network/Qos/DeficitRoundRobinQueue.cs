using FabricSim.Engine.Time;
using FabricSim.Network.Packets;
using FabricSim.Network.Queues;

namespace FabricSim.Network.Qos;

/// <summary>
/// Deficit Round Robin (Shreedhar &amp; Varghese 1996) across traffic classes. Each visit adds the class's quantum to
/// its deficit and sends head packets while they fit, so under saturation every backlogged class gets a share of
/// bytes proportional to its weight, whatever its packet sizes. A class with weight 0 is never served.
/// </summary>
internal sealed class DeficitRoundRobinQueue : IPacketQueue
{
    private readonly PacketRing[] _classes;
    private readonly QueueLimit _limitPerClass;
    private readonly long[] _quantumBytes;
    private readonly long[] _deficitBytes;
    private readonly int[] _active = new int[Packet.TrafficClassCount];
    private readonly bool[] _isActive = new bool[Packet.TrafficClassCount];
    private int _activeHead;
    private int _activeCount;
    private int _count;
    private long _bytes;
    private bool _visitStarted;

    /// <param name="weights">Relative weight per traffic class (8 entries).</param>
    /// <param name="baseQuantumBytes">Quantum of weight 1; at least the largest frame so every visit can send.</param>
    public DeficitRoundRobinQueue(IReadOnlyList<double> weights, long baseQuantumBytes, QueueLimit limitPerClass)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != Packet.TrafficClassCount)
        {
            throw new ArgumentException($"DRR needs one weight per traffic class ({Packet.TrafficClassCount}).", nameof(weights));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(baseQuantumBytes, 1);
        _limitPerClass = limitPerClass;
        _classes = new PacketRing[Packet.TrafficClassCount];
        _quantumBytes = new long[Packet.TrafficClassCount];
        _deficitBytes = new long[Packet.TrafficClassCount];
        for (int c = 0; c < _classes.Length; c++)
        {
            if (weights[c] < 0 || double.IsNaN(weights[c]))
            {
                throw new ArgumentOutOfRangeException(nameof(weights), weights[c], "A DRR weight cannot be negative.");
            }
            _classes[c] = new PacketRing(Math.Min(limitPerClass.MaxPackets, 256));
            _quantumBytes[c] = (long)Math.Round(weights[c] * baseQuantumBytes);
        }
    }

    public int Count => _count;
    public long Bytes => _bytes;

    public bool Enqueue(Packet packet, SimTime now)
    {
        int c = packet.TrafficClass;
        var ring = _classes[c];
        if (_quantumBytes[c] == 0 || !_limitPerClass.Admits(ring.Count, ring.Bytes, packet.FrameBytes))
        {
            return false;
        }
        ring.Enqueue(packet);
        _count++;
        _bytes += packet.FrameBytes;
        if (!_isActive[c])
        {
            _isActive[c] = true;
            _deficitBytes[c] = 0;
            _active[(_activeHead + _activeCount) % _active.Length] = c;
            _activeCount++;
        }
        return true;
    }

    public Packet? Dequeue(SimTime now)
    {
        while (_activeCount > 0)
        {
            int c = _active[_activeHead];
            if (!_visitStarted)
            {
                _deficitBytes[c] += _quantumBytes[c];
                _visitStarted = true;
            }
            var ring = _classes[c];
            Packet head = ring.Peek()!;
            if (head.FrameBytes <= _deficitBytes[c])
            {
                ring.Dequeue();
                _deficitBytes[c] -= head.FrameBytes;
                _count--;
                _bytes -= head.FrameBytes;
                if (ring.Count == 0)
                {
                    // An emptied class forfeits its deficit so idle classes cannot bank credit.
                    _deficitBytes[c] = 0;
                    _isActive[c] = false;
                    AdvanceRound(requeue: false);
                }
                return head;
            }
            AdvanceRound(requeue: true);
        }
        return null;
    }

    private void AdvanceRound(bool requeue)
    {
        int c = _active[_activeHead];
        _activeHead = (_activeHead + 1) % _active.Length;
        _activeCount--;
        _visitStarted = false;
        if (requeue)
        {
            _active[(_activeHead + _activeCount) % _active.Length] = c;
            _activeCount++;
        }
    }
}
