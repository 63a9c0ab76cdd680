using FabricSim.Engine.Time;
using FabricSim.Estimate.Flows;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Building;
using FabricSim.Network.Geography;
using FabricSim.Network.Units;

namespace FabricSim.Estimate.Tests.Fabric;

/// <summary>
/// The flow level follows a VXC over the port it rides, as the packet model does: a site with a 1 Gbps and a 10 Gbps
/// port at one PoP sends 800 Mbit/s over a VXC on the 10 Gbps port. The shortest path to the PoP would take the
/// 1 Gbps port (added first, equal delay) and queue at ρ = 0.8; on its own port the load is 0.08 and the 1 Gbps port
/// carries nothing.
/// </summary>
public class VxcPortPathTests
{
    private static readonly GeoLocation Sydney = new(-33.87, 151.21);

    [Fact]
    public void A_VXCs_traffic_crosses_the_port_it_is_configured_on_and_no_other()
    {
        var description = new FabricDescription
        {
            Pops = [new PopSpec("SYD1", Sydney)],
            Sites = [new SiteSpec("dc", Sydney, [Ipv4Prefix.Parse("192.168.0.0/16")])],
            Clouds = [new CloudSpec("aws", CspProvider.AwsDirectConnect, "SYD1", Sydney, [Ipv4Prefix.Parse("10.10.0.0/16")])],
            Ports = [new PortSpec("small", "dc", "SYD1", DataRate.FromGigabitsPerSecond(1)), new PortSpec("large", "dc", "SYD1", DataRate.FromGigabitsPerSecond(10))],
            Vxcs = [new VxcSpec("dc-aws", "large", "aws", DataRate.FromGigabitsPerSecond(2))],
            Demands = [new DemandSpec("app", "dc", "aws", DemandKind.Poisson) { Rate = DataRate.FromMegabitsPerSecond(800) }],
            WarmUp = SimTime.FromSeconds(1),
            Duration = SimTime.FromSeconds(11),
        };
        var links = FlowEstimator.Estimate(description, (_, _) => new FlowRoute(["dc-aws"])).Measurements.Links;
        var large = links.Single(l => l.Link == "large" && l.From == "dc");
        Assert.Equal(800e6, large.CarriedBitsPerSecond, 0);
        Assert.InRange(large.Utilization, 0.079, 0.081);
        Assert.DoesNotContain(links, l => l.Link == "small" && l.CarriedBitsPerSecond > 0);
    }
}
