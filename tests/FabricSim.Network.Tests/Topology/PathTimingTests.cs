using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Packets;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Topology;

/// <summary>Store-and-forward arithmetic, exact to the nanosecond.</summary>
public sealed class PathTimingTests
{
    [Fact]
    public void Single_packet_over_three_hops_takes_sum_of_serialization_and_propagation()
    {
        const int bytes = 1234;
        var rates = new[] { DataRate.Parse("10Gbps"), DataRate.Parse("1Gbps"), DataRate.Parse("2.5Gbps") };
        var delays = new[] { SimTime.FromMicroseconds(1000), SimTime.Parse("3333333ns"), SimTime.FromMicroseconds(500) };
        var fabric = new FabricBuilder(1)
            .AddNode("A", NodeKind.Host).AddNode("R1", NodeKind.PopSwitch).AddNode("R2", NodeKind.PopSwitch).AddNode("B", NodeKind.Host)
            .AddLink("l1", "A", "R1", rates[0], delays[0])
            .AddLink("l2", "R1", "R2", rates[1], delays[1])
            .AddLink("l3", "R2", "B", rates[2], delays[2])
            .AddConstantBitRateFlow("one", "A", "B", DataRate.Parse("1Mbps"), new FixedPacketSize(bytes), stop: SimTime.FromNanoseconds(1))
            .Build();
        fabric.Run(SimTime.FromSeconds(1));

        // 1234 B × 8 = 9872 bit: 987.2 ns → 988 ns at 10 Gbps (rounded up), 9872 ns at 1 Gbps, 3948.8 → 3949 ns at 2.5 Gbps.
        long expected = 988 + 1_000_000 + 9_872 + 3_333_333 + 3_949 + 500_000;
        var sink = fabric.SinkOf("one");
        Assert.Equal(1, sink.PacketsReceived);
        Assert.Equal(expected, sink.Delay.Min);
        Assert.Equal(expected, sink.Delay.Max);
        Assert.Equal(0, fabric.Context.Pool.Outstanding);
    }

    [Fact]
    public void Back_to_back_packets_leave_one_serialization_apart()
    {
        var fabric = new FabricBuilder(1)
            .AddNode("A", NodeKind.Host).AddNode("B", NodeKind.Host)
            .AddLink("l", "A", "B", DataRate.Parse("1Gbps"), SimTime.FromMilliseconds(1))
            // 2 Gbps offered into 1 Gbps: the second of each pair waits for the first.
            .AddConstantBitRateFlow("burst", "A", "B", DataRate.Parse("2Gbps"), new FixedPacketSize(1500), stop: SimTime.FromMicroseconds(12))
            .Build();
        fabric.Run(SimTime.FromSeconds(1));
        var sink = fabric.SinkOf("burst");
        // Packets created at 0 and 6 µs; arrive at 1.012 ms and 1.024 ms: delays 1.012 and 1.018 ms.
        Assert.Equal(2, sink.PacketsReceived);
        Assert.Equal(1_012_000, sink.Delay.Min);
        Assert.Equal(1_018_000, sink.Delay.Max);
    }

    [Fact]
    public void Packet_larger_than_mtu_is_dropped_as_too_big()
    {
        var fabric = new FabricBuilder(1)
            .AddNode("A", NodeKind.Host).AddNode("B", NodeKind.Host)
            .AddLink("l", "A", "B", DataRate.Parse("1Gbps"), SimTime.FromMilliseconds(1), mtuBytes: 1500)
            .AddConstantBitRateFlow("jumbo", "A", "B", DataRate.Parse("1Mbps"), new FixedPacketSize(9000), stop: SimTime.FromNanoseconds(1))
            .Build();
        fabric.Run(SimTime.FromSeconds(1));
        Assert.Equal(1, fabric.Context.Ledger.Total(DropReason.TooBig));
        Assert.Equal(1, fabric.Link("l").Forward.Counters.TooBigDrops);
    }
}
