using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Validation;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// A VXC's policer burst comes from the catalog unless the scenario gives one (bytes or time at the rate); a
/// customer shaper is asked for on the VXC or, as a default, on its port; validate warns when a TCP demand's path
/// needs more than the burst and names the VXC and the fix.
/// </summary>
public sealed class VxcPolicerBurstTests
{
    // Line numbers below count from the first line of this text. Sydney to AWS Tokyo: a long path.
    private const string Scenario = """
        name: t
        run: {duration: 10s}
        sites:
          - {name: syd-dc, pop: SYD1}
        clouds:
          - {name: aws-tyo, provider: aws, region: ap-northeast-1}
        options:
          - name: sdci
            ports:
              - {name: syd-port, site: syd-dc, speed: 1Gbps}
            vxcs:
              - name: syd-tyo
                a: syd-port
                b: aws-tyo
                rate: 500Mbps
                cloud: {type: aws_hosted}
        traffic:
          - {name: replication, from: syd-dc, to: aws-tyo, type: tcp_bulk, rate: 200Mbps}
        """;

    private static Model.VxcSettings Vxc(string text) => ScenarioLoader.LoadText(text, "t.yaml").Options[0].Vxcs[0];

    private static string WithVxcKeys(string keys) => Scenario.Replace("rate: 500Mbps\n", "rate: 500Mbps\n" + keys, StringComparison.Ordinal);

    [Fact]
    public void Without_a_burst_the_vxc_takes_its_products_burst_from_the_catalog()
    {
        var scenario = ScenarioLoader.LoadText(Scenario, "t.yaml");
        var products = scenario.Catalog.Products;
        long expected = Math.Min(new Network.Units.DataRate(500_000_000).BytesIn(products.Duration("megaport.vxc.policer_burst")),
            new Network.Units.DataRate(500_000_000).BytesIn(products.Duration("aws.hosted.policer_burst")));

        Assert.Equal(expected, scenario.Options[0].Vxcs[0].BurstBytes);
        Assert.Equal(625_000, expected);
        Assert.Contains("read 2026-12-03", products.Get("aws.hosted.policer_burst").Citation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2MB", 2_000_000)]
    [InlineData("40ms", 2_500_000)]
    public void A_burst_is_read_as_bytes_or_as_time_at_the_rate(string burst, long bytes) =>
        Assert.Equal(bytes, Vxc(WithVxcKeys($"        burst: {burst}\n")).BurstBytes);

    [Fact]
    public void A_burst_that_is_neither_a_size_nor_a_time_is_an_error_with_its_fix()
    {
        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => Vxc(WithVxcKeys("        burst: lots\n"))).Errors);

        Assert.Equal((16, 16), (error.Line, error.Column));
        Assert.Contains("10ms", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_level_customer_shaper_applies_to_its_vxcs_with_a_queue_of_100ms_at_the_rate()
    {
        var vxc = Vxc(Scenario.Replace("speed: 1Gbps}", "speed: 1Gbps, customer_shaper: true}", StringComparison.Ordinal));

        Assert.True(vxc.CustomerShaper);
        Assert.Equal(500_000_000 / 8 / 10, vxc.CustomerShaperQueueBytes);
    }

    [Fact]
    public void A_vxc_may_size_its_customer_shaper_queue_and_turn_off_its_ports_default()
    {
        var sized = Vxc(WithVxcKeys("        customer_shaper: true\n        customer_shaper_queue: 2MB\n"));
        var off = Vxc(Scenario.Replace("speed: 1Gbps}", "speed: 1Gbps, customer_shaper: true}", StringComparison.Ordinal)
            .Replace("rate: 500Mbps\n", "rate: 500Mbps\n        customer_shaper: false\n", StringComparison.Ordinal));

        Assert.Equal(2_000_000, sized.CustomerShaperQueueBytes);
        Assert.False(off.CustomerShaper);
    }

    [Fact]
    public void Validate_warns_when_a_tcp_demand_crosses_a_policed_vxc_whose_burst_is_below_the_path_bdp()
    {
        var warning = Assert.Single(PolicerBurstCheck.Warnings(ScenarioLoader.LoadText(Scenario, "t.yaml")));

        // Sydney to Tokyo is about 7,800 km: at least 76 ms of round trip in fibre, 4.8 MB at 500 Mbit/s, against 625 kB.
        Assert.Equal((12, 9), (warning.Line, warning.Column));
        Assert.Contains("VXC 'syd-tyo'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("customer_shaper: true", warning.Fix, StringComparison.Ordinal);
        Assert.Contains("burst:", warning.Fix, StringComparison.Ordinal);
    }

    /// <summary>VXC names are unique within an option only: the warning points at the policed option's VXC, not the first of that name.</summary>
    [Fact]
    public void The_warning_points_at_the_vxc_of_the_option_it_names()
    {
        string shapedFirst = WithVxcKeys("        customer_shaper: true\n")
            .Replace("  - name: sdci\n", "  - name: shaped\n", StringComparison.Ordinal)
            .Replace("traffic:\n", "  - name: policed\n    ports:\n      - {name: syd-port, site: syd-dc, speed: 1Gbps}\n    vxcs:\n"
                + "      - {name: syd-tyo, a: syd-port, b: aws-tyo, rate: 500Mbps, cloud: {type: aws_hosted}}\ntraffic:\n", StringComparison.Ordinal);

        var warning = Assert.Single(PolicerBurstCheck.Warnings(ScenarioLoader.LoadText(shapedFirst, "t.yaml")));

        Assert.Contains("option 'policed'", warning.Message, StringComparison.Ordinal);
        Assert.Equal((22, 10), (warning.Line, warning.Column));
    }

    [Theory]
    [InlineData("        customer_shaper: true\n")]
    [InlineData("        burst: 8MB\n")]
    public void No_warning_once_the_customer_shapes_or_the_burst_covers_the_bdp(string keys) =>
        Assert.Empty(PolicerBurstCheck.Warnings(ScenarioLoader.LoadText(WithVxcKeys(keys), "t.yaml")));

    [Fact]
    public void No_warning_in_the_metro_where_the_burst_covers_the_bdp() =>
        Assert.Empty(PolicerBurstCheck.Warnings(ScenarioLoader.LoadText(
            Scenario.Replace("ap-northeast-1", "ap-southeast-2", StringComparison.Ordinal), "t.yaml")));
}
