using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// validate checks packet sizes against the path BGP routes a flow over, not only the fewest-hop path: an MCR
/// (IP MTU 1500B, fixed by the product) on the routed path refuses jumbo packets.
/// </summary>
public sealed class RoutedPathMtuTests
{
    // Line numbers below count from the first line of this text.
    private const string JumboSites = """
        name: jumbo
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16], mtu: 9000B}
          - {name: mel-dc, pop: MEL1, prefixes: [172.16.0.0/16], mtu: 9000B}
        options:
          - name: both
            ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}, {name: mel-port, site: mel-dc, speed: 10Gbps}]
            mcrs: [{name: mcr-syd, pop: SYD1, rate: 1Gbps}]
            vxcs:
              - {name: direct, a: syd-port, b: mel-port, rate: 500Mbps}
              - {name: syd-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps}
              - {name: mcr-mel, a: mcr-syd, b: mel-port, rate: 500Mbps}
        traffic:
          - {name: jumbo, from: syd-dc, to: mel-dc, type: cbr, rate: 10Mbps, packet_size: 9000B}
        """;

    [Fact]
    public void Jumbo_packets_pass_when_bgp_routes_them_over_the_direct_vxc()
    {
        var scenario = ScenarioLoader.LoadText(JumboSites, "t.yaml");

        Assert.Single(scenario.Traffic);
    }

    [Fact]
    public void Jumbo_packets_routed_through_an_mcr_are_refused_at_the_packet_size()
    {
        // Before: the fewest-hop path (the direct VXC) was checked, so 9000B packets BGP sends through the MCR passed.
        string text = JumboSites.Replace("{name: direct, a: syd-port, b: mel-port, rate: 500Mbps}",
            "{name: direct, a: syd-port, b: mel-port, rate: 500Mbps, bgp: {local_preference: 50}}", StringComparison.Ordinal);

        var errors = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "t.yaml")).Errors;

        var error = Assert.Single(errors, e => e.Message.Contains("exceeds the path MTU", StringComparison.Ordinal));
        Assert.Contains("packet size 9000B of flow 'jumbo' exceeds the path MTU 1500B", error.Message, StringComparison.Ordinal);
        Assert.Contains("MCR 'mcr-syd'", error.Message, StringComparison.Ordinal);
        Assert.Equal(15, error.Line);
        Assert.Contains("at most 1500B", error.Fix, StringComparison.Ordinal);
    }
}
