using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Packets;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Routing;

public sealed class ShortestPathRoutingTests
{
    private static readonly DataRate Rate = DataRate.Parse("10Gbps");

    private static FabricBuilder Square() =>
        new FabricBuilder(1)
            .AddPop("SYD", -33.87, 151.21).AddPop("MEL", -37.81, 144.96).AddPop("ADL", -34.93, 138.60).AddPop("PER", -31.95, 115.86)
            .AddBackboneLink("SYD", "MEL", Rate, routeFactor: 1.3)
            .AddBackboneLink("MEL", "ADL", Rate, routeFactor: 1.3)
            .AddBackboneLink("ADL", "PER", Rate, routeFactor: 1.3)
            .AddBackboneLink("SYD", "PER", Rate, routeFactor: 1.3);

    [Fact]
    public void Picks_the_latency_shortest_path_and_recomputes_after_failure()
    {
        var fabric = Square().Build();
        fabric.Routing.Recompute();
        // Sydney–Perth direct (≈3290 km) beats the southern route (≈713 + 654 + 2130 km).
        Assert.Equal(["SYD", "PER"], Names(fabric.Routing.PathBetween(fabric.Node("SYD"), fabric.Node("PER"))));
        Assert.Equal(["SYD", "MEL", "ADL"], Names(fabric.Routing.PathBetween(fabric.Node("SYD"), fabric.Node("ADL"))));
        fabric.Failures.FailLink(fabric.Link("SYD-PER"));
        Assert.Equal(["SYD", "MEL", "ADL", "PER"], Names(fabric.Routing.PathBetween(fabric.Node("SYD"), fabric.Node("PER"))));
        fabric.Failures.FailNode(fabric.Node("MEL"));
        Assert.Empty(fabric.Routing.PathBetween(fabric.Node("SYD"), fabric.Node("PER")));
        fabric.Failures.RecoverNode(fabric.Node("MEL"));
        Assert.Equal(4, fabric.Routing.PathBetween(fabric.Node("SYD"), fabric.Node("PER")).Count);
        fabric.Failures.RecoverLink(fabric.Link("SYD-PER"));
        Assert.Equal(2, fabric.Routing.PathBetween(fabric.Node("SYD"), fabric.Node("PER")).Count);
    }

    [Fact]
    public void Backbone_delay_follows_great_circle_times_route_factor()
    {
        var fabric = Square().Build();
        var link = fabric.Link("SYD-MEL");
        double km = FabricSim.Network.Geography.GreatCircle.DistanceKm(link.A.Location, link.B.Location);
        Assert.Equal(SimTime.FromSeconds(km * 1.3 / 204_000), link.PropagationDelay);
        Assert.Equal(Link.JumboMtuBytes, link.Forward.MtuBytes);
    }

    [Fact]
    public void An_installed_forwarding_policy_overrides_the_shortest_path()
    {
        var fabric = Square().Build();
        fabric.Routing.Recompute();
        var sydney = fabric.Node("SYD");
        var viaMelbourne = sydney.Interfaces.Single(i => i.Peer.Owner.Name == "MEL");
        var table = new ForwardingTable();
        table.Set(fabric.Node("PER").Id, viaMelbourne);
        sydney.Forwarding = table;
        var packet = fabric.Context.Pool.Rent();
        packet.DestinationNodeId = fabric.Node("PER").Id;
        Assert.Same(viaMelbourne, sydney.Forwarding.SelectEgress(packet));
        Assert.Equal("PER", sydney.Routes.NextHop(packet.DestinationNodeId)!.Peer.Owner.Name);
        fabric.Context.Pool.Return(packet);
    }

    [Fact]
    public void Unreachable_destination_is_dropped_as_no_route()
    {
        var fabric = new FabricBuilder(1)
            .AddNode("A", NodeKind.Host).AddNode("B", NodeKind.Host).AddNode("island", NodeKind.Host)
            .AddLink("l", "A", "B", Rate, SimTime.FromMicroseconds(10))
            .AddConstantBitRateFlow("lost", "A", "island", DataRate.Parse("1Mbps"), stop: SimTime.FromMilliseconds(100))
            .Build();
        fabric.Run(SimTime.FromMilliseconds(200));
        var flow = fabric.Measure().Flows[0];
        Assert.True(flow.PacketsSent > 0);
        Assert.Equal(flow.PacketsSent, flow.DroppedNoRoute);
        Assert.Equal(1.0, flow.LossRatio);
        Assert.Equal(flow.PacketsSent, fabric.Context.Ledger.Total(DropReason.NoRoute));
    }

    private static string[] Names(IReadOnlyList<Node> path) => path.Select(n => n.Name).ToArray();
}
