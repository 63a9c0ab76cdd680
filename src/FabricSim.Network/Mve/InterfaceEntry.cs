using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Mve;

/// <summary>Hands packets straight to one egress interface: a transport that is a direct link out of the edge.</summary>
internal sealed class InterfaceEntry(NetworkInterface egress) : IPacketReceiver
{
    public NetworkInterface Egress { get; } = egress ?? throw new ArgumentNullException(nameof(egress));

    public void Receive(Packet packet) => Egress.Send(packet);
}
