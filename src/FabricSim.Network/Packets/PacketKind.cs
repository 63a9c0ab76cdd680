namespace FabricSim.Network.Packets;

/// <summary>What a packet carries, so transport and control layers can tell their own packets apart.</summary>
internal enum PacketKind : byte
{
    Data,
    Ack,
    Control,
}
