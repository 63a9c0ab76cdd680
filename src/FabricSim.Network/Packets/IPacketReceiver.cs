namespace FabricSim.Network.Packets;

/// <summary>Anything a packet can be handed to: a node, a sink, a policer, a tunnel entrance. It takes ownership.</summary>
internal interface IPacketReceiver
{
    void Receive(Packet packet);
}
