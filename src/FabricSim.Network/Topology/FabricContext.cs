using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Topology;

/// <summary>What every model object of one simulation run shares: the clock, the packet pool, the drop ledger, the RNG.</summary>
internal sealed class FabricContext
{
    public FabricContext(ulong seed, int replication)
    {
        Simulator = new Simulator();
        Pool = new PacketPool();
        Ledger = new PacketLedger(Pool);
        Random = new RandomStreams(seed, replication);
    }

    public Simulator Simulator { get; }
    public PacketPool Pool { get; }
    public PacketLedger Ledger { get; }
    public RandomStreams Random { get; }

    /// <summary>Every id in the fabric comes from here.</summary>
    public IdAllocator Ids { get; } = new();
}
