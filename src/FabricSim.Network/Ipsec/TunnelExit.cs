using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Ipsec;

/// <summary>Where ESP packets leave the VPN at one end: reassemble fragments, strip ESP and hand the inner packet to the endpoint node.</summary>
internal sealed class TunnelExit(IpsecVpnConnection connection, Node endpoint) : IPacketReceiver
{
    private readonly FragmentReassembly _reassembly = connection.Reassembly;

    public void Receive(Packet packet)
    {
        IpsecTunnel tunnel = connection.TunnelById(packet.TunnelId);
        if (!tunnel.IsUp)
        {
            _reassembly.Drop(packet, DropReason.Failure);
            return;
        }
        if (_reassembly.IsFragment(packet))
        {
            Packet? whole = _reassembly.Arrived(packet);
            if (whole is null)
            {
                return;
            }
            packet = whole;
        }
        tunnel.PacketsDelivered++;
        packet.EncapsulationBytes = 0;
        packet.TunnelId = 0;
        endpoint.Receive(packet);
    }
}
