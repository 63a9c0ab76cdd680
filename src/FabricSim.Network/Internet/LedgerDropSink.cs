using FabricSim.Network.Packets;

namespace FabricSim.Network.Internet;

/// <summary>Sends discarded packets straight to the run's ledger.</summary>
internal sealed class LedgerDropSink(PacketLedger ledger) : IDropSink
{
    private readonly PacketLedger _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));

    public void Drop(Packet packet, DropReason reason) => _ledger.Drop(packet, reason);
}
