using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>One test per error class: the message, its line and column, and the suggested fix.</summary>
public class ScenarioErrorTests
{
    // Line numbers below count from the first line of this text.
    private const string Valid = """
        name: t
        run: {duration: 10s, replications: 3}
        sites:
          - {name: syd-dc, pop: SYD1}
          - {name: mel-dc, pop: MEL1}
        clouds:
          - {name: aws-syd, provider: aws, region: ap-southeast-2}
        options:
          - name: sdci
            ports:
              - {name: syd-port, site: syd-dc, speed: 10Gbps}
            mcrs:
              - {name: mcr, pop: SYD1, rate: 5Gbps}
            vxcs:
              - name: syd-aws
                a: syd-port
                b: aws-syd
                rate: 500Mbps
        traffic:
          - name: app
            from: syd-dc
            to: aws-syd
            type: poisson
            rate: 100Mbps
            packet_size: 1000B
        """;

    private static IReadOnlyList<ScenarioError> Errors(string text)
    {
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "t.yaml"));
        Assert.NotEmpty(ex.Errors);
        Assert.All(ex.Errors, e => Assert.Equal("t.yaml", e.File));
        return ex.Errors;
    }

    private static ScenarioError Single(string text) => Assert.Single(Errors(text));

    private static string Replace(string oldText, string newText)
    {
        Assert.Contains(oldText, Valid, StringComparison.Ordinal);
        return Valid.Replace(oldText, newText, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_text_loads()
    {
        var scenario = ScenarioLoader.LoadText(Valid, "t.yaml");
        Assert.Equal("syd-aws", scenario.Options[0].Vxcs[0].Name);
    }

    [Fact]
    public void Yaml_syntax_error_reports_position()
    {
        var error = Single(Replace("    rate: 100Mbps", "    rate: [100Mbps"));
        Assert.StartsWith("YAML syntax error:", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Line, 24, 26);
        Assert.Contains("close every '['", error.Fix, StringComparison.Ordinal);
        Assert.Matches(@"^t\.yaml:\d+:\d+: YAML syntax error", error.ToString());
    }

    [Fact]
    public void Yaml_syntax_error_from_a_missing_colon_reports_its_line()
    {
        var error = Single(Replace("    type: poisson", "    type poisson"));
        Assert.StartsWith("YAML syntax error:", error.Message, StringComparison.Ordinal);
        Assert.Equal(23, error.Line);
        Assert.Contains("colons after keys", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_key_by_alias()
    {
        var error = Single(Replace("        rate: 500Mbps", "        rate: 500Mbps\n        bandwith: 1Gbps"));
        Assert.Equal("unknown key 'bandwith' in vxc 'syd-aws'; did you mean 'rate'?", error.Message);
        Assert.Equal((19, 9), (error.Line, error.Column));
        Assert.Equal("rename 'bandwith' to 'rate'", error.Fix);
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_key_by_spelling()
    {
        var error = Single(Replace("    packet_size: 1000B", "    packet_sise: 1000B"));
        Assert.Equal("unknown key 'packet_sise' in flow 'app'; did you mean 'packet_size'?", error.Message);
        Assert.Equal((25, 5), (error.Line, error.Column));
    }

    [Fact]
    public void Unknown_pop_lists_nearby_codes()
    {
        var error = Single(Replace("{name: mcr, pop: SYD1,", "{name: mcr, pop: SYD9,"));
        Assert.Equal("unknown PoP 'SYD9' in mcr 'mcr'; known PoPs near that name: SYD1, SYD2", error.Message);
        Assert.Equal((13, 26), (error.Line, error.Column));
    }

    [Fact]
    public void Unknown_site_reference_is_reported()
    {
        var error = Single(Replace("site: syd-dc, speed", "site: syd-cd, speed"));
        Assert.Equal("unknown site 'syd-cd' in port 'syd-port'; did you mean 'syd-dc'?", error.Message);
        Assert.Equal((11, 32), (error.Line, error.Column));
    }

    [Fact]
    public void Unknown_cloud_in_flow_is_reported()
    {
        var error = Single(Replace("    to: aws-syd", "    to: aws-sdy"));
        Assert.Equal("unknown site or cloud 'aws-sdy' in flow 'app'; did you mean 'aws-syd'?", error.Message);
        Assert.Equal((22, 9), (error.Line, error.Column));
    }

    [Fact]
    public void Unknown_vxc_endpoint_is_reported()
    {
        var error = Single(Replace("        b: aws-syd", "        b: mcr-x"));
        Assert.StartsWith("unknown endpoint 'mcr-x' in vxc 'syd-aws'; did you mean 'mcr'?", error.Message, StringComparison.Ordinal);
        Assert.Equal((17, 12), (error.Line, error.Column));
    }

    [Fact]
    public void Unknown_option_and_element_in_failures_are_reported()
    {
        var errors = Errors(Valid + "\nfailures:\n  - {element: mcr, option: sdic, at: 1s, for: 1s}\n  - {element: syd-awz, at: 1s, for: 1s}\n");
        Assert.Equal(2, errors.Count);
        Assert.Equal("unknown option 'sdic' in failure; did you mean 'sdci'?", errors[0].Message);
        Assert.Equal((27, 28), (errors[0].Line, errors[0].Column));
        Assert.Equal("unknown element 'syd-awz' in failure; did you mean 'syd-aws'?", errors[1].Message);
        Assert.Equal((28, 15), (errors[1].Line, errors[1].Column));
    }

    [Fact]
    public void Unknown_flow_in_sweep_path_names_the_sweep_line()
    {
        var scenario = ScenarioLoader.LoadText(Valid + "\nsweep:\n  path: traffic[ap].rate\n  values: [10Mbps]\n", "t.yaml");
        var ex = Assert.Throws<ScenarioValidationException>(() => FabricSim.Scenarios.Sweeps.SweepExpansion.Expand(scenario));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("sweep path 'traffic[ap].rate': no item named 'ap' in traffic; did you mean 'app'?", error.Message);
        Assert.Equal((27, 9), (error.Line, error.Column));
    }

    [Fact]
    public void Bad_unit_is_reported_with_an_example()
    {
        var error = Single(Replace("    rate: 100Mbps", "    rate: 100MB"));
        Assert.Equal("bad unit in rate of flow 'app': 'MB' in '100MB' is not a rate unit; use bps, kbps, Mbps, Gbps or Tbps", error.Message);
        Assert.Equal((24, 11), (error.Line, error.Column));
        Assert.Equal("write a rate with a unit, e.g. 'rate: 100Mbps'", error.Fix);
    }

    [Fact]
    public void Missing_unit_on_duration_is_reported()
    {
        var error = Single(Replace("duration: 10s", "duration: 10"));
        Assert.StartsWith("bad unit in duration of run: '10' has no unit", error.Message, StringComparison.Ordinal);
        Assert.Equal((2, 17), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("-5Mbps", "rate in flow 'app' is '-5Mbps'; a rate must be positive")]
    [InlineData("0Mbps", "rate in flow 'app' is zero; a rate must be positive")]
    public void Negative_or_zero_rate_is_rejected(string rate, string message)
    {
        var error = Single(Replace("    rate: 100Mbps", "    rate: " + rate));
        Assert.Equal(message, error.Message);
        Assert.Equal((24, 11), (error.Line, error.Column));
        Assert.Equal("use a positive rate, e.g. 'rate: 100Mbps'", error.Fix);
    }

    [Fact]
    public void Packet_size_above_the_path_mtu_is_rejected()
    {
        var error = Single(Replace("packet_size: 1000B", "packet_size: 9000B"));
        Assert.Equal("packet size 9000B of flow 'app' exceeds the path MTU 1500B in option 'sdci' (via syd-port -> syd-aws)", error.Message);
        Assert.Equal((25, 18), (error.Line, error.Column));
        Assert.Equal("use packets of at most 1500B", error.Fix);
    }

    [Fact]
    public void Zero_packet_size_is_rejected()
    {
        var error = Single(Replace("packet_size: 1000B", "packet_size: 0B"));
        Assert.Equal("packet_size in flow 'app' is '0B'; a size must be positive", error.Message);
        Assert.Equal((25, 18), (error.Line, error.Column));
    }

    [Fact]
    public void Port_speed_must_be_an_offered_speed()
    {
        var error = Single(Replace("speed: 10Gbps}", "speed: 25Gbps}"));
        Assert.StartsWith("port speed 25Gbps of port 'syd-port' is not offered; offered: 1Gbps, 10Gbps, 100Gbps, 400Gbps (docs.megaport.com", error.Message, StringComparison.Ordinal);
        Assert.Equal((11, 47), (error.Line, error.Column));
        Assert.Equal("use 100Gbps", error.Fix);
    }

    [Fact]
    public void Mcr_rate_must_be_an_offered_rate()
    {
        var error = Single(Replace("rate: 5Gbps}", "rate: 1.25Gbps}"));
        Assert.StartsWith("MCR rate 1.25Gbps of mcr 'mcr' is not offered; offered: 1Gbps, 2.5Gbps, 5Gbps, 10Gbps, 25Gbps, 50Gbps, 100Gbps (", error.Message, StringComparison.Ordinal);
        Assert.Equal((13, 38), (error.Line, error.Column));
        Assert.Equal("use 2.5Gbps", error.Fix);
    }

    [Fact]
    public void Vxc_rate_above_its_port_is_rejected()
    {
        var error = Single(Replace("        rate: 500Mbps", "        rate: 20Gbps"));
        Assert.Equal("rate 20Gbps of vxc 'syd-aws' exceeds the speed 10Gbps of its port 'syd-port'", error.Message);
        Assert.Equal((18, 15), (error.Line, error.Column));
    }

    [Fact]
    public void Unreachable_endpoints_are_found_by_search_over_the_option()
    {
        var error = Single(Replace("    to: aws-syd", "    to: mel-dc"));
        Assert.Equal("flow 'app' is unreachable in option 'sdci': nothing connects 'syd-dc' to 'mel-dc'", error.Message);
        Assert.Equal((22, 9), (error.Line, error.Column));
        Assert.Equal("add a VXC, VPN or MVE path between them in option 'sdci', or remove the flow", error.Fix);
    }

    [Fact]
    public void Packet_budget_names_the_flow_and_the_fix()
    {
        // 100 Mbit/s / 8,000 bit = 12,500 packets/s × 10 s × 3 replications × 1 option = 375,000 packets, plus the
        // time-series sampler's 10 s / 100 ms × 3 = 300 periodic events.
        // The design is one the flow-level model evaluates, so validate warns and the run goes to flow level.
        var scenario = ScenarioLoader.LoadText(Replace("replications: 3}", "replications: 3, max_packets: 100000}"), "t.yaml");
        var error = Simulation.FidelityNote(scenario)!;
        Assert.StartsWith("the run would simulate about 3.753e5 packets, above run.max_packets 100000; flow 'app' alone needs 3.75e5; it runs at flow level", error.Message, StringComparison.Ordinal);
        Assert.Equal((22, 9), (error.Line, error.Column));
        Assert.EndsWith("shorten run.duration to about 2.665s, lower the rate of 'app', use fewer replications, or raise run.max_packets", error.Fix, StringComparison.Ordinal);
        var refused = Assert.Throws<ScenarioValidationException>(() => Simulation.Run(scenario, new RunOptions(Jobs: 1) { Fidelity = Fidelity.Packet }));
        Assert.StartsWith("the run would simulate about 3.753e5 packets", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_errors_are_collected_in_one_pass()
    {
        string text = Replace("    rate: 100Mbps", "    rate: 100MB").Replace("speed: 10Gbps}", "speed: 25Gbps}", StringComparison.Ordinal)
            .Replace("pop: SYD1, rate", "pop: SYD9, rate", StringComparison.Ordinal);
        var errors = Errors(text);
        Assert.Equal([11, 13, 24], errors.Select(e => e.Line).Order());
    }

    [Fact]
    public void Unknown_prefix_list_in_bgp_is_reported()
    {
        var error = Single(Replace("        rate: 500Mbps", "        rate: 500Mbps\n        bgp: {import: aws-inn}"));
        Assert.Equal("unknown prefix list 'aws-inn' in bgp of vxc 'syd-aws'; no prefix lists are declared", error.Message);
        Assert.Equal((19, 23), (error.Line, error.Column));
    }

    [Fact]
    public void Unknown_vxc_in_mve_transport_is_reported()
    {
        const string mve = """
                mves:
                  - name: edge
                    pop: SYD1
                    site: syd-dc
                    transports:
                      - {name: private, vxc: edge-aws}
                vxcs:

            """;
        var error = Single(Replace("    vxcs:\n", mve).Replace("        a: syd-port", "        a: edge", StringComparison.Ordinal));
        Assert.StartsWith("unknown VXC 'edge-aws' for mve 'edge'; ", error.Message, StringComparison.Ordinal);
        Assert.Contains("syd-aws", error.Message, StringComparison.Ordinal);
        Assert.Equal((19, 34), (error.Line, error.Column));
    }

    [Fact]
    public void Unknown_cloud_in_vpn_is_reported()
    {
        var error = Single(Replace("        rate: 500Mbps\n", "        rate: 500Mbps\n  - name: ipsec\n    vpns: [{name: v, site: syd-dc, cloud: aws-syb, internet_access: 1Gbps}]\n"));
        Assert.Equal("unknown cloud 'aws-syb' in vpn 'v'; did you mean 'aws-syd'?", error.Message);
        Assert.Equal((20, 43), (error.Line, error.Column));
    }

    [Fact]
    public void A_site_named_as_the_cloud_of_a_vpn_is_called_a_site()
    {
        var error = Single(Replace("        rate: 500Mbps\n", "        rate: 500Mbps\n  - name: ipsec\n    vpns: [{name: v, site: syd-dc, cloud: syd-dc, internet_access: 1Gbps}]\n"));
        Assert.Equal("unknown cloud 'syd-dc' in vpn 'v'; 'syd-dc' is a site, not a cloud", error.Message);
        Assert.Equal((20, 43), (error.Line, error.Column));
    }

    [Fact]
    public void An_unknown_tier_of_a_vpn_is_reported_at_the_tier()
    {
        var error = Single(Replace("        rate: 500Mbps\n", "        rate: 500Mbps\n  - name: ipsec\n    vpns: [{name: v, site: syd-dc, cloud: aws-syd, internet_access: 1Gbps, tier: huge}]\n"));
        Assert.StartsWith("Aws virtual_private_gateway has no SKU or tier 'huge'", error.Message, StringComparison.Ordinal);
        Assert.Equal((20, 82), (error.Line, error.Column));
    }
}
