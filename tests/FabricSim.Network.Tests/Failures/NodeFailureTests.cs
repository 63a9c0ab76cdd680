using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Packets;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Failures;

public sealed class NodeFailureTests
{
    [Fact]
    public void Failed_pop_takes_its_links_down_and_traffic_reroutes_around_it_until_it_returns()
    {
        var rate = DataRate.Parse("10Gbps");
        var fabric = new FabricBuilder(81)
            .AddPop("SYD", -33.87, 151.21).AddPop("CBR", -35.28, 149.13).AddPop("MEL", -37.81, 144.96)
            .AddBackboneLink("SYD", "CBR", rate, routeFactor: 1.2)
            .AddBackboneLink("CBR", "MEL", rate, routeFactor: 1.2)
            .AddBackboneLink("SYD", "MEL", rate, routeFactor: 2.0)
            .AddConstantBitRateFlow("f", "SYD", "MEL", DataRate.Parse("120Mbps"))
            .FailNode("CBR", SimTime.FromMilliseconds(300), SimTime.FromMilliseconds(300))
            .Build();
        var viaCanberra = SimTime.Zero;
        var direct = SimTime.Zero;
        long receivedBeforeResets = 0;
        fabric.Simulator.ScheduleAt(SimTime.FromMilliseconds(100), () => viaCanberra = Latest(fabric, ref receivedBeforeResets));
        fabric.Simulator.ScheduleAt(SimTime.FromMilliseconds(500), () => direct = Latest(fabric, ref receivedBeforeResets));
        fabric.Run(SimTime.FromSeconds(1));

        long serialization = rate.TransmissionTime(1500).Nanoseconds;
        var syd = fabric.Node("SYD");
        var cbr = fabric.Node("CBR");
        var mel = fabric.Node("MEL");
        SimTime shortPath = fabric.Link("SYD-CBR").PropagationDelay + fabric.Link("CBR-MEL").PropagationDelay + new SimTime(2 * serialization);
        SimTime longPath = fabric.Link("SYD-MEL").PropagationDelay + new SimTime(serialization);
        Assert.True(longPath > shortPath);
        Assert.Equal(shortPath, viaCanberra);
        Assert.Equal(longPath, direct);
        Assert.True(cbr.IsUp);
        Assert.Equal(3, fabric.Routing.PathBetween(syd, mel).Count);
        var lost = fabric.Failures.History[0].PacketsLost;
        Assert.True(lost > 0);
        Assert.Equal(lost, fabric.Context.Ledger.Total(DropReason.Failure));
        // A path around the failed PoP always exists, so nothing is dropped for want of a route.
        Assert.Equal(0, fabric.Context.Ledger.Total(DropReason.NoRoute));
        Assert.True(receivedBeforeResets + fabric.SinkOf("f").PacketsReceived > 9_000);
    }

    /// <summary>The one-way delay of the most recent arrival: the sink's max since a reset just before.</summary>
    private static SimTime Latest(Fabric fabric, ref long received)
    {
        var sink = fabric.SinkOf("f");
        received += sink.PacketsReceived;
        var value = new SimTime(sink.Delay.Max);
        sink.Reset();
        return value;
    }
}
