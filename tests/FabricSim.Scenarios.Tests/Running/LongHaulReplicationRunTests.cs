using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// The bundled long-haul replication scenario through the runner, one replication (its private paths have no random
/// element, so every replication gives the same figures): the policed VXC is policer-limited, the customer-shaped one
/// reaches the application's rate, and the policer's drops show in the VXC's links.csv row.
/// </summary>
public sealed class LongHaulReplicationRunTests
{
    private static readonly Lazy<ScenarioResult> Outcome = new(() =>
    {
        var loaded = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "long-haul-replication.yaml"));
        return ScenarioRunner.Run(loaded with { Run = loaded.Run with { Replications = 1 } }, new RunOptions(Jobs: 1));
    });

    private static FlowSummary Replication(string option) => Outcome.Value.Options.Single(o => o.Name == option).Flows.Single();

    private static LinkSummary VxcRow(string option) =>
        Outcome.Value.Options.Single(o => o.Name == option).Links.Single(l => l.Link == "syd-tokyo" && l.From == "syd-dc");

    /// <summary>
    /// The acceptance: at least 90 % of min(application rate, VXC rate, window/RTT) = min(200 Mbit/s, 500 Mbit/s,
    /// 6 MiB / ~0.104 s ≈ 480 Mbit/s) = 200 Mbit/s; never more than the application offers.
    /// </summary>
    [Fact]
    public void With_customer_shaping_the_replication_reaches_its_application_rate()
    {
        var flow = Replication("dx-shaped");
        double rtt = 2 * flow.LatencyP50Ms.Mean / 1000;
        double bound = Math.Min(Math.Min(200e6, 500e6), 6 * 1024 * 1024 * 8 / rtt);

        Assert.InRange(flow.ThroughputBitsPerSecond.Mean, 0.9 * bound, 200e6 * 1.001);
        Assert.Equal(0, VxcRow("dx-shaped").PacketsDropped);
    }

    /// <summary>
    /// As provisioned, the provider's policer (10 ms burst, 625 kB) lets a window through whole only up to
    /// W* = b·C/(C − r) = 1.25 MB at a 1 Gbit/s port: at most W*/RTT ≈ 96 Mbit/s, and what it drops is counted on the VXC.
    /// </summary>
    [Fact]
    public void As_provisioned_the_policer_limits_the_replication_and_its_drops_show_in_the_vxc_row()
    {
        var flow = Replication("dx-policed");
        double rtt = 2 * flow.LatencyP50Ms.Mean / 1000;
        double ceiling = 625_000 * 2 * 8 / rtt;

        Assert.InRange(flow.ThroughputBitsPerSecond.Mean, 0.7 * ceiling, ceiling);
        Assert.True(VxcRow("dx-policed").PacketsDropped > 0, "the policer's drops must show in links.csv");
    }

    /// <summary>
    /// Over 45 s the policed VXC stays in its policer cycle: every 5 s of the window carries at least half of W*/RTT,
    /// and the whole window sits in [β, 1]·W*/RTT. Before a timeout in recovery kept its threshold, a timeout at 20 s
    /// began 21 s of slow starts overshooting the policer again and again at about 20 Mbit/s.
    /// </summary>
    [Fact]
    public void Over_a_longer_window_the_policed_replication_stays_in_its_policer_cycle()
    {
        var loaded = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "long-haul-replication.yaml"));
        var policed = loaded with
        {
            Run = loaded.Run with { Replications = 1, WarmUp = Engine.Time.SimTime.FromSeconds(5), Duration = Engine.Time.SimTime.FromSeconds(45) },
            Options = [.. loaded.Options.Where(o => o.Name == "dx-policed")],
        };
        var result = ScenarioRunner.Run(policed, new RunOptions(Jobs: 1) { Fidelity = Fidelity.Packet });
        var option = result.Options.Single();
        var flow = option.Flows.Single();
        double rtt = 2 * flow.LatencyP50Ms.Mean / 1000;
        double ceiling = 625_000 * 2 * 8 / rtt;

        Assert.InRange(flow.ThroughputBitsPerSecond.Mean, 0.7 * ceiling, ceiling);
        var samples = option.TimeSeries.Where(p => p.Series == "replication" && p.Metric == "throughput_bps" && p.TimeSeconds > 5 + 1e-9).ToList();
        for (double start = 5; start < 45 - 1e-9; start += 5)
        {
            double mean = samples.Where(p => p.TimeSeconds > start + 1e-9 && p.TimeSeconds <= start + 5 + 1e-9).Average(p => p.Value);
            Assert.True(mean >= 0.5 * ceiling, $"{start}-{start + 5} s: {mean / 1e6:0.0} Mbit/s against W*/RTT {ceiling / 1e6:0.0}");
        }
    }
}
