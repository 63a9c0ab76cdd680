using FabricSim.Scenarios.Yaml;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Reachability;

/// <summary>
/// validate decides from BGP policy alone whether each flow reaches its destination, and the packet-level run agrees:
/// a flow it calls unreachable loses every packet, one it calls reachable loses none.
/// </summary>
public sealed class RoutingPolicyValidationTests
{
    // Line numbers below count from the first line of this text.
    private const string TwoAwsClouds = """
        name: two-aws
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 2}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws-a, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
          - {name: aws-b, provider: aws, region: ap-southeast-2, prefixes: [10.11.0.0/16]}
        options:
          - name: mcr
            ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}]
            mcrs: [{name: mcr-syd, pop: SYD1, rate: 1Gbps}]
            vxcs:
              - {name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps}
              - {name: mcr-aws-a, a: mcr-syd, b: aws-a, rate: 200Mbps}
              - {name: mcr-aws-b, a: mcr-syd, b: aws-b, rate: 200Mbps}
        traffic:
          - {name: to-a, from: syd-dc, to: aws-a, type: poisson, rate: 20Mbps, packet_size: 1000B}
          - {name: a-to-b, from: aws-a, to: aws-b, type: poisson, rate: 10Mbps, packet_size: 1000B}
        """;

    /// <summary>Sydney, Los Angeles and Frankfurt MCRs in a chain, all on Megaport's default ASN.</summary>
    private const string ChainedMcrs = """
        name: chain
        run: {duration: 2s, warmup: 500ms, seed: 5, replications: 2}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws-fra, provider: aws, region: eu-central-1, prefixes: [10.40.0.0/16]}
        options:
          - name: chain
            ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}]
            mcrs:
              - {name: mcr-syd, pop: SYD1, rate: 1Gbps}
              - {name: mcr-lax, pop: LAX1, rate: 1Gbps}
              - {name: mcr-fra, pop: FRA1, rate: 1Gbps}
            vxcs:
              - {name: dc-syd, a: syd-port, b: mcr-syd, rate: 500Mbps}
              - {name: syd-lax, a: mcr-syd, b: mcr-lax, rate: 500Mbps}
              - {name: lax-fra, a: mcr-lax, b: mcr-fra, rate: 500Mbps}
              - {name: fra-aws, a: mcr-fra, b: aws-fra, rate: 500Mbps}
        traffic:
          - {name: to-fra, from: syd-dc, to: aws-fra, type: poisson, rate: 10Mbps, packet_size: 1000B}
        """;

    private static IReadOnlyList<ScenarioError> Errors(string text)
    {
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "t.yaml"));
        return ex.Errors;
    }

    private static string Edit(string text, string oldText, string newText)
    {
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return text.Replace(oldText, newText, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_aws_clouds_on_the_default_asn_fail_validate_at_the_flow_and_the_blocking_session()
    {
        var errors = Errors(TwoAwsClouds);

        var atFlow = Assert.Single(errors, e => e.Message.StartsWith("flow 'a-to-b'", StringComparison.Ordinal));
        Assert.Equal(18, atFlow.Line);
        Assert.Contains("blocked at the BGP session on VXC 'mcr-aws-a' (t.yaml:14:9)", atFlow.Message, StringComparison.Ordinal);
        Assert.Contains("AS-path loop prevention", atFlow.Message, StringComparison.Ordinal);
        Assert.Contains("expect: unreachable", atFlow.Fix, StringComparison.Ordinal);
        var atSession = Assert.Single(errors, e => e.Message.StartsWith("the BGP session on VXC 'mcr-aws-a'", StringComparison.Ordinal));
        Assert.Equal((14, 9), (atSession.Line, atSession.Column));
        Assert.Contains("distinct ASN", atSession.Fix, StringComparison.Ordinal);
        Assert.Contains("peer_asn: 64513", atSession.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain(errors, e => e.Message.Contains("'to-a'", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_aws_clouds_with_distinct_asns_pass_validate_and_carry_cloud_to_cloud_traffic()
    {
        string text = Edit(TwoAwsClouds, "{name: mcr-aws-b, a: mcr-syd, b: aws-b, rate: 200Mbps}",
            "{name: mcr-aws-b, a: mcr-syd, b: aws-b, rate: 200Mbps, bgp: {peer_asn: 64513}}");

        var result = Simulation.Run(ScenarioLoader.LoadText(text, "t.yaml"), new RunOptions(Jobs: 1));

        var flow = Assert.Single(result.Options).Flows.Single(f => f.Flow == "a-to-b");
        Assert.False(flow.Unreachable);
        Assert.Equal(0, flow.LossRatio.Mean);
        Assert.True(flow.PacketsReceived > 0);
    }

    [Fact]
    public void A_flow_expected_unreachable_is_reported_unreachable_and_not_as_an_outage()
    {
        string text = Edit(TwoAwsClouds, "rate: 10Mbps, packet_size: 1000B}", "rate: 10Mbps, packet_size: 1000B, expect: unreachable}");

        var result = Simulation.Run(ScenarioLoader.LoadText(text, "t.yaml"), new RunOptions(Jobs: 1));

        var flows = Assert.Single(result.Options).Flows;
        var blocked = flows.Single(f => f.Flow == "a-to-b");
        Assert.True(blocked.Unreachable);
        Assert.Equal("unreachable", blocked.Status);
        Assert.True(double.IsNaN(blocked.OutageSeconds.Mean));
        // The packet-level run agrees with the static verdict: not one packet arrives.
        Assert.Equal(0, blocked.PacketsReceived);
        Assert.Equal(1.0, blocked.LossRatio.Mean);
        Assert.False(flows.Single(f => f.Flow == "to-a").Unreachable);
    }

    [Fact]
    public void Chained_mcrs_sharing_the_default_asn_are_caught()
    {
        var errors = Errors(ChainedMcrs);

        var atFlow = Assert.Single(errors, e => e.Message.StartsWith("flow 'to-fra'", StringComparison.Ordinal));
        Assert.Contains("share ASN 133937", atFlow.Message, StringComparison.Ordinal);
        Assert.Contains("distinct asn", atFlow.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Chained_mcrs_sharing_the_default_asn_lose_every_packet_in_the_packet_level_run()
    {
        string text = Edit(ChainedMcrs, "packet_size: 1000B}", "packet_size: 1000B, expect: unreachable}");

        var flow = Assert.Single(Assert.Single(Simulation.Run(ScenarioLoader.LoadText(text, "t.yaml"), new RunOptions(Jobs: 1)).Options).Flows);

        Assert.True(flow.Unreachable);
        Assert.Equal(0, flow.PacketsReceived);
    }

    [Fact]
    public void Chained_mcrs_with_distinct_asns_pass_validate()
    {
        // Renumbering only Los Angeles is not enough: Frankfurt would find its own ASN (Sydney's) in the path.
        string text = Edit(Edit(ChainedMcrs, "{name: mcr-lax, pop: LAX1, rate: 1Gbps}", "{name: mcr-lax, pop: LAX1, rate: 1Gbps, asn: 64600}"),
            "{name: mcr-fra, pop: FRA1, rate: 1Gbps}", "{name: mcr-fra, pop: FRA1, rate: 1Gbps, asn: 64601}");

        var flow = Assert.Single(Assert.Single(Simulation.Run(ScenarioLoader.LoadText(text, "t.yaml"), new RunOptions(Jobs: 1)).Options).Flows);

        Assert.False(flow.Unreachable);
        Assert.True(flow.PacketsReceived > 0);
        Assert.Equal(0, flow.LossRatio.Mean);
    }

    [Fact]
    public void An_import_prefix_list_that_refuses_the_destination_is_named()
    {
        string text = Edit(Edit(TwoAwsClouds, "{name: mcr-aws-a, a: mcr-syd, b: aws-a, rate: 200Mbps}",
                "{name: mcr-aws-a, a: mcr-syd, b: aws-a, rate: 200Mbps, bgp: {import: only-b}}"),
            "    vxcs:", "    prefix_lists: [{name: only-b, rules: [{action: permit, prefix: 10.11.0.0/16}]}]\n    vxcs:");

        var error = Assert.Single(Errors(text), e => e.Message.StartsWith("flow 'to-a'", StringComparison.Ordinal));

        Assert.Contains("prefix list 'only-b'", error.Message, StringComparison.Ordinal);
        Assert.Contains("10.10.0.0/16", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Private_cloud_routes_never_reach_a_public_cloud_peer()
    {
        string text = Edit(Edit(TwoAwsClouds,
                "{name: mcr-aws-a, a: mcr-syd, b: aws-a, rate: 200Mbps}",
                "{name: mcr-aws-a, a: mcr-syd, b: aws-a, rate: 200Mbps, bgp: {peer_type: private_cloud}}"),
                "{name: mcr-aws-b, a: mcr-syd, b: aws-b, rate: 200Mbps}",
                "{name: mcr-aws-b, a: mcr-syd, b: aws-b, rate: 200Mbps, cloud: {type: aws_hosted, vif: public}, bgp: {peer_asn: 16509, peer_type: public_cloud}}");

        var error = Assert.Single(Errors(text), e => e.Message.StartsWith("flow 'a-to-b'", StringComparison.Ordinal));

        Assert.Contains("learned from a public-cloud peer and such routes never go to the private_cloud peer 'aws-a'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_routes_than_a_private_vif_accepts_drop_the_session()
    {
        string prefixes = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"172.16.{i}.0/24"));
        string text = Edit(TwoAwsClouds, "prefixes: [192.168.0.0/16]", $"prefixes: [{prefixes}]");
        text = Edit(text, "{name: mcr-aws-b, a: mcr-syd, b: aws-b, rate: 200Mbps}", "{name: mcr-aws-b, a: mcr-syd, b: aws-b, rate: 200Mbps, bgp: {peer_asn: 64513}}");

        var errors = Errors(text);

        Assert.Contains(errors, e => e.Message.Contains("above the 100 it accepts (aws.private.prefixes", StringComparison.Ordinal)
                                     && e.Message.Contains("VXC 'mcr-aws-a'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.StartsWith("flow 'to-a'", StringComparison.Ordinal));
    }

    [Fact]
    public void More_routes_than_an_mcr_holds_are_an_error()
    {
        // 10 001 site prefixes behind one port: the MCR learns them all (the clouds drop their sessions, over their own limit).
        string prefixes = string.Join(", ", Enumerable.Range(0, 10_001).Select(i => $"172.{16 + i / 256}.{i % 256}.0/24"));
        string text = Edit(TwoAwsClouds, "prefixes: [192.168.0.0/16]", $"prefixes: [{prefixes}]");

        var errors = Errors(text);

        Assert.Contains(errors, e => e.Message.StartsWith("MCR 'mcr-syd' in option 'mcr' would hold 10001 routes, above the 10000", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_aws_peer_asn_is_the_documented_amazon_side_default()
    {
        var limit = Catalog.Default.Products.Get("aws.default_asn");

        Assert.Equal(64512, Catalog.Default.Products.DefaultAsn(CloudProvider.Aws));
        Assert.Contains("the default is 64512", limit.Source, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual("n/a", limit.Date);
    }
}
