using FabricSim.Network.Packets;

namespace FabricSim.Network.Tests.Tcp;

/// <summary>
/// Drops the data segment starting at one sequence number the first time it passes, as a single wire loss, or the
/// first few times (its retransmissions lost too).
/// </summary>
internal sealed class DropOneSegment(IPacketReceiver next, PacketPool pool, long sequence, int times = 1) : IPacketReceiver
{
    private int _dropped;

    public void Receive(Packet packet)
    {
        if (_dropped < times && packet.Kind == PacketKind.Data && packet.Sequence == sequence)
        {
            _dropped++;
            pool.Return(packet);
            return;
        }
        next.Receive(packet);
    }
}
