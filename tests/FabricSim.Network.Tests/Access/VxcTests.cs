using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Building;
using FabricSim.Network.Packets;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Access;

/// <summary>
/// A site with a 10 Gbps port in Sydney, a 100 Gbps backbone to Melbourne, and an AWS Direct Connect edge there.
/// VXCs are rate limited at their entrance and otherwise ride the real backbone links.
/// </summary>
public sealed class VxcTests
{
    private static readonly DataRate Limit = DataRate.Parse("200Mbps");

    private static FabricBuilder Fabric() =>
        new FabricBuilder(31)
            .WithWarmUp(SimTime.FromMilliseconds(200))
            .AddPop("SYD", -33.87, 151.21).AddPop("MEL", -37.81, 144.96)
            .AddBackboneLink("SYD", "MEL", DataRate.Parse("100Gbps"), routeFactor: 1.3)
            .AddSite("HQ", -33.80, 151.00)
            .AddPort("HQ-port", "HQ", "SYD", DataRate.Parse("10Gbps"), routeFactor: 1.5)
            .AddCspEdge("AWS-MEL", CspProvider.AwsDirectConnect, "MEL", DataRate.Parse("10Gbps"));

    [Fact]
    public void Policed_vxc_delivers_its_rate_and_drops_the_excess_as_rate_limit()
    {
        var fabric = Fabric()
            .AddVxc("hq-aws", "HQ", "AWS-MEL", Limit, mode: RateLimitMode.Police)
            .AddPoissonFlow("app", "HQ", "AWS-MEL", packetsPerSecond: 2 * Limit.BitsPerSecond / 12_000.0, via: "hq-aws")
            .Build();
        fabric.Run(SimTime.FromSeconds(2.2));
        var flow = fabric.Measure().Flows[0];
        double relative = flow.ThroughputBitsPerSecond / Limit.BitsPerSecond;
        Assert.InRange(relative, 0.98, 1.01);
        Assert.Equal(flow.PacketsDropped, flow.DroppedByRateLimit);
        Assert.InRange(flow.LossRatio, 0.45, 0.55);
        Assert.True(fabric.Vxc("hq-aws").PacketsDroppedByRateLimit > 0);
    }

    [Fact]
    public void Shaped_vxc_below_its_rate_loses_nothing()
    {
        var fabric = Fabric()
            .AddVxc("hq-aws", "HQ", "AWS-MEL", Limit, burstBytes: 9100, mode: RateLimitMode.Shape, trafficClass: 5)
            .AddPoissonFlow("app", "HQ", "AWS-MEL", packetsPerSecond: 0.8 * Limit.BitsPerSecond / 12_000.0, via: "hq-aws")
            .Build();
        fabric.Run(SimTime.FromSeconds(2.2));
        var flow = fabric.Measure().Flows[0];
        Assert.Equal(0, flow.PacketsDropped);
        var backbone = fabric.Link("SYD-MEL").Forward.Counters;
        Assert.True(backbone.PacketsSent > 10_000);
        Assert.Equal(backbone.PacketsSent, backbone.PacketsSentInClass(5));
    }

    [Fact]
    public void Vxc_path_delay_is_port_plus_backbone_plus_cross_connect()
    {
        var fabric = Fabric()
            .AddVxc("hq-aws", "HQ", "AWS-MEL", Limit)
            .AddConstantBitRateFlow("probe", "HQ", "AWS-MEL", DataRate.Parse("12Mbps"), via: "hq-aws")
            .Build();
        fabric.Run(SimTime.FromSeconds(0.5));
        long expected = fabric.Link("HQ-port").PropagationDelay.Nanoseconds + fabric.Link("SYD-MEL").PropagationDelay.Nanoseconds
            + DataRate.Parse("10Gbps").TransmissionTime(1500).Nanoseconds * 2 + DataRate.Parse("100Gbps").TransmissionTime(1500).Nanoseconds;
        Assert.Equal(expected, fabric.SinkOf("probe").Delay.Min);
        Assert.Equal(expected, fabric.SinkOf("probe").Delay.Max);
    }

    [Fact]
    public void Failed_vxc_drops_at_its_entrance_until_it_recovers()
    {
        var fabric = Fabric()
            .AddVxc("hq-aws", "HQ", "AWS-MEL", Limit)
            .AddConstantBitRateFlow("probe", "HQ", "AWS-MEL", DataRate.Parse("12Mbps"), via: "hq-aws")
            .FailVxc("hq-aws", SimTime.FromMilliseconds(500), SimTime.FromMilliseconds(100))
            .Build();
        fabric.Run(SimTime.FromSeconds(1));
        var flow = fabric.Measure().Flows[0];
        // 12 Mbps of 1500-byte packets is one packet per ms: 100 packets fall in the outage.
        Assert.Equal(100, flow.LostToFailure);
        Assert.Equal(100, fabric.Context.Ledger.Total(DropReason.Failure));
        Assert.True(flow.PacketsReceived > 600);
    }

    [Fact]
    public void Port_speed_must_be_a_standard_one()
    {
        Assert.Throws<ArgumentException>(() => new FabricBuilder(1)
            .AddPop("SYD", -33.87, 151.21).AddSite("HQ", -33.80, 151.00)
            .AddPort("odd", "HQ", "SYD", DataRate.Parse("3Gbps")));
    }

    [Fact]
    public void Cloud_router_caps_transit_at_its_aggregate_rate()
    {
        // HQ → SYD → MCR → MEL → AWS: the only way to Melbourne is through the cloud router.
        var aggregate = DataRate.Parse("100Mbps");
        var fabric = new FabricBuilder(32)
            .WithWarmUp(SimTime.FromMilliseconds(200))
            .AddPop("SYD", -33.87, 151.21).AddPop("MEL", -37.81, 144.96)
            .AddSite("HQ", -33.80, 151.00)
            .AddPort("HQ-port", "HQ", "SYD", DataRate.Parse("10Gbps"))
            .AddCloudRouter("MCR-SYD", "SYD", aggregate)
            .AddBackboneLink("MCR-SYD", "MEL", DataRate.Parse("100Gbps"), routeFactor: 1.3)
            .AddCspEdge("AWS-MEL", CspProvider.AwsDirectConnect, "MEL", DataRate.Parse("10Gbps"))
            .AddPoissonFlow("app", "HQ", "AWS-MEL", packetsPerSecond: 2 * aggregate.BitsPerSecond / 12_000.0)
            .Build();
        fabric.Run(SimTime.FromSeconds(2.2));
        var flow = fabric.Measure().Flows[0];
        Assert.InRange(flow.ThroughputBitsPerSecond / aggregate.BitsPerSecond, 0.98, 1.01);
        Assert.Equal(flow.PacketsDropped, flow.DroppedByRateLimit);
        var router = Assert.IsType<CloudRouter>(fabric.Node("MCR-SYD"));
        Assert.True(router.Limiter.PacketsDropped > 0);
        Assert.Equal(CspProvider.AwsDirectConnect, Assert.IsType<CspEdge>(fabric.Node("AWS-MEL")).Provider);
    }
}
