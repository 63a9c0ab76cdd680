using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Tcp;

/// <summary>
/// One direction of TCP data between two nodes: a sender at <see cref="Client"/> whose segments form flow
/// <see cref="DataFlowId"/>, and a receiver at <see cref="Server"/> whose ACKs form flow <see cref="AckFlowId"/>.
/// Segments enter the network at <c>dataEntry</c> (the client node itself, a VXC or a VPN entrance) and ACKs at
/// <c>ackEntry</c>; both are delivered by the end nodes' flow demultiplexers.
/// </summary>
internal sealed class TcpConnection
{
    public TcpConnection(FabricContext context, string name, TcpOptions options, int dataFlowId, int ackFlowId, Node client, Node server,
        IPacketReceiver dataEntry, IPacketReceiver ackEntry, int trafficClass = 0)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegative(dataFlowId);
        ArgumentOutOfRangeException.ThrowIfNegative(ackFlowId);
        if (dataFlowId == ackFlowId)
        {
            throw new ArgumentException("Data and ACKs need distinct flow ids.", nameof(ackFlowId));
        }
        Name = name;
        Client = client ?? throw new ArgumentNullException(nameof(client));
        Server = server ?? throw new ArgumentNullException(nameof(server));
        DataFlowId = dataFlowId;
        AckFlowId = ackFlowId;
        Sender = new TcpSender(context.Simulator, context.Pool, options, dataFlowId, client.Id, server.Id, dataEntry, trafficClass);
        Receiver = new TcpReceiver(context.Simulator, context.Pool, options, ackFlowId, server.Id, client.Id, ackEntry, trafficClass);
        Demultiplexer(context, server).Register(dataFlowId, Receiver);
        Demultiplexer(context, client).Register(ackFlowId, Sender);
    }

    public string Name { get; }
    public Node Client { get; }
    public Node Server { get; }
    public int DataFlowId { get; }
    public int AckFlowId { get; }
    public TcpSender Sender { get; }
    public TcpReceiver Receiver { get; }

    /// <summary>The node's flow demultiplexer, installed if the node has no local delivery yet.</summary>
    private static FlowDemultiplexer Demultiplexer(FabricContext context, Node node)
    {
        switch (node.LocalDelivery)
        {
            case FlowDemultiplexer existing:
                return existing;
            case Addressing.ControlDelivery { Inner: FlowDemultiplexer behindControl }:
                return behindControl;
            case null:
                var created = new FlowDemultiplexer(context.Ledger);
                node.LocalDelivery = created;
                return created;
            default:
                throw new InvalidOperationException($"{node.Name} delivers locally to a {node.LocalDelivery.GetType().Name}, not a flow demultiplexer.");
        }
    }
}
