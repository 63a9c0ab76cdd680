using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Sweeps;

/// <summary>
/// A sweep's result is one complete result per point; nothing in it stands for the scenario as written, and each
/// point is priced as what it is (a VXC upgrade sweep costs each VXC rate, not only the first).
/// </summary>
public class SweepRunTests
{
    private const string VxcUpgrade = """
        name: upgrade
        run: {duration: 1s, warmup: 100ms, replications: 2, seed: 5}
        sites:
          - {name: dc, pop: MEL1, prefixes: [172.16.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
        options:
          - name: sdci
            ports: [{name: p, site: dc, speed: 10Gbps}]
            vxcs: [{name: v, a: p, b: aws, rate: 300Mbps, cloud: {type: aws_hosted}}]
        traffic:
          - {name: down, from: aws, to: dc, type: poisson, rate: 20Mbps, packet_size: 1200B}
        sweep:
          name: vxc_rate
          path: options[sdci].vxcs[v].rate
          values: [1Gbps, 500Mbps, 200Mbps]
        """;

    [Fact]
    public void A_vxc_upgrade_sweep_prices_every_point_and_presents_none_of_them_as_the_scenario()
    {
        var scenario = ScenarioLoader.LoadText(VxcUpgrade, "upgrade.yaml");

        var result = Simulation.Sweep(scenario, new RunOptions(Jobs: 2));

        Assert.Empty(result.Options);
        Assert.Equal(["1Gbps", "500Mbps", "200Mbps"], result.Sweep.Select(point => point.Setting));
        Assert.Equal([1e9, 500e6, 200e6], result.Sweep.Select(point => point.Value));
        Assert.All(result.Sweep, point => Assert.Equal(SweepValueKind.Rate, point.Kind));
        // Each point bills its own VXC, at its own rate's price.
        var vxcLines = result.Sweep.Select(point => point.Options.Single().Cost.Single(line => line.Category == "vxc").Item).ToList();
        Assert.Equal(["VXC v 1Gbps interzone", "VXC v 500Mbps interzone", "VXC v 200Mbps interzone"], vxcLines);
        var totals = result.Sweep.Select(point => point.Options.Single().MonthlyCostUsd).ToList();
        Assert.Equal(3, totals.Distinct().Count());
        Assert.True(totals[0] > totals[1] && totals[1] > totals[2], string.Join(", ", totals));
        // The same offered demand at every point: only the VXC's rate changed. A Poisson count of 20e6 × 0.9 s / 9600 bit
        // = 1,875 packets per replication, two replications: relative σ = 1/√3750 ≈ 1.6 %; four σ allowed.
        double fourSigma = 4 * 20e6 / Math.Sqrt(3750);
        Assert.All(result.Sweep, point => Assert.Equal(20e6, point.Options.Single().Flows.Single().ThroughputBitsPerSecond.Mean, fourSigma));
    }
}
