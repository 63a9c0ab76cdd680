using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Traffic;

/// <summary>
/// A unidirectional stream of packets from one node to another. Sources stamp its identity on every packet and
/// hand the packet to <see cref="Entry"/>: the source node itself, or a VXC/tunnel entrance in front of it.
/// </summary>
internal sealed class TrafficFlow
{
    public TrafficFlow(int id, string name, Node source, Node destination, int trafficClass)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegative(trafficClass);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(trafficClass, Packet.TrafficClassCount);
        Id = id;
        Name = name;
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Destination = destination ?? throw new ArgumentNullException(nameof(destination));
        TrafficClass = trafficClass;
        Entry = source;
    }

    public int Id { get; }
    public string Name { get; }
    public Node Source { get; }
    public Node Destination { get; }
    public int TrafficClass { get; }

    /// <summary>The virtual circuit or tunnel the flow rides in (0 for none); stamped on its packets.</summary>
    public int TunnelId { get; set; }

    public IPacketReceiver Entry { get; set; }

    /// <summary>Packets emitted in total and since the measurement window opened.</summary>
    public long PacketsSent { get; private set; }
    public long PacketsSentMeasured { get; private set; }
    public long BytesSentMeasured { get; private set; }
    private long _nextSequence;
    private long _measureFrom;

    /// <summary>Rents, stamps and injects one packet of <paramref name="sizeBytes"/> at <paramref name="now"/>.</summary>
    public Packet Emit(PacketPool pool, Engine.Time.SimTime now, int sizeBytes)
    {
        ArgumentNullException.ThrowIfNull(pool);
        Packet packet = pool.Rent();
        packet.FlowId = Id;
        packet.TrafficClass = TrafficClass;
        packet.SizeBytes = sizeBytes;
        packet.CreatedAt = now;
        packet.SourceNodeId = Source.Id;
        packet.DestinationNodeId = Destination.Id;
        packet.FlowSequence = _nextSequence++;
        packet.TunnelId = TunnelId;
        PacketsSent++;
        if (now.Nanoseconds >= _measureFrom)
        {
            PacketsSentMeasured++;
            BytesSentMeasured += sizeBytes;
        }
        return packet;
    }

    internal void ResetMeasurement(long measureFrom)
    {
        _measureFrom = measureFrom;
        PacketsSentMeasured = 0;
        BytesSentMeasured = 0;
    }

    public override string ToString() => $"{Name} ({Source.Name} → {Destination.Name}, class {TrafficClass})";
}
