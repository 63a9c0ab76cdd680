using FabricSim.Engine.Time;
using FabricSim.Estimate.Flows;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Building;
using FabricSim.Network.Geography;
using FabricSim.Network.Units;

namespace FabricSim.Estimate.Tests.Fabric;

/// <summary>A whole fabric estimated, checked against queueing theory and rate arithmetic done by hand.</summary>
public class FabricEstimateTheoryTests
{
    private static readonly GeoLocation Sydney = new(-33.87, 151.21);

    /// <summary>
    /// Site → 1 Gbit/s port → PoP → hosted 10 Gbit/s CSP port → 400 Gbit/s region link with 1 ms entry delay, all at
    /// one location: mean delay = 1 ms + three transmissions of 1500 B + the Pollaczek–Khinchine wait ρS/(2(1 − ρ)) of
    /// each link at its load.
    /// </summary>
    [Fact]
    public void Mean_delay_is_propagation_plus_transmissions_plus_each_links_MD1_wait()
    {
        var description = Fabric(vxcs: [], demands: [Poisson("app", 800)]);
        var estimate = FlowEstimator.Estimate(description, (_, _) => FlowRoute.Direct);
        var flow = Assert.Single(estimate.Measurements.Flows);
        double expectedNs = 1e6;
        foreach (double rate in new[] { 1e9, 1e10, 4e11 })
        {
            double service = 1500 * 8 / rate * 1e9, rho = 800e6 / rate;
            expectedNs += service + rho * service / (2 * (1 - rho));
        }
        Assert.InRange(flow.DelayMeanMs * 1e6, expectedNs * 0.995, expectedNs * 1.005);
        Assert.Equal(0, flow.LossRatio, 9);
        Assert.Equal(800e6, flow.ThroughputBitsPerSecond, 3);
    }

    /// <summary>Two Poisson sources of 300 and 600 Mbit/s into one 500 Mbit/s policed VXC: each keeps 5/9 of what it sends, as a token bucket passes uncorrelated arrivals alike.</summary>
    [Fact]
    public void Overloaded_policer_passes_every_open_loop_source_in_the_same_proportion()
    {
        var description = Fabric(vxcs: [new VxcSpec("dc-aws", "dc-port", "aws", DataRate.FromMegabitsPerSecond(500))],
            demands: [Poisson("small", 300), Poisson("large", 600)]);
        var estimate = FlowEstimator.Estimate(description, (_, _) => new FlowRoute(["dc-aws"]));
        foreach (var flow in estimate.Measurements.Flows)
        {
            Assert.Equal(4 / 9.0, flow.LossRatio, 4);
            Assert.True(flow.DroppedByRateLimit > 0);
        }
        Assert.Equal(500e6, estimate.Measurements.Flows.Sum(f => f.ThroughputBitsPerSecond), 0);
        var vxc = estimate.Measurements.Links.Single(l => l.Kind == "vxc" && l.From == "dc");
        Assert.Equal(900e6, vxc.OfferedBitsPerSecond, 0);
        Assert.Equal(500e6, vxc.CarriedBitsPerSecond, 0);
    }

    private static DemandSpec Poisson(string name, double mbps) =>
        new(name, "dc", "aws", DemandKind.Poisson) { Rate = DataRate.FromMegabitsPerSecond(mbps) };

    /// <summary>A Sydney site on a 1 Gbit/s port (10 Gbit/s with VXCs) at SYD1 beside AWS, 1 ms region entry delay, 10 s measured.</summary>
    internal static FabricDescription Fabric(IReadOnlyList<VxcSpec> vxcs, IReadOnlyList<DemandSpec> demands) => new()
    {
        Pops = [new PopSpec("SYD1", Sydney)],
        Sites = [new SiteSpec("dc", Sydney, [Ipv4Prefix.Parse("192.168.0.0/16")])],
        Clouds = [new CloudSpec("aws", CspProvider.AwsDirectConnect, "SYD1", Sydney, [Ipv4Prefix.Parse("10.10.0.0/16")])],
        Ports = [new PortSpec("dc-port", "dc", "SYD1", DataRate.FromGigabitsPerSecond(vxcs.Count == 0 ? 1 : 10))],
        Vxcs = vxcs,
        Demands = demands,
        RegionEntryDelay = SimTime.FromMilliseconds(1),
        AccessEndDelay = SimTime.Zero,
        WarmUp = SimTime.FromSeconds(1),
        Duration = SimTime.FromSeconds(11),
    };
}
