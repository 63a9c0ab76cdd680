using FabricSim.Engine.Time;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// BGP hold and keepalive within RFC 4271's bounds, and BFD no faster or more trigger-happy than routers accept
/// (catalog bfd.min_interval and bfd.min_multiplier): each violation an error at its key with the fix.
/// </summary>
public sealed class SessionTimerTests
{
    // Line numbers below count from the first line of this text.
    private const string Scenario = """
        name: timers
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
        options:
          - name: mcr
            ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}]
            mcrs: [{name: mcr-syd, pop: SYD1, rate: 1Gbps, bfd: BFD}]
            vxcs:
              - {name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps, bgp: {peer_asn: 65001}}
              - {name: mcr-aws, a: mcr-syd, b: aws, rate: 200Mbps, cloud: {type: aws_hosted, vif: private}, bgp: BGP}
        """;

    private static string Text(string bfd = "{interval: 300ms, multiplier: 3}", string bgp = "{keepalive: 30s, hold: 90s}") => Scenario
        .Replace("BFD", bfd, StringComparison.Ordinal)
        .Replace("BGP", bgp, StringComparison.Ordinal);

    private static ScenarioError Error(string text)
    {
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "timers.yaml", Catalog.Default));
        return Assert.Single(invalid.Errors);
    }

    private static int Column(int line, string text, string key) => text.Split('\n')[line - 1].IndexOf(key + ":", StringComparison.Ordinal) + key.Length + 3;

    [Fact]
    public void A_ten_millisecond_bfd_with_multiplier_one_is_no_longer_accepted()
    {
        // Before: accepted, and every session flapped on a single late packet.
        string text = Text(bfd: "{interval: 10ms, multiplier: 1}");
        var error = Error(text);
        Assert.Contains("BFD interval 10ms", error.Message, StringComparison.Ordinal);
        Assert.Contains("docs.fortinet.com", error.Message, StringComparison.Ordinal);
        Assert.Contains("interval: 100ms", error.Fix, StringComparison.Ordinal);
        Assert.Equal((10, Column(10, text, "interval")), (error.Line, error.Column));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_bfd_multiplier_below_three_is_an_error_at_the_multiplier(int multiplier)
    {
        string text = Text(bfd: $"{{interval: 300ms, multiplier: {multiplier}}}");
        var error = Error(text);
        Assert.Contains($"BFD multiplier {multiplier}", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("multiplier: 3", error.Fix, StringComparison.Ordinal);
        Assert.Equal((10, Column(10, text, "multiplier")), (error.Line, error.Column));
    }

    [Fact]
    public void A_bfd_at_the_vendor_minimum_is_accepted()
    {
        var mcr = ScenarioLoader.LoadText(Text(bfd: "{interval: 100ms, multiplier: 3}"), "timers.yaml", Catalog.Default).Options.Single().Mcrs.Single();
        Assert.Equal(SimTime.FromMilliseconds(100), mcr.Bfd!.Value.Interval);
        Assert.Equal(3, mcr.Bfd.Value.Multiplier);
    }

    [Theory]
    [InlineData("{keepalive: 1s, hold: 2s}", "hold", "below 3s")]
    [InlineData("{keepalive: 30s, hold: 65536s}", "hold", "exceeds 65535s")]
    [InlineData("{keepalive: 30000s}", "keepalive", "exceeds 65535s")]
    [InlineData("{keepalive: 90s, hold: 90s}", "keepalive", "not shorter than hold")]
    [InlineData("{keepalive: 60s, hold: 30s}", "keepalive", "not shorter than hold")]
    public void Bgp_timers_outside_rfc_4271_are_an_error_at_the_key(string bgp, string key, string message)
    {
        string text = Text(bgp: bgp);
        var error = Error(text);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((13, Column(13, text, key)), (error.Line, error.Column));
    }

    [Fact]
    public void The_fix_for_a_keepalive_as_long_as_hold_is_a_third_of_hold()
    {
        var error = Error(Text(bgp: "{keepalive: 90s, hold: 90s}"));
        Assert.Contains("keepalive: 30s", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{keepalive: 1s, hold: 3s}")]
    [InlineData("{keepalive: 30s, hold: 65535s}")]
    [InlineData("{keepalive: 60s, hold: 90s}")]
    public void Bgp_timers_at_the_rfc_bounds_are_accepted(string bgp)
    {
        var vxc = ScenarioLoader.LoadText(Text(bgp: bgp), "timers.yaml", Catalog.Default).Options.Single().Vxcs.Single(v => v.Name == "mcr-aws");
        Assert.NotNull(vxc.Bgp);
    }
}
