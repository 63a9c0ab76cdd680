using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Random failures named in a scenario reach the simulated fabric: a VXC with MTBF 20 s and MTTR 2 s is down a
/// fraction 2/22 of the time, and a flow that has no other path is out at least that long (longer, as BFD detection
/// and BGP re-establishment add to every repair).
/// </summary>
public sealed class RandomFailureRunnerStatisticalTests
{
    private static readonly string Scenario = MelbourneToSydney.Scenario(
        "random-vxc-failures", "{duration: 300s, warmup: 5s, seed: 17, replications: 6}", "1Gbps",
        "rate: 100Mbps, bgp: {peer_asn: 64512, peer_type: private_cloud, bfd: true}",
        "  - {name: app, from: mel-dc, to: aws-syd, type: cbr, rate: 1Mbps, packet_size: 1250B}",
        "  - {element: mel-aws, mtbf: 20s, mttr: 2s}");

    [Fact]
    public void A_flow_without_an_alternative_path_is_out_at_least_as_long_as_its_VXC_is_down()
    {
        var scenario = ScenarioLoader.LoadText(Scenario, "random.yaml");

        var result = Simulation.Run(scenario, new RunOptions(Jobs: 2));

        var flow = Assert.Single(Assert.Single(result.Options).Flows);
        double measuredSeconds = (scenario.Run.Duration - scenario.Run.WarmUp).TotalSeconds;
        double unavailability = 2.0 / (20.0 + 2.0);
        var outageFraction = flow.OutageSeconds;
        Assert.True(outageFraction.Mean > 0, "no outage was measured");
        Assert.True(outageFraction.Upper / measuredSeconds >= unavailability,
            $"outage {outageFraction.Mean:F1} ± {outageFraction.HalfWidth:F1} s of {measuredSeconds} s is below the VXC's own downtime fraction {unavailability:F3}");
        Assert.True(flow.LossRatio.Mean > 0);
    }

    [Fact]
    public void Without_the_failure_entry_the_same_flow_has_no_outage()
    {
        string healthy = Scenario[..Scenario.IndexOf("failures:", StringComparison.Ordinal)].Replace("300s", "30s", StringComparison.Ordinal);
        var result = Simulation.Run(ScenarioLoader.LoadText(healthy, "healthy.yaml"), new RunOptions(Jobs: 2));

        var flow = Assert.Single(Assert.Single(result.Options).Flows);
        Assert.Equal(0, flow.OutageSeconds.Mean);
        Assert.Equal(0, flow.LossRatio.Mean);
    }
}
