using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Building;
using FabricSim.Network.Geography;
using FabricSim.Network.Metrics;
using FabricSim.Network.Queues;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Access;

/// <summary>
/// Routed traffic over a VXC (a site behind an MCR reaching a cloud by BGP) meets the VXC's own rate limit, and what
/// it passes and drops is counted on the VXC and in its rows of the link measurements.
/// </summary>
public sealed class VxcLimiterTests
{
    private static readonly DataRate CloudVxcRate = DataRate.Parse("100Mbps");
    private static readonly SimTime WarmUp = SimTime.FromMilliseconds(500);
    private static readonly SimTime End = SimTime.FromSeconds(2.5);

    private static FabricDescription RoutedFabric(VxcSpec cloudVxc, DemandSpec demand)
    {
        var sydney = new GeoLocation(-33.87, 151.21);
        return new FabricDescription
        {
            Pops = [new PopSpec("SYD1", sydney)],
            Sites = [new SiteSpec("dc", sydney, [Ipv4Prefix.Parse("192.168.0.0/16")])],
            Clouds = [new CloudSpec("aws", CspProvider.AwsDirectConnect, "SYD1", sydney, [Ipv4Prefix.Parse("10.10.0.0/16")])],
            Ports = [new PortSpec("dc-port", "dc", "SYD1", DataRate.Parse("10Gbps"))],
            Mcrs = [new McrSpec("mcr", "SYD1", DataRate.Parse("5Gbps"), Asn: 133937)],
            Vxcs = [new VxcSpec("dc-mcr", "dc-port", "mcr", DataRate.Parse("1Gbps")), cloudVxc],
            Demands = [demand],
            WarmUp = WarmUp,
            Duration = End,
        };
    }

    private static LinkMeasurement Row(FabricMeasurements measured, string vxc, string from) =>
        measured.Links.Single(l => l.Link == vxc && l.From == from);

    [Fact]
    public void Routed_traffic_dropped_by_a_policed_vxc_is_counted_on_the_vxc_and_in_its_link_row()
    {
        var demand = new DemandSpec("to-aws", "dc", "aws", DemandKind.Poisson) { Rate = DataRate.FromMegabitsPerSecond(2 * CloudVxcRate.MegabitsPerSecond), Sizes = new FixedPacketSize(1500) };
        var fabric = RoutedFabric(new VxcSpec("mcr-aws", "mcr", "aws", CloudVxcRate), demand).Build(seed: 5);

        fabric.Run();
        var measured = fabric.Measure();

        var flow = measured.Flows.Single(f => f.Flow == "to-aws");
        var row = Row(measured, "mcr-aws", "mcr");
        // Offered twice the rate: half is policed away, and the policer is the only place anything is lost. (The flow
        // counts packets created after warm-up, the row what happened after it, so the two differ by those in transit.)
        Assert.InRange(flow.LossRatio, 0.47, 0.53);
        Assert.Equal(flow.PacketsDropped, flow.DroppedByRateLimit);
        Assert.InRange(row.DropRatio, 0.47, 0.53);
        Assert.Equal(row.QueueDrops, fabric.Fabric.Vxc("mcr-aws").PacketsDroppedByRateLimit);
        Assert.Equal(row.PacketsSent, fabric.Fabric.Vxc("mcr-aws").PacketsAdmitted);
        Assert.Equal(CloudVxcRate.BitsPerSecond, row.CapacityBitsPerSecond);
        Assert.InRange(row.Utilization, 0.97, 1.01);
        Assert.Equal(0, Row(measured, "dc-mcr", "dc").QueueDrops);
    }

    /// <summary>
    /// Constant bit rate at 1.25 times a shaped VXC's rate: once the shaper's queue has filled (40 packets in 20 ms),
    /// it stays full, one packet in five overflows it, and the VXC passes exactly its rate.
    /// </summary>
    [Fact]
    public void A_shaping_vxc_holds_the_queue_its_description_gives_and_counts_what_overflows()
    {
        const int queuePackets = 40;
        var demand = new DemandSpec("to-aws", "dc", "aws", DemandKind.ConstantBitRate) { Rate = DataRate.FromMegabitsPerSecond(1.25 * CloudVxcRate.MegabitsPerSecond), Sizes = new FixedPacketSize(1500) };
        var vxc = new VxcSpec("mcr-aws", "mcr", "aws", CloudVxcRate) { Mode = RateLimitMode.Shape, ShaperQueue = QueueLimit.Packets(queuePackets) };
        var fabric = RoutedFabric(vxc, demand).Build(seed: 5);

        fabric.Run();
        var measured = fabric.Measure();

        var flow = measured.Flows.Single(f => f.Flow == "to-aws");
        var row = Row(measured, "mcr-aws", "mcr");
        Assert.InRange(row.MeanQueuePackets, queuePackets - 1, queuePackets);
        Assert.InRange(flow.LossRatio, 0.199, 0.201);
        Assert.Equal(flow.PacketsDropped, flow.DroppedByRateLimit);
        Assert.InRange(row.DropRatio, 0.199, 0.201);
        Assert.InRange(row.Utilization, 0.995, 1.005);
    }
}
