using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// An MCR's rate limit is its total throughput capacity (the Megaport API and CLI order it as the MCR's port speed,
/// "total throughput capacity"): every packet routed through the MCR counts once against it, whichever way it goes.
/// Both directions are tested against that model, below and above the limit.
/// </summary>
public sealed class McrCapacityRunTests
{
    private static string Scenario(string rate) => $$$"""
        name: mcr-capacity
        run: {duration: 1500ms, warmup: 300ms, seed: 21, replications: 3}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [172.16.0.0/16]}
        clouds:
          - {name: aws-syd, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
        options:
          - name: sdci
            ports: [{name: p, site: syd-dc, speed: 10Gbps}]
            mcrs: [{name: mcr, pop: SYD1, rate: 1Gbps}]
            vxcs:
              - {name: dc-mcr, a: p, b: mcr, rate: 1Gbps}
              - {name: mcr-aws, a: mcr, b: aws-syd, rate: 1Gbps, cloud: {type: aws_hosted}}
        traffic:
          - {name: up, from: syd-dc, to: aws-syd, type: poisson, rate: {{{rate}}}, packet_size: 1500B}
          - {name: down, from: aws-syd, to: syd-dc, type: poisson, rate: {{{rate}}}, packet_size: 1500B}
        """;

    [Fact]
    public void A_1_gbit_mcr_with_700_mbit_each_way_carries_1_gbit_in_all_shared_by_the_two_directions()
    {
        var flows = Assert.Single(Simulation.Run(ScenarioLoader.LoadText(Scenario("700Mbps"), "mcr.yaml"), new RunOptions(Jobs: 1)).Options).Flows;

        // 1.4 Gbit/s offered to a 1 Gbit/s limit: 1 − 1000/1400 = 28.6 % of each direction's packets are dropped,
        // and each carries 1000 × 700 / 1400 = 500 Mbit/s (Poisson arrivals meet the shared bucket alike).
        // The token bucket's burst lets a little more through over a 1.2 s window; the intervals are across replications.
        var up = flows.Single(f => f.Flow == "up");
        var down = flows.Single(f => f.Flow == "down");
        foreach (var flow in new[] { up, down })
        {
            Assert.InRange(flow.LossRatio.Mean, 0.286 - 0.02 - flow.LossRatio.HalfWidth, 0.286 + 0.02 + flow.LossRatio.HalfWidth);
        }
        double carried = up.ThroughputBitsPerSecond.Mean + down.ThroughputBitsPerSecond.Mean;
        Assert.InRange(carried, 0.98e9, 1.03e9);
    }

    [Fact]
    public void A_1_gbit_mcr_with_450_mbit_each_way_carries_both_directions_in_full()
    {
        var flows = Assert.Single(Simulation.Run(ScenarioLoader.LoadText(Scenario("450Mbps"), "mcr.yaml"), new RunOptions(Jobs: 1)).Options).Flows;

        // 900 Mbit/s in all is under the limit: nothing is dropped either way beyond what Poisson bursts exceed the bucket.
        Assert.All(flows, f => Assert.True(f.LossRatio.Mean < 0.005, $"{f.Flow} lost {f.LossRatio.Mean:P2}"));
        Assert.All(flows, f => Assert.InRange(f.ThroughputBitsPerSecond.Mean, 0.44e9, 0.46e9));
    }
}
