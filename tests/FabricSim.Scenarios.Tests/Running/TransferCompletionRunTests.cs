using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// A finite TCP transfer reports how long it took, and TCP applications in routed designs start once their route
/// exists rather than losing their first window to the network's own start-up.
/// </summary>
public sealed class TransferCompletionRunTests
{
    private static readonly string Scenario = MelbourneToSydney.Scenario(
        "backup-window", "{duration: 5s, warmup: 500ms, seed: 9, replications: 3}", "10Gbps", "rate: 1Gbps",
        "  - {name: backup, from: mel-dc, to: aws-syd, type: tcp_bulk, rate: 100Mbps, bytes: 10MB}\n" +
        "  - {name: probe, from: mel-dc, to: aws-syd, type: cbr, rate: 1Mbps, packet_size: 500B}");

    [Fact]
    public void A_paced_finite_transfer_reports_its_completion_in_every_replication()
    {
        var result = Simulation.Run(ScenarioLoader.LoadText(Scenario, "backup.yaml"), new RunOptions(Jobs: 2));

        var flows = Assert.Single(result.Options).Flows;
        var completion = flows.Single(f => f.Flow == "backup").TransferCompletionSeconds;
        Assert.NotNull(completion);
        // Never faster than writing 10 MB at the application's 100 Mbit/s (0.8 s); finished within the 5 s run. How
        // much longer than 0.8 s depends on TCP meeting the VXC's policer (its slow-start bursts exceed the bucket).
        Assert.Equal(3, completion.Replications);
        Assert.InRange(completion.Mean, 0.8, 5.0);
        Assert.Null(flows.Single(f => f.Flow == "probe").TransferCompletionSeconds);
    }

    [Fact]
    public void A_tcp_transfer_in_a_routed_design_loses_nothing_to_missing_routes()
    {
        string fromTimeZero = Scenario.Replace("warmup: 500ms", "warmup: 0s", StringComparison.Ordinal);
        var scenario = ScenarioLoader.LoadText(fromTimeZero, "backup.yaml");

        var run = ReplicationRun.Execute(scenario, scenario.Options[0], seed: 9, replication: 0, CancellationToken.None);

        var backup = run.Outcome.Measurements.Flows.Single(f => f.Flow == "backup");
        Assert.Equal(0, backup.DroppedNoRoute);
        Assert.True(backup.PacketsReceived > 6_000, $"{backup.PacketsReceived} segments delivered");
    }
}
