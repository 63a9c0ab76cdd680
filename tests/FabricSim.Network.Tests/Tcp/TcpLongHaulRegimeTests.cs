using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Building;
using FabricSim.Network.Geography;
using FabricSim.Network.Metrics;
using FabricSim.Network.Queues;
using FabricSim.Network.Tcp;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Tcp;

/// <summary>
/// Statistical tests of one TCP flow over a long-haul VXC (Sydney to a cloud in Tokyo, 50 ms of backbone each way,
/// a 1 Gbit/s port, a 500 Mbit/s VXC) against the three regimes of theory. The path has no random element, so every
/// replication gives the same figure and the confidence interval has zero width: the tolerances here are the
/// theory's own brackets (window granularity, ACK serialization, CUBIC's sawtooth), stated with each test.
/// </summary>
public sealed class TcpLongHaulRegimeTests
{
    private static readonly DataRate Port = DataRate.Parse("1Gbps");
    private static readonly DataRate VxcRate = DataRate.Parse("500Mbps");
    private static readonly SimTime WarmUp = SimTime.FromSeconds(10);
    private static readonly SimTime Measured = SimTime.FromSeconds(30);
    private const int Mss = 1460;

    /// <summary>
    /// Window-limited: a 1 MiB receive window lets W = ⌊rwnd/MSS⌋·MSS bytes out per round trip, so goodput is W/RTT.
    /// RTT is the data segments' mean one-way delay plus the ACKs', which is no longer and at most 0.5 ms shorter
    /// (ACKs are 40 bytes against 1500 on each of the path's few hops); the measured span holds whole windows only, so
    /// it may count one window more or less. The warm-up covers CUBIC's regrowth after slow start's overshoot (K ≈ 8 s).
    /// </summary>
    [Fact]
    public void Goodput_limited_by_the_receive_window_is_the_window_per_round_trip()
    {
        const int window = 1 << 20;
        var flow = Run(new VxcSpec("syd-tokyo", "dc-port", "aws", VxcRate) { BurstBytes = VxcRate.BytesIn(SimTime.FromMilliseconds(10)) },
            new TcpDemandSpec(TcpCongestionAlgorithm.Cubic, Mss) { ReceiveWindowBytes = window, Sack = true }, warmUp: SimTime.FromSeconds(20));

        double oneWay = flow.DelayMeanMs / 1000;
        double bits = window / Mss * Mss * 8.0;
        double seconds = Measured.TotalSeconds;
        Assert.InRange(flow.ThroughputBitsPerSecond, bits / (2 * oneWay) - bits / seconds, bits / (2 * oneWay - 0.0005) + bits / seconds);
        Assert.Equal(0, flow.PacketsDropped);
    }

    /// <summary>
    /// Policer-limited (the regime Flach et al., SIGCOMM 2016, measured on policed Internet paths): ACKs return at the
    /// port's rate C, so each window crosses the policer (rate r, depth b) as one train at C, and a train passes
    /// whole only while W ≤ W* = b·C/(C − r). CUBIC grows to W*, loses, and falls back to β·W*, so goodput lies
    /// between β·W*/RTT and W*/RTT, far below the VXC's rate.
    /// </summary>
    [Fact]
    public void Goodput_through_a_provider_policer_is_bounded_by_the_burst_the_policer_lets_through()
    {
        long burst = VxcRate.BytesIn(SimTime.FromMilliseconds(10));
        var flow = Run(new VxcSpec("syd-tokyo", "dc-port", "aws", VxcRate) { BurstBytes = burst },
            new TcpDemandSpec(TcpCongestionAlgorithm.Cubic, Mss) { Sack = true });

        double rtt = 2 * flow.DelayP50Ms / 1000;
        double trainBytes = burst * Port.BitsPerSecond / (double)(Port.BitsPerSecond - VxcRate.BitsPerSecond);
        double ceiling = trainBytes * 8 / rtt;
        Assert.InRange(flow.ThroughputBitsPerSecond, 0.7 * ceiling, ceiling);
        Assert.True(flow.DroppedByRateLimit > 0, "the policer, not the window, must be what holds the flow back");
    }

    /// <summary>
    /// Customer shaping: the site's router shapes to the VXC's rate and burst, so nothing reaches the provider's
    /// policer out of profile and TCP reaches its application rate: the acceptance of at least 90 % of
    /// min(application rate, VXC rate, window/RTT) = min(200, 500, 6 MiB/0.1 s ≈ 500) Mbit/s.
    /// </summary>
    [Fact]
    public void A_customer_shaper_lets_tcp_reach_its_application_rate_through_the_policed_vxc()
    {
        var vxc = new VxcSpec("syd-tokyo", "dc-port", "aws", VxcRate)
        {
            BurstBytes = VxcRate.BytesIn(SimTime.FromMilliseconds(10)),
            CustomerShaperQueue = QueueLimit.InBytes(VxcRate.BytesIn(SimTime.FromMilliseconds(100))),
        };
        var fabric = Build(vxc, new TcpDemandSpec(TcpCongestionAlgorithm.Cubic, Mss) { Sack = true }, DataRate.Parse("200Mbps"));
        fabric.Run();
        var measured = fabric.Measure();

        Assert.InRange(measured.Flows.Single().ThroughputBitsPerSecond, 0.9 * 200e6, 200e6 * 1.001);
        Assert.Equal(0, fabric.Fabric.Vxc("syd-tokyo").PacketsDroppedByRateLimit);
    }

    /// <summary>Pacing (fq) spreads each window over the round trip, so the policer sees at most 1.2 × cwnd/RTT and the flow reaches its rate.</summary>
    [Fact]
    public void A_paced_sender_reaches_its_application_rate_through_the_policer()
    {
        var flow = Run(new VxcSpec("syd-tokyo", "dc-port", "aws", VxcRate) { BurstBytes = VxcRate.BytesIn(SimTime.FromMilliseconds(10)) },
            new TcpDemandSpec(TcpCongestionAlgorithm.Cubic, Mss) { Sack = true, Pacing = true }, DataRate.Parse("200Mbps"));

        Assert.InRange(flow.ThroughputBitsPerSecond, 0.9 * 200e6, 200e6 * 1.001);
    }

    private static FlowMeasurement Run(VxcSpec vxc, TcpDemandSpec tcp, DataRate? applicationRate = null, SimTime? warmUp = null)
    {
        var fabric = Build(vxc, tcp, applicationRate, warmUp);
        fabric.Run();
        return fabric.Measure().Flows.Single();
    }

    private static AssembledFabric Build(VxcSpec vxc, TcpDemandSpec tcp, DataRate? applicationRate, SimTime? warmUp = null)
    {
        var sydney = new GeoLocation(-33.87, 151.21);
        var tokyo = new GeoLocation(35.68, 139.69);
        var description = new FabricDescription
        {
            Pops = [new PopSpec("SYD1", sydney), new PopSpec("TYO1", tokyo)],
            BackboneLinks = [new BackboneLinkSpec("SYD1", "TYO1", DataRate.Parse("100Gbps"), Delay: SimTime.FromMilliseconds(50))],
            Sites = [new SiteSpec("dc", sydney, [Ipv4Prefix.Parse("192.168.0.0/16")])],
            Clouds = [new CloudSpec("aws", CspProvider.AwsDirectConnect, "TYO1", tokyo, [Ipv4Prefix.Parse("10.30.0.0/16")])],
            Ports = [new PortSpec("dc-port", "dc", "SYD1", Port)],
            Vxcs = [vxc],
            Demands = [new DemandSpec("replication", "dc", "aws", DemandKind.TcpBulk) { Rate = applicationRate, Tcp = tcp }],
            WarmUp = warmUp ?? WarmUp,
            Duration = (warmUp ?? WarmUp) + Measured,
        };
        return description.Build(seed: 11);
    }
}
