using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Mve;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Mve;

/// <summary>A class's preferred transport is tried first, ahead of the edge's own (cheapest-first) order.</summary>
public sealed class PreferredTransportTests
{
    [Fact]
    public void A_class_preferring_the_second_transport_starts_there_leaves_it_when_it_fails_the_thresholds_and_returns()
    {
        var builder = new FabricBuilder(seed: 5);
        builder.AddNode("mve", NodeKind.SdWanEdge);
        builder.AddNode("dc", NodeKind.CustomerRouter);
        builder.AddLink("internet", "mve", "dc", DataRate.FromMegabitsPerSecond(100), SimTime.FromMilliseconds(25));
        builder.AddLink("vxc", "mve", "dc", DataRate.FromMegabitsPerSecond(100), SimTime.FromMilliseconds(20));
        var fabric = builder.Build();
        var sim = fabric.Simulator;
        var spacing = SdWanSteeringTests.ProbeSpacing;
        var internet = new EmulatedPathProbe(sim, fabric.Context.Random, "internet", spacing, SimTime.FromMilliseconds(25), SimTime.Zero, 0);
        var vxc = new EmulatedPathProbe(sim, fabric.Context.Random, "vxc", spacing, SimTime.FromMilliseconds(20), SimTime.Zero, 0);
        var video = new ApplicationClass("video", 4, MaxLossRatio: 0.01, MaxLatency: SimTime.FromMilliseconds(100), PreferredTransport: "vxc");
        var edge = new SdWanEdge(sim,
            [
                new MveTransport("internet", new InterfaceEntry(fabric.Link("internet").Forward), internet),
                new MveTransport("vxc", new InterfaceEntry(fabric.Link("vxc").Forward), vxc),
            ],
            [video, SdWanSteeringTests.Bulk], SdWanSteeringTests.ProbeInterval, SteeringHysteresis.Default);
        Assert.Equal("vxc", edge.TransportOf("video").Name);
        Assert.Equal("internet", edge.TransportOf("bulk").Name);

        var lossStarts = SimTime.FromSeconds(5);
        var lossEnds = SimTime.FromSeconds(10);
        vxc.ScheduleConditions(lossStarts, SimTime.FromMilliseconds(20), SimTime.Zero, 1.0);
        vxc.ScheduleConditions(lossEnds, SimTime.FromMilliseconds(20), SimTime.Zero, 0);
        edge.Start();
        fabric.Run(SimTime.FromSeconds(20));

        var changes = edge.Changes.Where(c => c.ApplicationClass == "video").ToList();
        Assert.Equal(2, changes.Count);
        Assert.Equal(("vxc", "internet"), (changes[0].From, changes[0].To));
        Assert.Equal(lossStarts + SdWanSteeringTests.ProbeInterval, changes[0].At);
        Assert.Equal(("internet", "vxc"), (changes[1].From, changes[1].To));
        Assert.Equal(lossEnds + SdWanSteeringTests.ProbeInterval * SteeringHysteresis.Default.RecoveryIntervals, changes[1].At);
        Assert.DoesNotContain(edge.Changes, c => c.ApplicationClass == "bulk");
    }

    [Fact]
    public void A_preferred_transport_the_edge_does_not_have_is_rejected()
    {
        var fabric = new FabricBuilder(seed: 5).AddNode("mve", NodeKind.SdWanEdge).AddNode("dc", NodeKind.CustomerRouter)
            .AddLink("internet", "mve", "dc", DataRate.FromMegabitsPerSecond(100), SimTime.FromMilliseconds(25)).Build();
        var probe = new EmulatedPathProbe(fabric.Simulator, fabric.Context.Random, "internet", SdWanSteeringTests.ProbeSpacing, SimTime.Zero, SimTime.Zero, 0);
        var video = new ApplicationClass("video", 4, 0.01, SimTime.FromMilliseconds(100), PreferredTransport: "vxc");

        var error = Assert.Throws<ArgumentException>(() => new SdWanEdge(fabric.Simulator,
            [new MveTransport("internet", new InterfaceEntry(fabric.Link("internet").Forward), probe)], [video],
            SdWanSteeringTests.ProbeInterval, SteeringHysteresis.Default));
        Assert.Contains("'vxc'", error.Message, StringComparison.Ordinal);
    }
}
