using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Packets;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Failures;

/// <summary>
/// A → R1 → R2 → B with a detour R1 → R3 → R2. Failing R1–R2 mid-run loses exactly what was queued, in service or
/// propagating on it at that instant; later packets take the detour with its exact fixed delay.
/// </summary>
public sealed class LinkFailureTests
{
    private static readonly DataRate Fast = DataRate.Parse("10Gbps");
    private static readonly DataRate Slow = DataRate.Parse("1Gbps");

    [Fact]
    public void Failure_loses_exactly_the_packets_on_the_link_and_the_rest_reroute()
    {
        var fabric = new FabricBuilder(21)
            .AddNode("A", NodeKind.Host).AddNode("R1", NodeKind.PopSwitch).AddNode("R2", NodeKind.PopSwitch)
            .AddNode("R3", NodeKind.PopSwitch).AddNode("B", NodeKind.Host)
            .AddLink("A-R1", "A", "R1", Fast, SimTime.FromMilliseconds(1))
            .AddLink("R1-R2", "R1", "R2", Slow, SimTime.FromMilliseconds(5))
            .AddLink("R1-R3", "R1", "R3", Fast, SimTime.FromMilliseconds(4))
            .AddLink("R3-R2", "R3", "R2", Fast, SimTime.FromMilliseconds(4))
            .AddLink("R2-B", "R2", "B", Fast, SimTime.FromMilliseconds(1))
            // ρ = 0.9 on the 1 Gbps link so that its queue holds packets when it fails.
            .AddPoissonFlow("f", "A", "B", packetsPerSecond: 75_000)
            .AddPoissonFlow("back", "B", "A", packetsPerSecond: 20_000)
            .Build();
        var link = fabric.Link("R1-R2");
        int onLinkAtFailure = -1;
        SimTime failAt = SimTime.FromMilliseconds(500);
        fabric.Simulator.ScheduleAt(failAt, () =>
        {
            onLinkAtFailure = link.Forward.InFlight + link.Forward.WaitingPackets + link.Reverse.InFlight + link.Reverse.WaitingPackets;
            fabric.Failures.FailLink(link);
        });
        fabric.Simulator.ScheduleAt(failAt + SimTime.FromMilliseconds(50), () => fabric.SinkOf("f").Reset());
        fabric.Run(SimTime.FromSeconds(1));

        Assert.True(onLinkAtFailure > 20, $"only {onLinkAtFailure} packets on the link; the test needs a loaded link");
        Assert.Equal(onLinkAtFailure, fabric.Failures.History.Single().PacketsLost);
        Assert.Equal(onLinkAtFailure, link.Forward.Counters.LostToFailure + link.Reverse.Counters.LostToFailure);
        var ledger = fabric.Context.Ledger;
        Assert.Equal(onLinkAtFailure, ledger.Total(DropReason.Failure));
        Assert.Equal(0, ledger.Total(DropReason.NoRoute));
        Assert.Equal(0, ledger.Total(DropReason.Queue));

        // After the failure everything goes round by R3: 1 + 4 + 4 + 1 ms plus four 10 Gbps serializations.
        var sink = fabric.SinkOf("f");
        long detour = 10_000_000 + 4 * Fast.TransmissionTime(1500).Nanoseconds;
        Assert.True(sink.PacketsReceived > 30_000);
        Assert.Equal(detour, sink.Delay.Min);
        Assert.Equal(["A", "R1", "R3", "R2", "B"], fabric.Routing.PathBetween(fabric.Node("A"), fabric.Node("B")).Select(n => n.Name));
    }

    [Fact]
    public void Conservation_holds_across_failure_and_recovery()
    {
        var fabric = new FabricBuilder(22)
            .AddNode("A", NodeKind.Host).AddNode("R", NodeKind.PopSwitch).AddNode("B", NodeKind.Host)
            .AddLink("A-R", "A", "R", Fast, SimTime.FromMilliseconds(1))
            .AddLink("R-B", "R", "B", Slow, SimTime.FromMilliseconds(3))
            .AddPoissonFlow("f", "A", "B", packetsPerSecond: 70_000)
            .FailLink("R-B", SimTime.FromMilliseconds(200), SimTime.FromMilliseconds(100))
            .Build();
        fabric.Run(SimTime.FromMilliseconds(600));
        var ledger = fabric.Context.Ledger;
        var flow = fabric.Flow("f");
        long delivered = fabric.SinkOf("f").PacketsReceived;
        Assert.Equal(flow.PacketsSent, delivered + ledger.TotalAllReasons() + fabric.Context.Pool.Outstanding);
        // While down there is no path: the packets offered then are "no route"; those on the link are "failure".
        Assert.True(ledger.Total(DropReason.NoRoute) > 6_000);
        Assert.Equal(fabric.Failures.History[0].PacketsLost, ledger.Total(DropReason.Failure));
        var measured = fabric.Measure().Flows[0];
        Assert.Equal(ledger.Total(DropReason.NoRoute), measured.DroppedNoRoute);
    }
}
