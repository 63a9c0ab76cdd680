using FabricSim.Engine.Time;

namespace FabricSim.Network.Tests.Building;

/// <summary>The per-packet path allocates nothing once pools, queues and histograms have grown to their working size.</summary>
public sealed class SteadyStateAllocationTests
{
    [Fact]
    public void Warmed_up_reference_chain_allocates_no_bytes_per_packet()
    {
        var fabric = ReferenceChain.Build(0.95, seed: 3, replication: 0, warmUp: SimTime.Zero);
        fabric.Run(SimTime.FromMilliseconds(500));
        long packetsBefore = fabric.Flows[0].PacketsSent;
        long createdBefore = fabric.Context.Pool.Created;
        long before = GC.GetAllocatedBytesForCurrentThread();
        fabric.Run(SimTime.FromMilliseconds(1500));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long packets = fabric.Flows[0].PacketsSent - packetsBefore;
        Assert.True(packets > 50_000);
        // The only growth left is the pool meeting a new peak of packets in flight (a 112-byte packet now and then).
        long newPackets = fabric.Context.Pool.Created - createdBefore;
        Assert.True(allocated <= newPackets * 128, $"{allocated} bytes for {packets} packets, {newPackets} new packet objects");
        Assert.True(allocated / (double)packets < 0.05, $"{allocated} bytes for {packets} packets");
    }
}
