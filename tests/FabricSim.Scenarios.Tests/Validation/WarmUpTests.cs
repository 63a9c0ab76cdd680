using FabricSim.Scenarios.Yaml;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Validation;

/// <summary>The warm-up fits the traffic: it covers TCP slow start on the flow's path, by default or else by validate.</summary>
public sealed class WarmUpTests
{
    // Sydney to London, port to port: a round trip of about a quarter of a second, so slow start to 100 Mbit/s takes
    // several seconds, far beyond 10 % of a 10 s run.
    private const string LongFatPath = """
        name: long-fat
        run: {duration: 10s, seed: 2, replications: 1}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.1.0/24]}
          - {name: lon-dc, pop: LON1, prefixes: [192.168.2.0/24]}
        options:
          - name: vxc
            ports:
              - {name: syd-port, site: syd-dc, speed: 10Gbps}
              - {name: lon-port, site: lon-dc, speed: 10Gbps}
            vxcs: [{name: syd-lon, a: syd-port, b: lon-port, rate: 200Mbps}]
        traffic:
          - {name: backup, from: syd-dc, to: lon-dc, type: tcp_bulk, rate: 100Mbps, mss: 1460B}
          - {name: probe, from: syd-dc, to: lon-dc, type: cbr, rate: 100kbps, packet_size: 100B}
        """;

    [Fact]
    public void An_explicit_warm_up_shorter_than_slow_start_is_an_error_with_a_covering_value()
    {
        string text = LongFatPath.Replace("run: {duration: 10s,", "run: {duration: 10s, warmup: 200ms,", StringComparison.Ordinal);

        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "t.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Contains("TCP flow 'backup'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("use warmup: ", error.Fix, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void The_default_warm_up_covers_slow_start_on_the_simulated_path()
    {
        var scenario = ScenarioLoader.LoadText(LongFatPath, "t.yaml");
        Assert.True(scenario.Run.WarmUp > scenario.Run.Duration / 10, $"warm-up {scenario.Run.WarmUp}");

        var flows = Assert.Single(Simulation.Run(scenario, new RunOptions(Jobs: 1)).Options).Flows;

        // Slow start from 10 segments doubles the window each round trip until it holds the bandwidth-delay product
        // (RFC 5681, RFC 6928): 1 + ceil(log2(BDP / 10)) round trips on the round trip the packet-level run gives.
        double rtt = 2 * flows.Single(f => f.Flow == "probe").LatencyP50Ms.Mean / 1000;
        double bdpSegments = 100e6 * rtt / (8 * 1460);
        double slowStart = (1 + Math.Ceiling(Math.Log2(bdpSegments / 10))) * rtt;
        Assert.True(scenario.Run.WarmUp.TotalSeconds >= slowStart, $"warm-up {scenario.Run.WarmUp} vs slow start {slowStart:0.000} s at RTT {rtt * 1000:0.0} ms");
    }
}
