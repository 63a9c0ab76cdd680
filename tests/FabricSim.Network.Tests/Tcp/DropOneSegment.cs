using FabricSim.Network.Packets;

namespace FabricSim.Network.Tests.Tcp;

/// <summary>Drops the data segment starting at one sequence number the first time it passes, as a single wire loss.</summary>
internal sealed class DropOneSegment(IPacketReceiver next, PacketPool pool, long sequence) : IPacketReceiver
{
    private bool _dropped;

    public void Receive(Packet packet)
    {
        if (!_dropped && packet.Kind == PacketKind.Data && packet.Sequence == sequence)
        {
            _dropped = true;
            pool.Return(packet);
            return;
        }
        next.Receive(packet);
    }
}
