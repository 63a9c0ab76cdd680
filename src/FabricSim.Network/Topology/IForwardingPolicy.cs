using FabricSim.Network.Packets;

namespace FabricSim.Network.Topology;

/// <summary>Chooses the egress interface for a transit packet; null means no route.</summary>
internal interface IForwardingPolicy
{
    NetworkInterface? SelectEgress(Packet packet);
}
