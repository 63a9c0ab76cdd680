using FabricSim.Engine.Random;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Traffic;

/// <summary>Sources against their defining rates; tolerance from the spread of independent replications.</summary>
public sealed class TrafficSourceStatisticalTests
{
    private static FabricBuilder TwoHosts(int replication) =>
        new FabricBuilder(41, replication)
            .AddNode("A", NodeKind.Host).AddNode("B", NodeKind.Host)
            .AddLink("l", "A", "B", DataRate.Parse("10Gbps"), SimTime.FromMicroseconds(100));

    [Fact]
    public void Poisson_source_emits_lambda_t_packets_on_average()
    {
        const double lambda = 20_000;
        var counts = new RunningStatistics();
        for (int r = 0; r < 12; r++)
        {
            var fabric = TwoHosts(r).AddPoissonFlow("p", "A", "B", lambda, stop: SimTime.FromSeconds(1)).Build();
            fabric.Run(SimTime.FromSeconds(1.1));
            counts.Add(fabric.Flow("p").PacketsSent);
        }
        var ci = counts.ConfidenceInterval(0.99);
        Assert.True(ci.Contains(lambda), $"{lambda} outside [{ci.Lower}, {ci.Upper}]");
        // Poisson: variance equals the mean; the sample variance must be of that size.
        Assert.InRange(counts.Variance / lambda, 0.25, 2.5);
    }

    [Fact]
    public void Constant_bit_rate_source_is_exact()
    {
        // 12 Mbps of 1500-byte packets is one packet every millisecond: exactly 1000 in [0, 1 s).
        var fabric = TwoHosts(0).AddConstantBitRateFlow("c", "A", "B", DataRate.Parse("12Mbps"), stop: SimTime.FromSeconds(1)).Build();
        fabric.Run(SimTime.FromSeconds(2));
        Assert.Equal(1000, fabric.Flow("c").PacketsSent);
        Assert.Equal(0, fabric.SinkOf("c").JitterNanoseconds);
    }

    [Fact]
    public void Pareto_on_off_source_averages_peak_times_on_fraction()
    {
        var peak = DataRate.Parse("12Mbps");
        SimTime meanOn = SimTime.FromMilliseconds(20), meanOff = SimTime.FromMilliseconds(60);
        double expected = peak.BitsPerSecond * 20.0 / 80.0;
        var rates = new RunningStatistics();
        for (int r = 0; r < 16; r++)
        {
            var fabric = TwoHosts(r).AddOnOffFlow("o", "A", "B", peak, meanOn, meanOff, shape: 1.9, stop: SimTime.FromSeconds(20)).Build();
            fabric.Run(SimTime.FromSeconds(20.1));
            rates.Add(fabric.Flow("o").PacketsSent * 12_000 / 20.0);
        }
        var ci = rates.ConfidenceInterval(0.99);
        Assert.True(ci.Contains(expected), $"{expected} outside [{ci.Lower}, {ci.Upper}]");
        Assert.True(ci.HalfWidth < 0.1 * expected);
    }

    [Fact]
    public void Imix_sizes_have_the_mixture_mean()
    {
        var imix = EmpiricalPacketSize.SimpleImix();
        double expected = (7 * 64 + 4 * 594 + 1518) / 12.0;
        Assert.Equal(expected, imix.MeanSizeBytes, 9);
        var random = new RandomStreams(1, 0).Get("traffic/imix");
        var sizes = new RunningStatistics();
        for (int i = 0; i < 100_000; i++)
        {
            sizes.Add(imix.NextSizeBytes(random));
        }
        Assert.True(sizes.ConfidenceInterval(0.99).Contains(expected));
        Assert.Equal(64, sizes.Min);
        Assert.Equal(1518, sizes.Max);
    }

    [Fact]
    public void Adding_a_flow_leaves_another_flows_samples_unchanged()
    {
        var alone = TwoHosts(0).AddPoissonFlow("p", "A", "B", 5_000).Build();
        var together = TwoHosts(0).AddPoissonFlow("q", "A", "B", 7_000).AddPoissonFlow("p", "A", "B", 5_000).Build();
        alone.Run(SimTime.FromMilliseconds(200));
        together.Run(SimTime.FromMilliseconds(200));
        Assert.Equal(alone.Flow("p").PacketsSent, together.Flow("p").PacketsSent);
    }
}
