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

    /// <summary>The receiver now registered for <paramref name="flowId"/>, so an observer can wrap it rather than replace it.</summary>
    public IPacketReceiver? RegisteredFor(int flowId) =>
        flowId >= 0 && flowId < _byFlow.Length ? _byFlow[flowId] : null;

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
