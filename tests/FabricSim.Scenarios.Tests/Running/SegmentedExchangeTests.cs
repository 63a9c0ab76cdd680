using FabricSim.Network.Metrics;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Tests.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Request/response messages beyond one packet, away from the bundled metro: through an MCR (IP MTU 1500 B) from
/// Sydney to AWS Singapore, where a response sent as one packet was dropped every time, and over a lossy Internet
/// path from London to Singapore, where a message is lost with any of its segments.
/// </summary>
public sealed class SegmentedExchangeTests
{
    // The demand is on line 17.
    internal static string SydneyToSingapore(string traffic, string run = "{duration: 6s, warmup: 1s, seed: 11, replications: 2}") => $$$"""
        name: syd-sin
        run: {{{run}}}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [10.1.0.0/16]}
        clouds:
          - {name: aws-sin, provider: aws, region: ap-southeast-1, prefixes: [10.20.0.0/16]}
        options:
          - name: mcr
            ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}]
            mcrs: [{name: mcr-syd, pop: SYD1, rate: 1Gbps}]
            vxcs:
              - {name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps}
              - {name: mcr-aws, a: mcr-syd, b: aws-sin, rate: 500Mbps, cloud: {type: aws_hosted}}
        traffic:


          {{{traffic}}}
        """;

    [Theory]
    [InlineData("4KB", 3)]
    [InlineData("64KB", 44)]
    public void Responses_larger_than_the_MCRs_MTU_get_through_as_segments_over_a_long_haul(string size, int segments)
    {
        var scenario = ScenarioLoader.LoadText(SydneyToSingapore(
            $"- {{name: api, from: syd-dc, to: aws-sin, type: request_response, request_size: 400B, response_size: {size}, interval: 20ms}}"), "syd-sin.yaml");

        var flows = Assert.Single(Simulation.Run(scenario, new RunOptions(Jobs: 1)).Options).Flows;

        var request = flows.Single(f => f.Flow == "api/request");
        var response = flows.Single(f => f.Flow == "api/response");
        // Before, each response was one packet above the MCR's 1,500 B and every one was dropped (too big).
        Assert.Equal(0, response.LossRatio.Mean);
        Assert.Equal(0, request.LossRatio.Mean);
        // Each answered request comes back as ⌈size / 1,460⌉ segments; requests near the window's ends may be answered
        // on the other side of it: at 50 requests/s and ~100 ms of round trip, a few per boundary per replication.
        long answers = response.PacketsReceived / segments;
        Assert.Equal(0, response.PacketsReceived % segments);
        Assert.InRange(answers, request.PacketsReceived - 2 * 2 * 10, request.PacketsReceived + 2 * 2 * 10);
        // Idle at this load: an exchange takes the request's one-way delay and its response's last segment's, within
        // the histogram's 1 % on each.
        double expected = request.LatencyP50Ms.Mean + response.LatencyP50Ms.Mean;
        Assert.InRange(response.ResponseTimeP50Ms!.Mean, expected * 0.98, expected * 1.02 + 0.1);
    }

    [Fact]
    public void A_response_beyond_what_the_access_queue_holds_is_refused_at_its_size()
    {
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(SydneyToSingapore(
            "- {name: api, from: syd-dc, to: aws-sin, type: request_response, request_size: 400B, response_size: 2MB, interval: 20ms}"), "syd-sin.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((17, 103), (error.Line, error.Column));
        Assert.StartsWith("response_size 2000000B of flow 'api' is 1370 segments at the path MTU 1500B in option 'mcr'", error.Message, StringComparison.Ordinal);
        Assert.Contains("use a response_size of at most 1460000B", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_beyond_what_the_access_queue_holds_is_refused_at_its_size()
    {
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(SydneyToSingapore(
            "- {name: api, from: syd-dc, to: aws-sin, type: request_response, request_size: 3MB, response_size: 4KB, interval: 20ms}"), "syd-sin.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((17, 82), (error.Line, error.Column));
        Assert.StartsWith("request_size 3000000B of flow 'api' is 2055 segments", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A 64 KB response is 44 segments, 65,760 B, which reach the cloud end of a 50 Mbps hosted VXC over the region's
    /// 400 Gbps link, 30 ns apart (the last, 1,260 B, 26 ns after the one before); its policer holds 10 ms at the rate, 62,500 B, so every response would lose its tail:
    /// refused, with the largest response that fits. Its bucket refills by r/R = 1/8,000 of what arrives while the
    /// segments come, so ⌊(62,500 − 1,500/8,000) / (1 − 1/8,000)⌋ = 62,507 B of segments pass: 41 full segments of 1,460 B
    /// and 1,007 − 40 B in a last one, 7 B more than the 62,500 B of a bucket seeing them at once, as this test had it.
    /// </summary>
    [Fact]
    public void A_response_larger_than_the_burst_of_the_policer_it_meets_first_is_refused_at_its_size()
    {
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(SydneyToSingapore(
            "- {name: api, from: syd-dc, to: aws-sin, type: request_response, request_size: 400B, response_size: 64KB, interval: 20ms}")
            .Replace("b: aws-sin, rate: 500Mbps", "b: aws-sin, rate: 50Mbps", StringComparison.Ordinal), "syd-sin.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((17, 103), (error.Line, error.Column));
        Assert.StartsWith("response_size 64000B of flow 'api' is 65760B of segments reaching VXC 'mcr-aws' (line 13) within 1.286 us in option 'mcr'", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("in option 'mcr', policed at 50Mbps with a burst of 62500B: every message would lose its tail", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"use a response_size of at most {41 * 1460 + 1007 - 40}B", error.Fix, StringComparison.Ordinal);
    }

    /// <summary>
    /// London to a SaaS network in Singapore over an MCR's Internet VXC whose Internet path loses packets independently
    /// with p = 2 % (a Gilbert–Elliott chain with r = 1 − p has no memory); the VXC's policer, at 1 Gbps with a 1.25 MB
    /// burst, drops none of the 53 Mbit/s of responses. A k-segment response then arrives whole with
    /// probability (1 − p)^k: the measured message loss must lie within the binomial 99.9 % interval of 1 − (1 − p)^k,
    /// and the packet loss within that of p.
    /// </summary>
    [Theory]
    [InlineData("4KB", 3)]
    [InlineData("64KB", 44)]
    public void Message_loss_is_one_minus_the_chance_that_every_segment_arrives(string size, int segments)
    {
        const double p = 0.02;
        string internet = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{{name: mcr-internet, a: mcr, rate: 1Gbps, reaches: [saas-sg], internet: {{jitter: 1ms, loss_rate: {p}, loss_burst: {1 / (1 - p):R}}}}}");
        // The Internet VXC design of the loading tests, run longer, with the rates above and this path's loss.
        string text = Edited(InternetVxcTests.Valid,
            ("run: {duration: 3s, warmup: 1s, seed: 2, replications: 2}", "run: {duration: 21s, warmup: 1s, seed: 3, replications: 1}"),
            ("mcrs: [{name: mcr, pop: LON1, rate: 1Gbps}]", "mcrs: [{name: mcr, pop: LON1, rate: 5Gbps}]"),
            ("{name: mcr-internet, a: mcr, rate: 100Mbps, reaches: [saas-sg], diversity_zone: red, internet: {jitter: 2ms, loss_rate: 0.001}}", internet),
            ("{name: app, from: dc, to: saas-sg, type: poisson, rate: 20Mbps, packet_size: 1000B}",
                $"{{name: api, from: dc, to: saas-sg, type: request_response, request_size: 400B, response_size: {size}, interval: 10ms}}"));
        var scenario = ScenarioLoader.LoadText(text, "lossy.yaml");

        var run = ReplicationRun.Execute(scenario, scenario.Options[0], seed: 3, replication: 0, CancellationToken.None);

        var response = run.Outcome.Measurements.Flows.Single(f => f.Flow == "api/response");
        MessageCounts messages = response.Messages!;
        long decided = messages.Completed + messages.Lost;
        Assert.True(decided > 1800, $"only {decided} responses decided");
        double expected = 1 - Math.Pow(1 - p, segments);
        double halfWidth = 3.29 * Math.Sqrt(expected * (1 - expected) / decided);
        Assert.InRange(messages.LossRatio, expected - halfWidth, expected + halfWidth);
        long packets = response.PacketsReceived + response.PacketsDropped;
        double packetHalfWidth = 3.29 * Math.Sqrt(p * (1 - p) / packets);
        Assert.InRange(response.PacketsDropped / (double)packets, p - packetHalfWidth, p + packetHalfWidth);
        // What the report calls the response's loss is the message loss.
        var summary = Simulation.Run(scenario, new RunOptions(Jobs: 1)).Options[0].Flows.Single(f => f.Flow == "api/response");
        Assert.Equal(messages.LossRatio, summary.LossRatio.Mean, 12);
    }

    private static string Edited(string text, params (string Old, string New)[] edits)
    {
        foreach (var (old, replacement) in edits)
        {
            Assert.Contains(old, text, StringComparison.Ordinal);
            text = text.Replace(old, replacement, StringComparison.Ordinal);
        }
        return text;
    }

    /// <summary>
    /// Through an IPsec VPN the gateways clamp TCP's MSS to 1,379 B (AWS's generated configurations), so a message is
    /// cut into segments of 1,379 B + 40 B of headers that each tunnel packet carries whole: a 14,000 B response is
    /// ⌈14,000 / 1,379⌉ = 11 segments, not the ⌈14,000 / 1,460⌉ = 10 of an unclamped path, each of which the tunnel
    /// would have cut in two. Sydney to AWS Singapore over the Internet with its loss set to zero, so every segment lands.
    /// </summary>
    [Fact]
    public void Over_a_vpn_messages_are_cut_to_the_clamped_mss_and_never_fragmented()
    {
        var scenario = ScenarioLoader.LoadText(SydneyToSingapore(
            "- {name: api, from: syd-dc, to: aws-sin, type: request_response, request_size: 400B, response_size: 14000B, interval: 20ms}")
            .Replace("""
              - name: mcr
                ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}]
                mcrs: [{name: mcr-syd, pop: SYD1, rate: 1Gbps}]
                vxcs:
                  - {name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps}
                  - {name: mcr-aws, a: mcr-syd, b: aws-sin, rate: 500Mbps, cloud: {type: aws_hosted}}
            """, """
              - name: vpn
                vpns: [{name: v, site: syd-dc, cloud: aws-sin, internet_access: 1Gbps, internet: {loss_rate: 0}}]
            """, StringComparison.Ordinal), "syd-sin-vpn.yaml");
        Assert.Equal("vpn", scenario.Options[0].Name);

        var flows = Assert.Single(Simulation.Run(scenario, new RunOptions(Jobs: 1)).Options).Flows;

        var request = flows.Single(f => f.Flow == "api/request");
        var response = flows.Single(f => f.Flow == "api/response");
        Assert.Equal(0, response.LossRatio.Mean);
        Assert.Equal(0, response.PacketsReceived % 11);
        long answers = response.PacketsReceived / 11;
        Assert.InRange(answers, request.PacketsReceived - 2 * 2 * 10, request.PacketsReceived + 2 * 2 * 10);
    }
}
