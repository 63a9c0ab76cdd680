using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Reachability;

/// <summary>
/// A flow to a cloud is addressed to the network it names with to_prefix, else to the first network routing policy
/// lets it reach; validate's verdict and the packet-level run agree on which one that is.
/// </summary>
public sealed class DestinationPrefixTests
{
    // Line numbers below count from the first line of this text.
    private const string SecondCidrOnly = """
        name: second-cidr
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 2}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16, 10.20.0.0/16]}
        options:
          - name: mcr
            ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}]
            mcrs: [{name: mcr-syd, pop: SYD1, rate: 1Gbps}]
            prefix_lists:
              - name: second-vpc
                rules:
                  - {action: permit, prefix: 10.20.0.0/16}
            vxcs:
              - {name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps}
              - {name: mcr-aws, a: mcr-syd, b: aws, rate: 200Mbps, bgp: {import: second-vpc}}
        traffic:
          - {name: to-aws, from: syd-dc, to: aws, type: poisson, rate: 20Mbps, packet_size: 1000B}
        """;

    private static string Edit(string text, string oldText, string newText)
    {
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return text.Replace(oldText, newText, StringComparison.Ordinal);
    }

    private static Results.FlowSummary RunFlow(string text, string flow) =>
        Assert.Single(Simulation.Run(ScenarioLoader.LoadText(text, "t.yaml"), new RunOptions(Jobs: 1)).Options).Flows.Single(f => f.Flow == flow);

    private static IReadOnlyList<ScenarioError> Errors(string text) =>
        Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "t.yaml")).Errors;

    [Fact]
    public void An_import_list_permitting_only_the_second_vpc_cidr_carries_traffic_to_it_by_default()
    {
        // Before: flows always targeted the first prefix, which the import list refuses: 100 % loss.
        var flow = RunFlow(SecondCidrOnly, "to-aws");

        Assert.False(flow.Unreachable);
        Assert.True(flow.PacketsReceived > 0);
        Assert.Equal(0, flow.LossRatio.Mean);
    }

    [Fact]
    public void Tcp_to_the_second_vpc_cidr_is_carried_both_ways()
    {
        string text = Edit(SecondCidrOnly, "type: poisson, rate: 20Mbps, packet_size: 1000B}", "type: tcp_bulk, rate: 20Mbps}");

        var flow = RunFlow(text, "to-aws");

        Assert.False(flow.Unreachable);
        Assert.True(flow.PacketsReceived > 0);
    }

    [Fact]
    public void Naming_the_second_vpc_cidr_carries_the_flow()
    {
        string text = Edit(SecondCidrOnly, "packet_size: 1000B}", "packet_size: 1000B, to_prefix: 10.20.0.0/16}");

        var flow = RunFlow(text, "to-aws");

        Assert.True(flow.PacketsReceived > 0);
        Assert.Equal(0, flow.LossRatio.Mean);
    }

    [Fact]
    public void Naming_the_refused_first_cidr_fails_validate_at_the_import_list()
    {
        string text = Edit(SecondCidrOnly, "packet_size: 1000B}", "packet_size: 1000B, to_prefix: 10.10.0.0/16}");

        var atFlow = Assert.Single(Errors(text), e => e.Message.StartsWith("flow 'to-aws'", StringComparison.Ordinal));

        Assert.Equal(19, atFlow.Line);
        Assert.Contains("10.10.0.0/16", atFlow.Message, StringComparison.Ordinal);
        Assert.Contains("second-vpc", atFlow.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_and_the_run_agree_that_the_refused_first_cidr_is_unreachable()
    {
        string text = Edit(SecondCidrOnly, "packet_size: 1000B}", "packet_size: 1000B, to_prefix: 10.10.0.0/16, expect: unreachable}");

        var flow = RunFlow(text, "to-aws");

        Assert.True(flow.Unreachable);
        Assert.Equal(0, flow.PacketsReceived);
    }

    [Fact]
    public void A_to_prefix_the_destination_does_not_own_is_refused_with_its_networks()
    {
        string text = Edit(SecondCidrOnly, "packet_size: 1000B}", "packet_size: 1000B, to_prefix: 10.30.0.0/16}");

        var error = Assert.Single(Errors(text), e => e.Message.StartsWith("to_prefix 10.30.0.0/16", StringComparison.Ordinal));

        Assert.Equal(19, error.Line);
        Assert.Contains("10.10.0.0/16, 10.20.0.0/16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_flows_naming_different_networks_of_one_cloud_are_refused()
    {
        string text = Edit(SecondCidrOnly, "packet_size: 1000B}", "packet_size: 1000B, to_prefix: 10.20.0.0/16}")
            + "\n  - {name: to-aws-2, from: syd-dc, to: aws, type: poisson, rate: 1Mbps, to_prefix: 10.10.0.0/16, expect: unreachable}\n";

        var error = Assert.Single(Errors(text), e => e.Message.StartsWith("to_prefix 10.10.0.0/16", StringComparison.Ordinal));

        Assert.Contains("'to-aws'", error.Message, StringComparison.Ordinal);
        Assert.Equal(20, error.Line);
    }
}
