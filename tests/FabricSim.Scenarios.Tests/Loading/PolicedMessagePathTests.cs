using System.Text.RegularExpressions;
using FabricSim.Network.Metrics;
using FabricSim.Network.Traffic;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Tests.Running;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// A request/response message crosses every policer on its way, not only the one next to its sender, and each drops
/// what its bucket cannot hold. A policer at the sender sees the segments at once; one further on sees them spread by
/// the slowest link before it (rate R) and refills at its own rate r while they come, so a message of P bytes of
/// segments (the first s₁ = 1,500 B) passes a bucket of b bytes when P − (r/R)(P − s₁) ≤ b, that is up to
/// P* = (b − (r/R)s₁) / (1 − r/R). Validate refuses a size one byte beyond the largest that passes, at the size's key,
/// naming the element that drops it; packet-level runs of the boundary confirm it: with requests 5 s apart on average
/// (a bucket refills in 10 ms), the largest size that passes loses no message, one byte more loses every one.
/// </summary>
public sealed class PolicedMessagePathTests
{
    private const int Mtu = 1500;

    // The demand is on line 15; the VXCs on lines 12 and 13; the MCR on line 10.
    private static string Sydney(string dcMcr, string mcrAws, string mcr, string exchange, string run = "{duration: 101s, warmup: 1s, seed: 5, replications: 1}") => $$$"""
        name: syd-metro
        run: {{{run}}}
        sites:
          - {name: dc, pop: SYD1, prefixes: [10.1.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.20.0.0/16]}
        options:
          - name: mcr
            ports: [{name: dc-port, site: dc, speed: 10Gbps}]
            mcrs: [{name: mcr-syd, pop: SYD1, rate: {{{mcr}}}}]
            vxcs:
              - {name: dc-mcr, a: dc-port, b: mcr-syd, rate: {{{dcMcr}}}}
              - {name: mcr-aws, a: mcr-syd, b: aws, rate: {{{mcrAws}}}, cloud: {type: aws_hosted}}
        traffic:
          - {name: api, from: dc, to: aws, type: request_response, {{{exchange}}}, interval: 5s}
        """;

    private static ScenarioError Refusal(string text)
    {
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "t.yaml"));
        return Assert.Single(ex.Errors);
    }

    /// <summary>Where the value of <paramref name="key"/> on the demand's line starts, 1-based.</summary>
    private static (int Line, int Column) ValueOf(string text, string key)
    {
        string[] lines = text.Split('\n');
        int line = Array.FindLastIndex(lines, l => l.Contains(key + ": ", StringComparison.Ordinal));
        return (line + 1, lines[line].IndexOf(key + ": ", StringComparison.Ordinal) + key.Length + 3);
    }

    /// <summary>The largest size the fix names ("use a response_size of at most 123B").</summary>
    private static long Largest(ScenarioError error) =>
        long.Parse(Regex.Match(error.Fix, @"of at most (\d+)B").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="scenario"/>, given a size for <paramref name="key"/>, is refused at <paramref name="tooLarge"/>
    /// at the key's value, naming <paramref name="reaching"/>; the largest size the fix names lies at the bound of a
    /// policer of <paramref name="rate"/> and <paramref name="burst"/> behind a link of <paramref name="link"/> (to within
    /// one segment's headers), loads, while one byte more is refused; packet-level runs of both confirm it.
    /// </summary>
    private static ScenarioError AssertRefusedAtTheBoundary(Func<string, string> scenario, string key, string tooLarge, string reaching,
        double rate, double burst, double link)
    {
        string text = scenario(tooLarge);
        var error = Refusal(text);
        Assert.Equal(ValueOf(text, key), (error.Line, error.Column));
        Assert.Contains($" of segments reaching {reaching}", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"with a burst of {burst}B: every message would lose its tail"),
            error.Message, StringComparison.Ordinal);

        long largest = Largest(error);
        double bound = (burst - rate / link * Mtu) / (1 - rate / link);
        Assert.InRange(MessageSegments.PacketBytes(largest, Mtu), bound - MessageSegments.HeaderBytes - 1, bound + 1);
        Assert.True(MessageSegments.PacketBytes(largest + 1, Mtu) > bound - MessageSegments.HeaderBytes);
        Assert.Equal(largest, Largest(Refusal(scenario($"{largest + 1}B"))));

        var fits = ScenarioLoader.LoadText(scenario($"{largest}B"), "t.yaml");
        bool request = key == "request_size";
        var passing = RunWith(fits, request, largest);
        var dropped = RunWith(fits, request, largest + 1);
        Assert.True(passing.Completed >= 10, $"only {passing.Completed} messages completed");
        Assert.Equal(0, passing.Lost);
        Assert.True(dropped.Lost >= 10, $"only {dropped.Lost} messages lost");
        Assert.Equal(0, dropped.Completed);
        return error;
    }

    /// <summary>Runs the loaded scenario with its request or response set to <paramref name="bytes"/>, past validation, and counts that flow's messages.</summary>
    private static MessageCounts RunWith(Scenario scenario, bool request, long? bytes = null)
    {
        var demand = Assert.Single(scenario.Traffic);
        var exchange = demand.RequestResponse!;
        var changed = scenario with
        {
            Traffic = [demand with { RequestResponse = request ? exchange with { RequestBytes = bytes ?? exchange.RequestBytes } : exchange with { ResponseBytes = bytes ?? exchange.ResponseBytes } }],
        };
        var run = ReplicationRun.Execute(changed, changed.Options[0], seed: changed.Run.Seed, replication: 0, CancellationToken.None);
        return run.Outcome.Measurements.Flows.Single(f => f.Flow == (request ? "api/request" : "api/response")).Messages!;
    }

    /// <summary>
    /// A response from AWS crosses the hosted VXC (1 Gbps, 1.25 MB of burst, at the cloud's edge) and, from the MCR, a
    /// 100 Mbps VXC to the site (125,000 B of burst), reached over the 10 Gbps hosted cross-connect: r/R = 1 %, so it
    /// passes up to (125,000 − 15) / 0.99 = 126,247 B of segments. The check used to look only at the VXC next to the
    /// sender, and every larger response was lost.
    /// </summary>
    [Fact]
    public void A_response_from_a_cloud_larger_than_a_downstream_vxcs_burst_is_refused_at_the_boundary()
    {
        var error = AssertRefusedAtTheBoundary(size => Sydney("100Mbps", "1Gbps", "5Gbps", $"request_size: 400B, response_size: {size}"),
            "response_size", "200KB", "VXC 'dc-mcr' (line 12) within ", 100e6, 125_000, 10e9);

        Assert.StartsWith("response_size 200000B of flow 'api' is 205480B of segments reaching VXC 'dc-mcr' (line 12) within ", error.Message, StringComparison.Ordinal);
        Assert.Contains("in option 'mcr', policed at 100Mbps", error.Message, StringComparison.Ordinal);
        Assert.Contains("add 'shaping: true' to VXC 'dc-mcr'", error.Fix, StringComparison.Ordinal);
    }

    /// <summary>
    /// A request leaves the site over a fast VXC (1 Gbps: it passes at once) into the MCR and out over a 50 Mbps hosted
    /// VXC to the cloud (62,500 B of burst), reached over the 10 Gbps port: r/R = 0.5 %, so up to 62,806 B of segments.
    /// </summary>
    [Fact]
    public void A_request_larger_than_the_burst_of_the_slow_vxc_beyond_the_mcr_is_refused_at_the_boundary()
    {
        var error = AssertRefusedAtTheBoundary(size => Sydney("1Gbps", "50Mbps", "5Gbps", $"request_size: {size}, response_size: 400B"),
            "request_size", "64KB", "VXC 'mcr-aws' (line 13) within ", 50e6, 62_500, 10e9);

        // The MCR's end is no customer router: only the provider's shaper helps.
        Assert.Contains("add 'shaping: true' to VXC 'mcr-aws', 'burst: 65760B'", error.Fix, StringComparison.Ordinal);
    }

    /// <summary>
    /// An MCR polices what it routes at its rate with a bucket of 1 ms at it: 125,000 B at 1 Gbps. A 200 KB response
    /// passes the 1 Gbps VXCs' 1.25 MB buckets but not the MCR's, reached at 10 Gbps: r/R = 10 %, up to 138,722 B.
    /// </summary>
    [Fact]
    public void A_message_beyond_what_the_mcrs_rate_limit_passes_is_refused_at_the_boundary_naming_the_mcr()
    {
        var error = AssertRefusedAtTheBoundary(size => Sydney("1Gbps", "1Gbps", "1Gbps", $"request_size: 400B, response_size: {size}"),
            "response_size", "200KB", "MCR 'mcr-syd' (line 10) within ", 1e9, 125_000, 10e9);

        Assert.Contains("policed at 1Gbps with a burst of 125000B", error.Message, StringComparison.Ordinal);
        Assert.Contains("a faster MCR 'mcr-syd'", error.Fix, StringComparison.Ordinal);
    }

    /// <summary>
    /// Long haul: a response from AWS Singapore to a Sydney data centre crosses the hosted VXC at the Singapore edge,
    /// the 10 Gbps cross-connect, the backbone through Perth, the MCR in Sydney (1 Gbps) and a 20 Mbps VXC to the site
    /// (25,000 B of burst, r/R = 0.2 %): up to 25,047 B of segments pass.
    /// </summary>
    [Fact]
    public void Over_a_long_haul_a_response_beyond_the_site_vxcs_burst_is_refused_at_the_boundary()
    {
        string Scenario(string size) => SegmentedExchangeTests.SydneyToSingapore(
                $"- {{name: api, from: syd-dc, to: aws-sin, type: request_response, request_size: 400B, response_size: {size}, interval: 5s}}",
                "{duration: 101s, warmup: 1s, seed: 7, replications: 1}")
            .Replace("{name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps}", "{name: dc-mcr, a: syd-port, b: mcr-syd, rate: 20Mbps}", StringComparison.Ordinal);
        Assert.Contains("rate: 20Mbps", Scenario("64KB"), StringComparison.Ordinal);

        var error = AssertRefusedAtTheBoundary(Scenario, "response_size", "64KB", "VXC 'dc-mcr' (line 12) within ", 20e6, 25_000, 10e9);

        Assert.Equal(17, error.Line);
    }

    /// <summary>
    /// A response from a SaaS network in Singapore comes back over the London MCR's 100 Mbps Internet VXC, whose inbound
    /// policer (125,000 B) sees it at once, the Internet path delaying a message's segments alike: 83 full segments and
    /// 500 B in a last one pass. Without the path's loss, which would lose messages whatever their size, the boundary
    /// holds at packet level.
    /// </summary>
    [Fact]
    public void A_response_beyond_the_inbound_policer_of_an_internet_vxc_is_refused_at_the_boundary_naming_it()
    {
        static string Scenario(string size) => InternetVxcTests.Replace("{name: app, from: dc, to: saas-sg, type: poisson, rate: 20Mbps, packet_size: 1000B}",
                $"{{name: api, from: dc, to: saas-sg, type: request_response, request_size: 400B, response_size: {size}, interval: 5s}}")
            .Replace("internet: {jitter: 2ms, loss_rate: 0.001}", "internet: {jitter: 2ms, loss_rate: 0}", StringComparison.Ordinal)
            .Replace("run: {duration: 3s, warmup: 1s, seed: 2, replications: 2}", "run: {duration: 101s, warmup: 1s, seed: 2, replications: 1}", StringComparison.Ordinal);
        Assert.Contains("loss_rate: 0}", Scenario("130KB"), StringComparison.Ordinal);

        var error = AssertRefusedAtTheBoundary(Scenario, "response_size", "130KB", "Internet VXC 'mcr-internet' (line 12) at once ", 100e6, 125_000,
            double.PositiveInfinity);

        Assert.StartsWith("response_size 130000B of flow 'api' is 133600B of segments reaching Internet VXC 'mcr-internet' (line 12) at once in option 'internet-vxc', policed at 100Mbps", error.Message, StringComparison.Ordinal);
        Assert.Equal(83 * 1460 + (125_000 - 83 * 1500) - 40, Largest(error));
    }

    /// <summary>
    /// A customer's shaper sits at the customer's end of the VXC only: it holds a request's excess (its queue is 100 ms
    /// at 20 Mbps, 250,000 B) and the request loads and loses nothing, but a response enters the same VXC at the MCR,
    /// where the provider polices it alone, so the response is refused and the fix does not offer the customer shaper.
    /// </summary>
    [Fact]
    public void A_customer_shaper_lets_requests_through_but_not_responses_entering_at_the_mcr()
    {
        var requests = ScenarioLoader.LoadText(Sydney("20Mbps, customer_shaper: true", "1Gbps", "5Gbps", "request_size: 64KB, response_size: 400B"), "t.yaml");
        var sent = RunWith(requests, request: true);
        Assert.True(sent.Completed >= 10, $"only {sent.Completed} requests completed");
        Assert.Equal(0, sent.Lost);

        string text = Sydney("20Mbps, customer_shaper: true", "1Gbps", "5Gbps", "request_size: 400B, response_size: 64KB");
        var error = Refusal(text);

        Assert.Equal(ValueOf(text, "response_size"), (error.Line, error.Column));
        Assert.StartsWith("response_size 64000B of flow 'api' is 65760B of segments reaching VXC 'dc-mcr' (line 12) within ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("customer_shaper", error.Fix, StringComparison.Ordinal);
    }

    /// <summary>Shaping the slow VXC queues the excess instead of dropping it: the same response loads, and arrives whole.</summary>
    [Fact]
    public void A_shaped_downstream_vxc_lets_the_same_message_through()
    {
        var scenario = ScenarioLoader.LoadText(Sydney("100Mbps, shaping: true", "1Gbps", "5Gbps", "request_size: 400B, response_size: 200KB"), "t.yaml");

        var responses = RunWith(scenario, request: false);
        Assert.True(responses.Completed >= 10, $"only {responses.Completed} responses completed");
        Assert.Equal(0, responses.Lost);
    }

    /// <summary>
    /// With two VXCs from the MCR to the cloud and maximum_paths 2, a flow may hash to either: a request the slow one
    /// (50 Mbps) cannot pass is refused even though the MCR, sharing flows over its best path only, sends it over the
    /// fast one (1 Gbps). Which member a run's flow takes is its hash's draw, so a packet run would not tell.
    /// </summary>
    [Fact]
    public void Every_ecmp_member_a_message_may_take_is_checked()
    {
        string text = Sydney("1Gbps", "1Gbps", "5Gbps, maximum_paths: 2", "request_size: 64KB, response_size: 400B")
            .Replace("cloud: {type: aws_hosted}}\n", "cloud: {type: aws_hosted}}\n      - {name: mcr-aws-slow, a: mcr-syd, b: aws, rate: 50Mbps, cloud: {type: aws_hosted}}\n", StringComparison.Ordinal);
        Assert.Contains("mcr-aws-slow", text, StringComparison.Ordinal);
        Assert.Single(ScenarioLoader.LoadText(text.Replace("maximum_paths: 2", "maximum_paths: 1", StringComparison.Ordinal), "t.yaml").Options);

        var error = Refusal(text);

        Assert.Equal(ValueOf(text, "request_size"), (error.Line, error.Column));
        Assert.StartsWith("request_size 64000B of flow 'api' is 65760B of segments reaching VXC 'mcr-aws-slow' (line 14) within ", error.Message, StringComparison.Ordinal);
    }
}
