using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Metrics;

public sealed class TimeSeriesSamplerTests
{
    [Fact]
    public void Samples_flow_throughput_and_link_utilization_per_interval()
    {
        // 50 Mbps of 1250-byte packets: one every 200 µs, exactly 50 per 10 ms interval.
        var fabric = HalfLoadedLink(seed: 61, warmUp: SimTime.Zero);
        fabric.Run(SimTime.FromMilliseconds(205));
        var series = fabric.Measure().Series;
        var throughput = series.Single(s => s.Series == "c" && s.Metric == "throughput_bps").Points();
        var utilization = series.Single(s => s.Series == fabric.Link("l").Forward.Name && s.Metric == "utilization").Points();
        Assert.Equal(20, throughput.Count);
        Assert.All(throughput.Skip(1), p => Assert.Equal(50e6, p.Value, 6));
        Assert.All(utilization.Skip(1), p => Assert.Equal(0.5, p.Value, 6));
        Assert.Equal(0.01, throughput[0].TimeSeconds, 9);
    }

    [Fact]
    public void The_sample_spanning_the_end_of_warm_up_is_neither_lost_nor_doubled()
    {
        // Warm-up ends on a sampling instant, where its reset and the sample fall at the same time.
        var fabric = HalfLoadedLink(seed: 62, warmUp: SimTime.FromMilliseconds(100));
        fabric.Run(SimTime.FromMilliseconds(205));
        var series = fabric.Measure().Series;
        var throughput = series.Single(s => s.Series == "c" && s.Metric == "throughput_bps").Points();
        var utilization = series.Single(s => s.Series == fabric.Link("l").Forward.Name && s.Metric == "utilization").Points();

        Assert.All(throughput.Skip(1), p => Assert.Equal(50e6, p.Value, 6));
        Assert.All(utilization.Skip(1), p => Assert.Equal(0.5, p.Value, 6));
    }

    /// <summary>50 Mbps of 1250-byte packets on a 100 Mbps link, sampled every 10 ms.</summary>
    private static Fabric HalfLoadedLink(ulong seed, SimTime warmUp) =>
        new FabricBuilder(seed)
            .WithWarmUp(warmUp)
            .WithTimeSeries(SimTime.FromMilliseconds(10))
            .AddNode("A", NodeKind.Host).AddNode("B", NodeKind.Host)
            .AddLink("l", "A", "B", DataRate.Parse("100Mbps"), SimTime.Zero)
            .AddConstantBitRateFlow("c", "A", "B", DataRate.Parse("50Mbps"), new FabricSim.Network.Traffic.FixedPacketSize(1250))
            .Build();
}
