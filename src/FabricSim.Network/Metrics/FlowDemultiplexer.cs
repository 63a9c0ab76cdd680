using FabricSim.Network.Packets;

namespace FabricSim.Network.Metrics;

/// <summary>Hands packets delivered to a node to the receiver registered for their flow.</summary>
internal sealed class FlowDemultiplexer : IPacketReceiver
{
    private readonly PacketLedger _ledger;
    private IPacketReceiver?[] _byFlow = new IPacketReceiver?[16];

    public FlowDemultiplexer(PacketLedger ledger)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
    }

    public void Register(int flowId, IPacketReceiver receiver)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(flowId);
        ArgumentNullException.ThrowIfNull(receiver);
        if (flowId >= _byFlow.Length)
        {
            Array.Resize(ref _byFlow, Math.Max(flowId + 1, _byFlow.Length * 2));
        }
        _byFlow[flowId] = receiver;
    }

    public void Receive(Packet packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        int flow = packet.FlowId;
        IPacketReceiver? receiver = (uint)flow < (uint)_byFlow.Length ? _byFlow[flow] : null;
        if (receiver is null)
        {
            _ledger.Drop(packet, DropReason.NoRoute);
            return;
        }
        receiver.Receive(packet);
    }
}
