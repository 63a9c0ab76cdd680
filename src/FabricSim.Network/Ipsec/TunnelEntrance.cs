using FabricSim.Network.Packets;

namespace FabricSim.Network.Ipsec;

/// <summary>
/// Where packets at one end enter the VPN: pick a live tunnel for the flow, encapsulate in ESP (fragmenting first
/// when the inner packet exceeds the tunnel MTU) and queue at that tunnel's gateway.
/// </summary>
internal sealed class TunnelEntrance(IpsecVpnConnection connection, bool fromSite) : IPacketReceiver
{
    private readonly EspEncapsulation _esp = connection.Encapsulation;
    private readonly FragmentReassembly _reassembly = connection.Reassembly;
    private readonly PacketPool _pool = connection.Context.Pool;

    public void Receive(Packet packet)
    {
        IpsecTunnel? tunnel = connection.SelectTunnel(packet.FlowId, fromSite);
        if (tunnel is null)
        {
            connection.Context.Ledger.Drop(packet, DropReason.NoRoute);
            return;
        }
        if (!tunnel.IsUp)
        {
            connection.Context.Ledger.Drop(packet, DropReason.Failure);
            return;
        }
        var gateway = fromSite ? tunnel.GatewayFromSite : tunnel.GatewayFromCloud;
        packet.TunnelId = tunnel.Id;
        int size = packet.SizeBytes;
        int fragments = _esp.FragmentCount(size);
        if (fragments == 1)
        {
            packet.EncapsulationBytes = _esp.WireBytes(size) - size;
            gateway.Receive(packet);
            return;
        }
        // The first fragment keeps the inner packet's size for end-to-end accounting; its encapsulation is set so the
        // frame is the fragment's ESP packet (negative when the fragment is much shorter than the inner packet).
        _reassembly.Expect(packet, fragments);
        packet.EncapsulationBytes = _esp.WireBytes(_esp.FragmentBytes(size, 0)) - size;
        long headId = packet.Id;
        int flowId = packet.FlowId;
        int trafficClass = packet.TrafficClass;
        var createdAt = packet.CreatedAt;
        int sourceId = packet.SourceNodeId;
        int destinationId = packet.DestinationNodeId;
        gateway.Receive(packet);
        for (int i = 1; i < fragments; i++)
        {
            Packet tail = _pool.Rent();
            int tailBytes = _esp.FragmentBytes(size, i);
            tail.Kind = PacketKind.Control;
            tail.Control = FragmentReassembly.TailMarker;
            tail.Acknowledgement = headId;
            tail.FlowId = flowId;
            tail.TrafficClass = trafficClass;
            tail.CreatedAt = createdAt;
            tail.SourceNodeId = sourceId;
            tail.DestinationNodeId = destinationId;
            tail.TunnelId = tunnel.Id;
            tail.SizeBytes = tailBytes;
            tail.EncapsulationBytes = _esp.WireBytes(tailBytes) - tailBytes;
            gateway.Receive(tail);
        }
    }
}
