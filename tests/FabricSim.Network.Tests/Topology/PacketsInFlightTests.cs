using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Packets;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Topology;

/// <summary>
/// A link keeps only its next arrival in the event list and the rest of its packets in flight beside it. Packets sent
/// back to back over a 1 Gbps link with 20 ms of fibre: 1500 B every 12 µs, about 1,667 on the fibre at once.
/// </summary>
public sealed class PacketsInFlightTests
{
    private static readonly DataRate Gigabit = DataRate.Parse("1Gbps");
    private static readonly SimTime Fibre = SimTime.FromMilliseconds(20);

    private static Built.Fabric Build(FabricBuilder builder) => builder
        .AddNode("A", NodeKind.Host).AddNode("B", NodeKind.Host)
        .AddLink("l", "A", "B", Gigabit, Fibre)
        .AddConstantBitRateFlow("f", "A", "B", Gigabit, new FixedPacketSize(1500))
        .Build();

    [Fact]
    public void A_full_link_holds_one_event_whatever_it_carries()
    {
        var fabric = Build(new FabricBuilder(1));
        fabric.Run(SimTime.FromMilliseconds(30));

        var forward = fabric.Link("l").Forward;
        // 20 ms of fibre / 12 µs per frame ≈ 1,667 frames on it; the source's next emission and the arrival are pending.
        Assert.InRange(forward.InFlight, 1_660, 1_670);
        Assert.InRange(fabric.Simulator.PendingEvents, 1, 4);
        // Every packet still lands one serialization plus the fibre after it was sent.
        var sink = fabric.SinkOf("f");
        Assert.Equal(Fibre.Nanoseconds + 12_000, sink.Delay.Min);
        Assert.Equal(Fibre.Nanoseconds + 12_000, sink.Delay.Max);
    }

    /// <summary>
    /// 1.5 Gbit/s offered: the queue fills (1,000 packets, 12 ms) behind the fibre's 1,667. A failure of 1 ms loses all
    /// of them; the first packet sent after the recovery lands 20.012 ms later, 11 ms before the last lost one was
    /// due, neither held behind the lost ones nor counted with them.
    /// </summary>
    [Fact]
    public void After_a_short_failure_new_packets_overtake_the_lost_ones_unharmed()
    {
        SimTime failAt = SimTime.FromMilliseconds(50);
        var fabric = new FabricBuilder(2)
            .AddNode("A", NodeKind.Host).AddNode("B", NodeKind.Host)
            .AddLink("l", "A", "B", Gigabit, Fibre)
            .AddConstantBitRateFlow("f", "A", "B", DataRate.Parse("1.5Gbps"), new FixedPacketSize(1500))
            .FailLink("l", failAt, SimTime.FromMilliseconds(1))
            .Build();
        var forward = fabric.Link("l").Forward;
        int onLinkAtFailure = -1;
        fabric.Simulator.ScheduleAt(failAt - SimTime.FromNanoseconds(1), () => onLinkAtFailure = forward.InFlight + forward.WaitingPackets);
        // The sink counts what is sent from the recovery on; the lost packets were due until 50 + 12 + 20 = 82 ms.
        fabric.Simulator.ScheduleAt(failAt + SimTime.FromMilliseconds(1), () => fabric.SinkOf("f").Reset());
        fabric.Run(SimTime.FromMilliseconds(100));

        var sink = fabric.SinkOf("f");
        var ledger = fabric.Context.Ledger;
        Assert.InRange(onLinkAtFailure, 1_660 + 990, 1_670 + 1_000);
        Assert.Equal(onLinkAtFailure, ledger.Total(DropReason.Failure));
        Assert.Equal(onLinkAtFailure, fabric.Failures.History[0].PacketsLost);
        Assert.Equal(Fibre.Nanoseconds + 12_000, sink.Delay.Min);
        // Arrivals from 71.012 ms to 100 ms at one per 12 µs.
        Assert.InRange(sink.PacketsReceived, (100_000 - 71_012) / 12 - 1, (100_000 - 71_012) / 12 + 1);
    }
}
