using FabricSim.Network.Units;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// Megaport Internet VXCs as Megaport sells them for Ports and MCRs (docs.megaport.com/megaport-internet/): in
/// Australia, the USA and the UK only, at most 25 per MCR, MTU 1500 bytes (docs.megaport.com/tech-specs/), reaching
/// sites that are not on the option's fabric; every refusal at the key that causes it, with its fix.
/// </summary>
public sealed class InternetVxcTests
{
    // The Internet VXC is on line 12.
    internal const string Valid = """
        name: internet
        run: {duration: 3s, warmup: 1s, seed: 2, replications: 2}
        sites:
          - {name: dc, pop: LON1, prefixes: [10.1.0.0/16]}
          - {name: saas-sg, lat: 1.29, lon: 103.85, prefixes: [203.0.113.0/24]}
        options:
          - name: internet-vxc
            ports: [{name: dc-port, site: dc, speed: 10Gbps}]
            mcrs: [{name: mcr, pop: LON1, rate: 1Gbps}]
            vxcs: [{name: dc-mcr, a: dc-port, b: mcr, rate: 1Gbps}]
            internet_vxcs:
              - {name: mcr-internet, a: mcr, rate: 100Mbps, reaches: [saas-sg], diversity_zone: red, internet: {jitter: 2ms, loss_rate: 0.001}}
        traffic:
          - {name: app, from: dc, to: saas-sg, type: poisson, rate: 20Mbps, packet_size: 1000B}
        """;

    internal static string Replace(string oldText, string newText)
    {
        Assert.Contains(oldText, Valid, StringComparison.Ordinal);
        return Valid.Replace(oldText, newText, StringComparison.Ordinal);
    }

    private static ScenarioError Error(string text)
    {
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "internet.yaml"));
        return Assert.Single(ex.Errors);
    }

    [Fact]
    public void An_Internet_VXC_from_an_MCR_loads_with_its_rate_zone_MTU_and_destinations()
    {
        var vxc = Assert.Single(Assert.Single(ScenarioLoader.LoadText(Valid, "internet.yaml").Options).InternetVxcs);
        Assert.Equal(("mcr", DataRate.Parse("100Mbps"), "red", 1500), (vxc.End, vxc.Rate, vxc.DiversityZone, vxc.MtuBytes));
        Assert.Equal(["saas-sg"], vxc.Reaches);
    }

    [Fact]
    public void The_providers_names_a_end_and_rate_limit_are_accepted()
    {
        var vxc = Assert.Single(Assert.Single(ScenarioLoader.LoadText(Replace("a: mcr, rate: 100Mbps", "a_end: mcr, rate_limit: 100Mbps"), "internet.yaml").Options).InternetVxcs);
        Assert.Equal(("mcr", DataRate.Parse("100Mbps")), (vxc.End, vxc.Rate));
    }

    [Fact]
    public void An_MCR_outside_Australia_the_USA_and_the_UK_is_refused_with_the_countries_and_the_alternatives()
    {
        var error = Error(Replace("{name: mcr, pop: LON1", "{name: mcr, pop: FRA1"));
        Assert.StartsWith("Megaport Internet for Ports and MCRs is ordered only in AU, US, GB, and 'mcr' is at FRA1 (DE) (docs.megaport.com/megaport-internet/", error.Message, StringComparison.Ordinal);
        Assert.Equal((12, 33), (error.Line, error.Column));
        Assert.Contains("MVE's Internet transport", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Jumbo_packets_through_an_Internet_VXC_are_refused_by_the_path_MTU_check()
    {
        var error = Error(Replace("packet_size: 1000B", "packet_size: 9000B"));
        Assert.Contains("exceeds the path MTU 1500B", error.Message, StringComparison.Ordinal);
        Assert.Contains("mcr-internet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_MTU_other_than_1500_bytes_is_refused_at_the_key()
    {
        var error = Error(Replace("diversity_zone: red,", "diversity_zone: red, mtu: 9000B,"));
        Assert.StartsWith("a Megaport Internet VXC carries IP packets of at most 1500B, not 9000B (docs.megaport.com/tech-specs/", error.Message, StringComparison.Ordinal);
        Assert.Equal(12, error.Line);
    }

    [Fact]
    public void A_rate_above_the_MCRs_is_refused()
    {
        var error = Error(Replace("rate: 100Mbps", "rate: 2Gbps"));
        Assert.Equal("rate 2Gbps of internet_vxc 'mcr-internet' exceeds the 1Gbps of 'mcr' it starts from", error.Message);
    }

    [Fact]
    public void More_than_25_Internet_VXCs_on_one_MCR_are_refused_at_the_26th()
    {
        var lines = string.Join("\n", Enumerable.Range(1, 26).Select(i => $"      - {{name: inet-{i}, a: mcr, rate: 10Mbps, reaches: [saas-sg]}}"));
        var error = Error(Replace("      - {name: mcr-internet, a: mcr, rate: 100Mbps, reaches: [saas-sg], diversity_zone: red, internet: {jitter: 2ms, loss_rate: 0.001}}", lines));
        Assert.StartsWith("'mcr' has more than 25 Megaport Internet VXCs, the most Megaport allows on an MCR", error.Message, StringComparison.Ordinal);
        Assert.Equal(37, error.Line);
    }

    [Fact]
    public void A_site_on_the_fabric_is_not_reached_over_the_Internet()
    {
        var error = Error(Replace("reaches: [saas-sg]", "reaches: [dc]"));
        Assert.Equal("site 'dc' has port 'dc-port' in option 'internet-vxc', so it is on the fabric, not reached over the Internet by internet_vxc 'mcr-internet'", error.Message);
    }

    [Fact]
    public void An_end_that_is_not_an_MCR_or_Port_is_refused_with_the_MVE_alternative()
    {
        var error = Error(Replace("a: mcr, rate: 100Mbps", "a: mrc, rate: 100Mbps"));
        Assert.StartsWith("'mrc' in internet_vxc 'mcr-internet' is not an MCR or Port of option 'internet-vxc'", error.Message, StringComparison.Ordinal);
        Assert.Contains("mve_transport", error.Fix, StringComparison.Ordinal);
    }
}
