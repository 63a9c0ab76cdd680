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
}
