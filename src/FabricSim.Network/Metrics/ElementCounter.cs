using FabricSim.Network.Packets;

namespace FabricSim.Network.Metrics;

/// <summary>
/// Counts the packets and bytes that pass a point of a limiter's path (what it is offered, or what it lets through)
/// since the last reset, and hands every packet on unchanged; nothing is allocated per packet.
/// </summary>
internal sealed class ElementCounter(IPacketReceiver downstream) : IPacketReceiver
{
    private readonly IPacketReceiver _downstream = downstream ?? throw new ArgumentNullException(nameof(downstream));

    public long Packets { get; private set; }
    public long Bytes { get; private set; }

    public void Receive(Packet packet)
    {
        Packets++;
        Bytes += packet.FrameBytes;
        _downstream.Receive(packet);
    }

    public void Reset()
    {
        Packets = 0;
        Bytes = 0;
    }
}
