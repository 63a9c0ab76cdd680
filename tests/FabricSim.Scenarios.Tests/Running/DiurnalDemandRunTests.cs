using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>A demand's diurnal profile reaches its source: the carried rate is the base rate times the mean factor.</summary>
public sealed class DiurnalDemandRunTests
{
    private static readonly string Scenario = MelbourneToSydney.Scenario(
        "diurnal-demand", "{duration: 20s, warmup: 2s, seed: 5, replications: 4}", "1Gbps", "rate: 500Mbps",
        "  - {name: app, from: mel-dc, to: aws-syd, type: poisson, rate: 10Mbps, packet_size: 1250B, diurnal: {factors: [1, 3], period: 2s}}");

    [Fact]
    public void Carried_rate_is_the_base_rate_times_the_mean_factor()
    {
        var result = Simulation.Run(ScenarioLoader.LoadText(Scenario, "diurnal.yaml"), new RunOptions(Jobs: 2));

        var throughput = Assert.Single(Assert.Single(result.Options).Flows).ThroughputBitsPerSecond;
        // 18 s measured = 9 whole cycles, so the mean factor (2) applies exactly in expectation.
        double expected = 10e6 * 2;
        double tolerance = Math.Max(throughput.HalfWidth, 0.01 * expected);
        Assert.InRange(expected, throughput.Mean - tolerance, throughput.Mean + tolerance);
    }
}
