using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Building;
using FabricSim.Network.Geography;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Metrics;

/// <summary>
/// Each CSP edge's port (the dedicated Direct Connect connection where the customer's VIFs land) has rows of its own,
/// kind "cloud_connection": two 1 Gbit/s VXCs share one 1 Gbit/s dedicated port, and AWS sends 700 Mbit/s down each,
/// so the port is offered 1.4 Gbit/s and, with a 1000-packet queue, drops 1 − 1/1.4 ≈ 28.6 % of it (an overloaded
/// single-server queue loses the excess over its service rate). An Azure circuit in the same fabric carries nothing.
/// </summary>
public sealed class CloudConnectionRowTests
{
    private static readonly GeoLocation Sydney = new(-33.92, 151.19);

    private static FabricDescription Fabric() => new()
    {
        Pops = [new PopSpec("SYD1", Sydney)],
        Sites =
        [
            new SiteSpec("s1", new GeoLocation(-33.87, 151.21), [Ipv4Prefix.Parse("172.16.1.0/24")]),
            new SiteSpec("s2", new GeoLocation(-33.87, 151.21), [Ipv4Prefix.Parse("172.16.2.0/24")]),
        ],
        Clouds =
        [
            new CloudSpec("aws", CspProvider.AwsDirectConnect, "SYD1", new GeoLocation(-33.86, 151.20), [Ipv4Prefix.Parse("10.10.0.0/16")]),
            new CloudSpec("azure", CspProvider.AzureExpressRoute, "SYD1", new GeoLocation(-33.86, 151.20), [Ipv4Prefix.Parse("10.20.0.0/16")]),
        ],
        Ports = [new PortSpec("p1", "s1", "SYD1", DataRate.Parse("10Gbps")), new PortSpec("p2", "s2", "SYD1", DataRate.Parse("10Gbps"))],
        Vxcs =
        [
            new VxcSpec("p1-aws", "p1", "aws", DataRate.Parse("1Gbps"), CloudPortSpeed: DataRate.Parse("1Gbps")),
            new VxcSpec("p2-aws", "p2", "aws", DataRate.Parse("1Gbps"), CloudPortSpeed: DataRate.Parse("1Gbps")),
            new VxcSpec("p1-azure", "p1", "azure", DataRate.Parse("1Gbps")),
        ],
        Demands =
        [
            new DemandSpec("down1", "aws", "s1", DemandKind.Poisson) { Rate = DataRate.Parse("700Mbps") },
            new DemandSpec("down2", "aws", "s2", DemandKind.Poisson) { Rate = DataRate.Parse("700Mbps") },
        ],
        WarmUp = SimTime.FromMilliseconds(500),
        Duration = SimTime.FromMilliseconds(1500),
    };

    [Fact]
    public void An_overloaded_dedicated_port_and_an_idle_circuit_each_have_cloud_connection_rows()
    {
        var fabric = Fabric().Build(seed: 5);
        fabric.Run();
        var links = fabric.Measure().Links;

        var port = Assert.Single(links, l => l.Kind == "cloud_connection" && l.From == "aws-edge");
        Assert.Equal("aws-edge-SYD1", port.Link);
        Assert.Equal(1_000_000_000, port.CapacityBitsPerSecond);
        // 1.4 Gbit/s of 1500-byte Poisson packets is about 117,000 per second: over the 1 s window the offered count
        // varies by about 0.3 %, so ±1.5 % is over four standard deviations.
        Assert.InRange(port.OfferedBitsPerSecond, 1.4e9 * 0.985, 1.4e9 * 1.015);
        // Busy throughout, it sends at its line rate; a packet in service at the window's start may add 12,000 bits.
        Assert.InRange(port.CarriedBitsPerSecond, 0.995e9, 1.0e9 + 12_000);
        Assert.InRange(port.DropRatio, 1 - 1 / 1.4 - 0.015, 1 - 1 / 1.4 + 0.015);
        Assert.Equal(port.QueueDrops, port.DropsQueue);

        // The circuit to Azure carries only BGP keepalives (none is due within the window): idle, with nothing dropped.
        Assert.All(links.Where(l => l.Link == "azure-edge-SYD1"), idle =>
        {
            Assert.Equal("cloud_connection", idle.Kind);
            Assert.True(idle.Utilization < 1e-4, $"{idle.From}>{idle.To} ran at {idle.Utilization}.");
            Assert.Equal(0, idle.QueueDrops);
        });
        Assert.Equal(2, links.Count(l => l.Link == "azure-edge-SYD1"));
        // The links into the regions and the sites' ports stay plain links.
        Assert.All(links.Where(l => l.Link is "aws-region" or "p1"), l => Assert.Equal("link", l.Kind));
    }
}
