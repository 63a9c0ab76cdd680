using FabricSim.Engine.Time;
using static FabricSim.Scenarios.Tests.Loading.OneMcrScenario;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// BGP hold and keepalive within RFC 4271's bounds, and BFD no faster or more trigger-happy than routers accept
/// (catalog bfd.min_interval and bfd.min_multiplier): each violation an error at its key with the fix.
/// </summary>
public sealed class SessionTimerTests
{
    private static string Timers(string bfd = "{interval: 300ms, multiplier: 3}", string bgp = "{keepalive: 30s, hold: 90s}") =>
        Text(Aws, $"aws, rate: 200Mbps, cloud: {{type: aws_hosted, vif: private}}, bgp: {bgp}", mcr: $", bfd: {bfd}");

    [Fact]
    public void A_ten_millisecond_bfd_with_multiplier_one_is_no_longer_accepted()
    {
        // Before: accepted, and every session flapped on a single late packet.
        string text = Timers(bfd: "{interval: 10ms, multiplier: 1}");
        var error = SingleError(text);
        Assert.Contains("BFD interval 10ms", error.Message, StringComparison.Ordinal);
        Assert.Contains("docs.fortinet.com", error.Message, StringComparison.Ordinal);
        Assert.Contains("interval: 100ms", error.Fix, StringComparison.Ordinal);
        Assert.Equal((10, Column(text, 10, "10ms")), (error.Line, error.Column));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_bfd_multiplier_below_three_is_an_error_at_the_multiplier(int multiplier)
    {
        string text = Timers(bfd: $"{{interval: 300ms, multiplier: {multiplier}}}");
        var error = SingleError(text);
        Assert.Contains($"BFD multiplier {multiplier}", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("multiplier: 3", error.Fix, StringComparison.Ordinal);
        Assert.Equal((10, Column(text, 10, $"multiplier: {multiplier}") + 12), (error.Line, error.Column));
    }

    [Fact]
    public void A_bfd_at_the_vendor_minimum_is_accepted()
    {
        var bfd = Mcr(Timers(bfd: "{interval: 100ms, multiplier: 3}")).Bfd!.Value;
        Assert.Equal(SimTime.FromMilliseconds(100), bfd.Interval);
        Assert.Equal(3, bfd.Multiplier);
    }

    [Theory]
    [InlineData("{keepalive: 1s, hold: 2s}", "hold: ", "below 3s")]
    [InlineData("{keepalive: 30s, hold: 65536s}", "hold: ", "exceeds 65535s")]
    [InlineData("{keepalive: 30000s}", "keepalive: ", "exceeds 65535s")]
    [InlineData("{keepalive: 90s, hold: 90s}", "keepalive: ", "not shorter than hold")]
    [InlineData("{keepalive: 60s, hold: 30s}", "keepalive: ", "not shorter than hold")]
    public void Bgp_timers_outside_rfc_4271_are_an_error_at_the_key(string bgp, string key, string message)
    {
        string text = Timers(bgp: bgp);
        var error = SingleError(text);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((13, Column(text, 13, key) + key.Length), (error.Line, error.Column));
    }

    [Fact]
    public void The_fix_for_a_keepalive_as_long_as_hold_is_a_third_of_hold() =>
        Assert.Contains("keepalive: 30s", SingleError(Timers(bgp: "{keepalive: 90s, hold: 90s}")).Fix, StringComparison.Ordinal);

    [Theory]
    [InlineData("{keepalive: 1s, hold: 3s}")]
    [InlineData("{keepalive: 30s, hold: 65535s}")]
    [InlineData("{keepalive: 60s, hold: 90s}")]
    public void Bgp_timers_at_the_rfc_bounds_are_accepted(string bgp) =>
        Assert.NotNull(Vxc(Timers(bgp: bgp), "mcr-cloud").Bgp);
}
