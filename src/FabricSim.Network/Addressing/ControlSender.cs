using FabricSim.Engine.Events;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Addressing;

/// <summary>
/// Puts control messages into packets and onto an adjacency. Control packets belong to a flow id of their own so
/// their losses never count against a measured traffic flow, and travel in class 7 (network control).
/// </summary>
internal sealed class ControlSender
{
    public const int NetworkControlClass = 7;

    /// <summary>IPv4 (20) + TCP (20) headers under a BGP message; BFD runs over UDP but the difference is immaterial.</summary>
    public const int TransportHeaderBytes = 40;

    private readonly Simulator _simulator;
    private readonly PacketPool _pool;

    public ControlSender(Simulator simulator, PacketPool pool, int controlFlowId)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
        ArgumentOutOfRangeException.ThrowIfNegative(controlFlowId);
        ControlFlowId = controlFlowId;
    }

    public int ControlFlowId { get; }

    public long MessagesSent { get; private set; }

    public void Send(L3Adjacency adjacency, IControlEndpoint destination, object message, int messageBytes)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        Packet packet = _pool.Rent();
        packet.Kind = PacketKind.Control;
        packet.Control = new ControlEnvelope(destination, message);
        packet.FlowId = ControlFlowId;
        packet.TrafficClass = NetworkControlClass;
        packet.SizeBytes = TransportHeaderBytes + messageBytes;
        packet.CreatedAt = _simulator.Now;
        packet.SourceNodeId = adjacency.Local.Id;
        packet.DestinationNodeId = adjacency.Remote.Id;
        MessagesSent++;
        adjacency.Send(packet);
    }
}
