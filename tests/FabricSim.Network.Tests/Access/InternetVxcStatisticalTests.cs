using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Building;
using FabricSim.Network.Geography;
using FabricSim.Network.Internet;
using FabricSim.Network.Metrics;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Access;

/// <summary>
/// Statistical and exact tests of a Megaport Internet VXC at packet level: an MCR in London reaching a SaaS endpoint in
/// Singapore, and a Sydney data centre whose Internet traffic leaves from an MCR in London.
/// </summary>
public sealed class InternetVxcStatisticalTests(ITestOutputHelper output)
{
    private const int PacketBytes = 1000;
    private static readonly GeoLocation London = new(51.51, -0.13);
    private static readonly GeoLocation Sydney = new(-33.87, 151.21);
    private static readonly GeoLocation Singapore = new(1.29, 103.85);

    /// <summary>
    /// Delay is the PoP-to-destination base delay of the calibrated Internet model (its fixed part plus the great circle
    /// at the model's route factor for that distance) plus the configured mean queueing delay; loss is
    /// the Gilbert–Elliott rate. Five replications; the interval on the mean delay is Student's t at 99 % on the
    /// replication means, the loss interval three standard errors of a two-state chain's sample mean (variance
    /// p(1−p)/n × (1+λ)/(1−λ), λ = 1 − P(good→bad) − P(bad→good)).
    /// </summary>
    [Fact]
    public void LondonMcrToSingaporeHasTheInternetModelsDelayAndLoss()
    {
        const double lossRate = 0.01;
        const double burst = 2;
        var jitter = new TruncatedExponentialJitter(SimTime.FromMilliseconds(2), SimTime.FromMilliseconds(100));
        var internet = new InternetPathParameters { Jitter = jitter, LossRate = lossRate, MeanLossBurstPackets = burst };
        var delays = new RunningStatistics();
        long received = 0, dropped = 0;
        for (ulong seed = 1; seed <= 5; seed++)
        {
            var flow = Run(LondonFabric(internet, DataRate.Parse("100Mbps"), DataRate.Parse("40Mbps"), "saas"), seed);
            delays.Add(flow.DelayMeanMs);
            received += flow.PacketsReceived;
            dropped += flow.PacketsDropped;
            Assert.Equal(flow.PacketsDropped, flow.DroppedInQueues);
        }
        double km = GreatCircle.DistanceKm(London, Singapore);
        var model = InternetRouteModel.Calibrated;
        double factor = model.RouteFactor(km, Landmasses.CrossesOcean(London, Singapore));
        double expectedMs = model.FixedDelay.TotalMilliseconds + km * factor / 204_000 * 1e3 + jitter.MeanNanoseconds / 1e6 + Serialization10G;
        var ci = delays.ConfidenceInterval(0.99);
        double loss = dropped / (double)(dropped + received);
        double r = 1 / burst;
        double p = lossRate / (1 - lossRate) * r;
        double lambda = 1 - p - r;
        double lossSe = Math.Sqrt(lossRate * (1 - lossRate) / (dropped + received) * (1 + lambda) / (1 - lambda));
        output.WriteLine($"{km:F0} km at factor {factor:F3}: expected {expectedMs:F3} ms, measured {ci.Mean:F3} ± {ci.HalfWidth:F3} ms; loss {loss:P3} (expected {lossRate:P1} ± {3 * lossSe:P3})");
        Assert.True(Math.Abs(ci.Mean - expectedMs) <= ci.HalfWidth + 0.001, $"{ci.Mean} ± {ci.HalfWidth} ms excludes {expectedMs} ms.");
        Assert.InRange(loss, lossRate - 3 * lossSe, lossRate + 3 * lossSe);
    }

    /// <summary>
    /// 150 Mbit/s offered to a 100 Mbit/s Internet VXC: the policer passes its rate (its 12.5 kB bucket can add at most
    /// one bucket over the window) and drops the rest as rate-limit drops; nothing is lost on a loss-free path.
    /// </summary>
    [Fact]
    public void ThroughputIsCappedAtTheRateLimit()
    {
        var rate = DataRate.Parse("100Mbps");
        var flow = Run(LondonFabric(new InternetPathParameters(), rate, DataRate.Parse("150Mbps"), "saas"), seed: 3);
        double window = 8.0;
        double bucketBitsPerSecond = FabricBuilder.DefaultVxcBurstBytes(rate) * 8 / window;
        output.WriteLine($"throughput {flow.ThroughputBitsPerSecond / 1e6:F3} Mbit/s, policed {flow.DroppedByRateLimit} packets");
        Assert.InRange(flow.ThroughputBitsPerSecond, rate.BitsPerSecond * 0.99, rate.BitsPerSecond + bucketBitsPerSecond);
        Assert.True(flow.DroppedByRateLimit > 0);
        Assert.Equal(flow.PacketsDropped, flow.DroppedByRateLimit);
    }

    /// <summary>
    /// A Sydney data centre whose Internet VXC is on an MCR in London: its packets to a Sydney endpoint cross the backbone
    /// to London and then the Internet back from London, so with neither jitter nor loss the delay is exactly the
    /// backbone's, plus the London-to-Sydney Internet base delay, plus serialization; not the few milliseconds an
    /// Internet path from the site itself would take.
    /// </summary>
    [Fact]
    public void TheInternetPathStartsAtTheMcrsPopNotAtTheSite()
    {
        var description = LondonFabric(new InternetPathParameters(), DataRate.Parse("100Mbps"), DataRate.Parse("10Mbps"), "saas-syd") with
        {
            Pops = [new PopSpec("LON1", London), new PopSpec("SYD1", Sydney)],
            BackboneLinks = [new BackboneLinkSpec("SYD1", "LON1", DataRate.Parse("100Gbps"), Delay: SimTime.FromMilliseconds(110))],
            Sites = [new SiteSpec("dc", Sydney, [Ipv4Prefix.Parse("10.1.0.0/16")]), new SiteSpec("saas-syd", new GeoLocation(-33.80, 151.10), [Ipv4Prefix.Parse("203.0.113.0/24")])],
            Ports = [new PortSpec("dc-port", "dc", "SYD1", DataRate.Parse("10Gbps"))],
        };
        var flow = Run(description, seed: 1);
        double internet = InternetRouteModel.Calibrated.OneWay(London, new GeoLocation(-33.80, 151.10)).TotalMilliseconds;
        output.WriteLine($"measured {flow.DelayMeanMs:F4} ms; backbone 110 ms + Internet from London {internet:F3} ms");
        Assert.Equal(0, flow.PacketsDropped);
        Assert.InRange(flow.DelayMeanMs, 110 + internet, 110 + internet + 0.01);
        Assert.True(flow.DelayMeanMs > 100 + InternetRouteModel.Calibrated.OneWay(Sydney, new GeoLocation(-33.80, 151.10)).TotalMilliseconds);
    }

    /// <summary>10 Gbit/s port serialization of a 1000-byte packet and the MCR's 400 Gbit/s link to its PoP, in ms.</summary>
    private const double Serialization10G = (PacketBytes * 8 / 10e9 + PacketBytes * 8 / 400e9) * 1e3;

    private static FabricDescription LondonFabric(InternetPathParameters internet, DataRate vxcRate, DataRate offered, string destination) => new()
    {
        Pops = [new PopSpec("LON1", London)],
        Sites = [new SiteSpec("dc", London, [Ipv4Prefix.Parse("10.1.0.0/16")]), new SiteSpec(destination, Singapore, [Ipv4Prefix.Parse("203.0.113.0/24")])],
        Ports = [new PortSpec("dc-port", "dc", "LON1", DataRate.Parse("10Gbps"))],
        Mcrs = [new McrSpec("mcr", "LON1", DataRate.Parse("1Gbps"), Asn: 133937)],
        Vxcs = [new VxcSpec("dc-mcr", "dc-port", "mcr", DataRate.Parse("1Gbps"))],
        InternetVxcs = [new InternetVxcSpec("mcr-internet", "mcr", vxcRate, [destination]) { Internet = internet }],
        Demands = [new DemandSpec("to-saas", "dc", destination, DemandKind.Poisson) { Rate = offered, Sizes = new FixedPacketSize(PacketBytes) }],
        WarmUp = SimTime.FromSeconds(2),
        Duration = SimTime.FromSeconds(10),
    };

    private static FlowMeasurement Run(FabricDescription description, ulong seed)
    {
        var fabric = description.Build(seed);
        fabric.Run();
        return fabric.Measure().Flows.Single(f => f.Flow == "to-saas");
    }
}
