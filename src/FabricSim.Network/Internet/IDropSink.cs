using FabricSim.Network.Packets;

namespace FabricSim.Network.Internet;

/// <summary>
/// Where a stage of an Internet path or tunnel discards a packet. Usually the run's <see cref="PacketLedger"/>; a
/// tunnel interposes its own so that a packet split into fragments is counted lost exactly once.
/// </summary>
internal interface IDropSink
{
    void Drop(Packet packet, DropReason reason);
}
