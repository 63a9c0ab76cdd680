using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// A TCP connection is sampled over time like a packet source, from the bytes its receiver delivered in order, so
/// its throughput shows in timeseries.csv and the throughput plot, and the samples add up to the goodput reported.
/// </summary>
public sealed class TcpThroughputSeriesTests
{
    private static readonly string Scenario = MelbourneToSydney.Scenario(
        "tcp-series", "{duration: 5s, warmup: 1s, seed: 3, replications: 1}", "10Gbps", "rate: 1Gbps",
        "  - {name: bulk, from: mel-dc, to: aws-syd, type: tcp_bulk, rate: 200Mbps}");

    [Fact]
    public void A_tcp_flows_samples_add_up_to_its_goodput_and_hold_its_application_rate()
    {
        var result = Simulation.Run(ScenarioLoader.LoadText(Scenario, "tcp-series.yaml"), new RunOptions(Jobs: 1));

        var option = Assert.Single(result.Options);
        var samples = option.TimeSeries.Where(p => p.Series == "bulk" && p.Metric == "throughput_bps").ToList();
        Assert.NotEmpty(samples);
        double interval = samples[1].TimeSeconds - samples[0].TimeSeconds;
        var measured = samples.Where(p => p.TimeSeconds > 1.0 + 1e-9 && p.TimeSeconds <= 5.0 + 1e-9).ToList();
        double deliveredBits = measured.Sum(p => p.Value * interval);
        double goodput = option.Flows.Single(f => f.Flow == "bulk").ThroughputBitsPerSecond.Mean;
        // The samples cover the measured 4 s to within the sample that straddles the warm-up's end.
        Assert.InRange(deliveredBits / 4.0, goodput - 200e6 * interval / 4.0, goodput + 200e6 * interval / 4.0);
        // An application-limited connection on a 1 Gbit/s VXC delivers its 200 Mbit/s in every late sample (a
        // segment or two either side of the interval's edges).
        Assert.All(measured.Skip(5), p => Assert.InRange(p.Value, 0.97 * 200e6, 1.03 * 200e6));
    }
}
