using FabricSim.Engine.Events;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Policing;

/// <summary>Passes packets that find enough tokens and drops the rest at once (what a provider's ingress policer does).</summary>
internal sealed class Policer : IPacketReceiver
{
    private readonly Simulator _simulator;
    private readonly PacketLedger _ledger;
    private readonly IPacketReceiver _downstream;

    public Policer(Simulator simulator, PacketLedger ledger, TokenBucket bucket, IPacketReceiver downstream)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        Bucket = bucket ?? throw new ArgumentNullException(nameof(bucket));
        _downstream = downstream ?? throw new ArgumentNullException(nameof(downstream));
    }

    public TokenBucket Bucket { get; }
    public long PacketsPassed { get; private set; }
    public long PacketsDropped { get; private set; }

    public void Receive(Packet packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        if (Bucket.TryConsume(_simulator.Now, packet.FrameBytes))
        {
            PacketsPassed++;
            _downstream.Receive(packet);
            return;
        }
        PacketsDropped++;
        _ledger.Drop(packet, DropReason.RateLimit);
    }
}
