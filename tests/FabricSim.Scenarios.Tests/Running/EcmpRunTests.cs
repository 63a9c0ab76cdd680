using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Two MCRs, each with a 500 Mbit/s VXC to AWS and equal attributes, offered 800 Mbit/s from the site as 40
/// demands of 20 Mbit/s. The flow hash keeps each demand on one path, so a single 800 Mbit/s demand cannot be
/// split; an aggregate of demands is.
/// </summary>
public sealed class EcmpRunTests
{
    private static string Scenario(int maximumPaths)
    {
        var traffic = string.Join("\n", Enumerable.Range(0, 40).Select(i =>
            $"  - {{name: up-{i}, from: syd-dc, to: aws-syd, type: cbr, rate: 20Mbps, packet_size: 1500B}}"));
        return $$$"""
            name: ecmp
            run: {duration: 1500ms, warmup: 500ms, seed: 5, replications: 1}
            sites:
              - {name: syd-dc, pop: SYD1, prefixes: [172.16.0.0/16], maximum_paths: {{{maximumPaths}}}}
            clouds:
              - {name: aws-syd, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16], maximum_paths: {{{maximumPaths}}}}
            options:
              - name: sdci
                ports: [{name: p, site: syd-dc, speed: 10Gbps}]
                mcrs: [{name: mcr-a, pop: SYD1, rate: 1Gbps, asn: 133937}, {name: mcr-b, pop: SYD1, rate: 1Gbps, asn: 133938}]
                vxcs:
                  - {name: dc-a, a: p, b: mcr-a, rate: 1Gbps}
                  - {name: dc-b, a: p, b: mcr-b, rate: 1Gbps}
                  - {name: a-aws, a: mcr-a, b: aws-syd, rate: 500Mbps, cloud: {type: aws_hosted}}
                  - {name: b-aws, a: mcr-b, b: aws-syd, rate: 500Mbps, cloud: {type: aws_hosted}}
            traffic:
            {{{traffic}}}
            """;
    }

    private static double Loss(int maximumPaths)
    {
        var flows = Assert.Single(Simulation.Run(ScenarioLoader.LoadText(Scenario(maximumPaths), "ecmp.yaml"), new RunOptions(Jobs: 1)).Options).Flows;
        return flows.Average(f => f.LossRatio.Mean);
    }

    [Fact]
    public void Two_mcrs_with_500_mbit_vxcs_to_aws_carry_800_mbit_without_loss_when_the_site_router_uses_both()
    {
        // Both paths carry flows: at most 25 of the 40 demands fit one 500 Mbit/s VXC, and the hash keeps it so.
        Assert.InRange(Loss(maximumPaths: 2), 0, 0.01);
    }

    [Fact]
    public void Without_multipath_one_mcr_carries_500_of_800_mbit_and_37_percent_is_lost()
    {
        // Theory: 1 − 500/800 = 37.5 % of the offered traffic, spread over the demands alike.
        Assert.InRange(Loss(maximumPaths: 1), 0.375 - 0.02, 0.375 + 0.02);
    }

    /// <summary>The same fabric carrying 800 Mbit/s the other way, out of AWS; the cloud's maximum_paths as given, or its default.</summary>
    private static double LossOutOfAws(string cloudMaximumPaths)
    {
        string yaml = Scenario(1)
            .Replace("prefixes: [10.10.0.0/16], maximum_paths: 1", "prefixes: [10.10.0.0/16]" + cloudMaximumPaths, StringComparison.Ordinal)
            .Replace("from: syd-dc, to: aws-syd", "from: aws-syd, to: syd-dc", StringComparison.Ordinal);
        var flows = Assert.Single(Simulation.Run(ScenarioLoader.LoadText(yaml, "ecmp.yaml"), new RunOptions(Jobs: 1)).Options).Flows;
        return flows.Average(f => f.LossRatio.Mean);
    }

    [Fact]
    public void Aws_spreads_flows_over_both_connections_by_default_as_direct_connect_runs_them_active_active()
    {
        // Before: a cloud's edge used its best path only unless told, so AWS sent all 800 Mbit/s down one VXC.
        Assert.InRange(LossOutOfAws(""), 0, 0.01);
    }

    [Fact]
    public void Aws_held_to_one_path_sends_everything_down_one_connection_and_loses_the_excess()
    {
        Assert.InRange(LossOutOfAws(", maximum_paths: 1"), 0.375 - 0.02, 0.375 + 0.02);
    }
}
