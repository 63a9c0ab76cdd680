using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Building;
using FabricSim.Network.Geography;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Access;

/// <summary>Exact tests of a Port's connection to an Internet exchange in its metro.</summary>
public sealed class IxConnectionTests(ITestOutputHelper output)
{
    private static readonly GeoLocation SydneyPop = new(-33.87, 151.21);
    private static readonly GeoLocation DataCentre = new(-33.80, 151.00);
    private static readonly GeoLocation Peer = new(-33.92, 151.19);

    /// <summary>
    /// A peer at the exchange is reached over the data centre's access circuit to the PoP and the peer's own, each the
    /// metro distance at the access route factor 1.5 plus the fixed end delay, with no Internet jitter or loss; what is
    /// offered above the IX connection's rate limit is policed away, in both directions alike.
    /// </summary>
    [Theory]
    [InlineData("dc", "peer")]
    [InlineData("peer", "dc")]
    public void APeerIsTwoMetroAccessCircuitsAwayAndTheRateLimitHolds(string from, string to)
    {
        var endDelay = SimTime.FromMicroseconds(790);
        var rate = DataRate.Parse("200Mbps");
        var description = new FabricDescription
        {
            Pops = [new PopSpec("SYD1", SydneyPop)],
            Sites = [new SiteSpec("dc", DataCentre, [Ipv4Prefix.Parse("10.1.0.0/16")]), new SiteSpec("peer", Peer, [Ipv4Prefix.Parse("198.51.100.0/24")])],
            Ports = [new PortSpec("dc-port", "dc", "SYD1", DataRate.Parse("10Gbps"))],
            IxConnections = [new IxSpec("sydney-ix", "dc-port", rate, ["peer"])],
            Demands =
            [
                new DemandSpec("light", from, to, DemandKind.ConstantBitRate) { Rate = DataRate.Parse("50Mbps"), Sizes = new FixedPacketSize(1000) },
                new DemandSpec("heavy", from, to, DemandKind.Poisson) { Rate = DataRate.Parse("300Mbps"), Sizes = new FixedPacketSize(1000), Start = SimTime.FromSeconds(5) },
            ],
            AccessEndDelay = endDelay,
            WarmUp = SimTime.FromSeconds(1),
            Duration = SimTime.FromSeconds(5),
        };
        var fabric = description.Build(seed: 1);
        fabric.Run();
        var light = fabric.Measure().Flows.Single(f => f.Flow == "light");
        double expected = (GreatCircle.FibreDelay(DataCentre, SydneyPop, 1.5) + GreatCircle.FibreDelay(Peer, SydneyPop, 1.5) + endDelay + endDelay).TotalMilliseconds;
        output.WriteLine($"{from} -> {to}: {light.DelayMeanMs:F4} ms (expected {expected:F4} ms), jitter {light.JitterMs:F4} ms");
        Assert.Equal(0, light.PacketsDropped);
        Assert.Equal(expected, light.DelayMeanMs, 3);
        Assert.Equal(0, light.JitterMs, 6);

        var loaded = description with { Demands = [description.Demands[1] with { Start = SimTime.Zero }], Duration = SimTime.FromSeconds(9) };
        var busy = loaded.Build(seed: 1);
        busy.Run();
        var heavy = busy.Measure().Flows.Single(f => f.Flow == "heavy");
        double bucket = FabricBuilder.DefaultVxcBurstBytes(rate) * 8 / 8.0;
        Assert.InRange(heavy.ThroughputBitsPerSecond, rate.BitsPerSecond * 0.99, rate.BitsPerSecond + bucket);
        Assert.Equal(heavy.PacketsDropped, heavy.DroppedByRateLimit);
    }

    /// <summary>
    /// The IX connection rides its port: while the port is down for 2 s, every packet of a 6,250 packet/s CBR flow
    /// from the peer is lost to the failure (12,500, give or take the packets in flight at its edges), and none after.
    /// </summary>
    [Fact]
    public void A_port_failure_cuts_the_IX_connection_it_carries()
    {
        var description = new FabricDescription
        {
            Pops = [new PopSpec("SYD1", SydneyPop)],
            Sites = [new SiteSpec("dc", DataCentre, [Ipv4Prefix.Parse("10.1.0.0/16")]), new SiteSpec("peer", Peer, [Ipv4Prefix.Parse("198.51.100.0/24")])],
            Ports = [new PortSpec("dc-port", "dc", "SYD1", DataRate.Parse("10Gbps"))],
            IxConnections = [new IxSpec("sydney-ix", "dc-port", DataRate.Parse("200Mbps"), ["peer"])],
            Demands = [new DemandSpec("content", "peer", "dc", DemandKind.ConstantBitRate) { Rate = DataRate.Parse("50Mbps"), Sizes = new FixedPacketSize(1000) }],
            Failures = [new FailureSpec("dc-port", SimTime.FromSeconds(2), SimTime.FromSeconds(2))],
            WarmUp = SimTime.FromSeconds(1),
            Duration = SimTime.FromSeconds(5),
        };
        var fabric = description.Build(seed: 1);
        fabric.Run();
        var flow = fabric.Measure().Flows.Single();
        output.WriteLine($"lost to failure {flow.LostToFailure}, received {flow.PacketsReceived}");
        Assert.InRange(flow.LostToFailure, 12_490, 12_510);
        Assert.Equal(flow.PacketsDropped, flow.LostToFailure);
        Assert.InRange(flow.PacketsReceived, 12_490, 12_510);
    }
}
