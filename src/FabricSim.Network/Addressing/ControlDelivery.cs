using FabricSim.Network.Packets;

namespace FabricSim.Network.Addressing;

/// <summary>
/// A node's local delivery with a control stack in front: control packets go to their protocol endpoint, all other
/// packets to the node's previous receiver (its flow sinks).
/// </summary>
internal sealed class ControlDelivery(PacketPool pool, IPacketReceiver? inner, PacketLedger ledger) : IPacketReceiver
{
    public IPacketReceiver? Inner => inner;

    /// <summary>Puts a control stack in front of <paramref name="node"/>'s local delivery unless it has one.</summary>
    public static void EnsureOn(Topology.Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.LocalDelivery is not ControlDelivery)
        {
            node.LocalDelivery = new ControlDelivery(node.Context.Pool, node.LocalDelivery, node.Context.Ledger);
        }
    }

    public void Receive(Packet packet)
    {
        if (packet.Kind == PacketKind.Control && packet.Control is ControlEnvelope envelope)
        {
            pool.Return(packet);
            envelope.Destination.Deliver(envelope.Message);
            return;
        }
        if (inner is null)
        {
            ledger.Drop(packet, DropReason.NoRoute);
            return;
        }
        inner.Receive(packet);
    }
}
