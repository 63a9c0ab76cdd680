using FabricSim.Network.Units;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Decision;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;

namespace FabricSim.Scenarios.Tests.Decision;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>Headroom arithmetic by hand: the month an element fills, the p95 it is sized on, and the smallest catalog size that fits.</summary>
public class HeadroomAnalysisTests
{
    private static readonly ProductCatalog Products = CatalogLoader.LoadEmbedded().Products;

    private static Estimate E(double mean) => new(mean, 0, 0.95, 3);

    private static readonly VxcSettings AwsVxc = new("to-aws", "dc-port", "aws", DataRate.FromMegabitsPerSecond(500), 3,
        new CloudConnection(CloudConnectionType.AwsHosted, AwsVifType.Private, null, null, 1500), null);

    private static readonly DesignOption Option = new("sdci", "", 0,
        [new Port("dc-port", "dc", "SYD1", DataRate.FromGigabitsPerSecond(10))], [], [], [AwsVxc], [], []);

    private static OptionResult Result(double vxcUtilization, double drops = 0, params double[] samples) =>
        new("sdci", "", [],
            [
                new LinkSummary("sdci", "to-aws", "dc-port", "aws", 500e6, E(vxcUtilization), E(0), E(drops), 1000, 0),
                new LinkSummary("sdci", "to-aws", "aws", "dc-port", 500e6, E(0.01), E(0), E(0), 1000, 0),
            ],
            [],
            [.. samples.Select((value, i) => new TimeSeriesPoint("sdci", "to-aws:dc-port>aws", "utilization", 1.1 + i * 0.1, value))],
            [], "");

    /// <summary>A price per VXC Mbit/s, so a saving is easy to check by hand.</summary>
    private static double Cost(DesignOption design) => design.Vxcs.Sum(v => v.Rate.MegabitsPerSecond) + design.Ports.Sum(p => p.Speed.GigabitsPerSecond * 10);

    private static ElementHeadroom Vxc(OptionResult result, Requirements? requirements = null) =>
        HeadroomAnalysis.For(Option, result, requirements ?? Requirements.None, Products, warmUpSeconds: 1, Cost).Single(h => h.Element == "to-aws");

    [Fact]
    public void The_month_an_element_fills_compounds_the_yearly_growth()
    {
        // 40 % of 500 Mbit/s against an 80 % limit: the load must double; at 30 %/year that takes 12·ln 2 / ln 1.3 = 31.7 months.
        var requirements = Requirements.None with { AnnualGrowth = 0.3 };
        var headroom = Vxc(Result(0.4), requirements);

        Assert.Equal(12 * Math.Log(2) / Math.Log(1.3), headroom.MonthsToLimit!.Value, 9);
        Assert.Equal(0.8 * 500e6 - 200e6, headroom.HeadroomBitsPerSecond, 3);
        Assert.Null(Vxc(Result(0.4)).MonthsToLimit);
        Assert.Equal(0, HeadroomAnalysis.MonthsToLimit(450e6, 400e6, 0.3));
    }

    [Fact]
    public void Sizing_uses_the_95th_percentile_of_the_samples_after_warm_up()
    {
        // Twenty samples after warm-up, 0.01 … 0.20: the nearest-rank p95 is the 19th, 0.19; the 0.9 before warm-up is not counted.
        var samples = Enumerable.Range(1, 20).Select(i => i / 100.0).ToArray();
        var result = Result(0.1, 0, samples) with
        {
            TimeSeries = [new TimeSeriesPoint("sdci", "to-aws:dc-port>aws", "utilization", 0.5, 0.9), .. Result(0.1, 0, samples).TimeSeries],
        };
        var headroom = Vxc(result);

        Assert.Equal(0.19, headroom.UtilizationP95, 12);
        Assert.Equal(0.19 * 500e6, headroom.LoadBitsPerSecond, 3);
    }

    [Fact]
    public void The_smallest_hosted_connection_speed_that_keeps_the_load_within_the_limit_is_offered_with_its_saving()
    {
        // 30 % of 500 Mbit/s = 150 Mbit/s; within 80 % it needs 187.5 Mbit/s: AWS sells 200 Mbit/s hosted connections.
        var headroom = Vxc(Result(0.3));

        Assert.Equal("200Mbps", headroom.SmallerSize);
        Assert.Equal(500 - 200, headroom.MonthlySavingUsd);
    }

    [Fact]
    public void A_saturated_element_is_never_downsized()
    {
        // 0.006 % policer drops on a long-haul VXC held a TCP flow to 81 of its 200 Mbit/s: any drop means the load is not what was offered.
        var dropping = Vxc(Result(0.16, drops: 0.00007));
        Assert.True(dropping.Saturated);
        Assert.Null(dropping.SmallerSize);

        var full = Vxc(Result(0.97));
        Assert.True(full.Saturated);
        Assert.Equal(0, Vxc(Result(0.97), Requirements.None with { AnnualGrowth = 0.3 }).MonthsToLimit);
    }

    [Fact]
    public void The_fullest_element_comes_first_and_a_port_is_sized_on_the_megaport_port_speeds()
    {
        var result = Result(0.3) with
        {
            Links = [.. Result(0.3).Links, new LinkSummary("sdci", "dc-port", "dc", "SYD1", 10e9, E(0.02), E(0), E(0), 1000, 0)],
        };
        var rows = HeadroomAnalysis.For(Option, result, Requirements.None, Products, 1, Cost);

        Assert.Equal(["to-aws", "dc-port"], rows.Select(r => r.Element));
        Assert.Equal("1Gbps", rows[1].SmallerSize);
        Assert.Equal(90, rows[1].MonthlySavingUsd);
    }

    [Fact]
    public void Packets_lost_while_an_element_was_failed_do_not_make_it_saturated()
    {
        var failedOnly = Result(0.3) with
        {
            Links = [new LinkSummary("sdci", "to-aws", "dc-port", "aws", 500e6, E(0.3), E(0), E(0.2), 1000, 250) { DropsFailure = 250 }],
        };
        var headroom = Vxc(failedOnly);

        Assert.False(headroom.Saturated);
        Assert.Equal("200Mbps", headroom.SmallerSize);
    }

    [Fact]
    public void A_limiter_with_no_size_to_choose_still_shows_its_headroom()
    {
        var result = Result(0.3) with
        {
            Links = [.. Result(0.3).Links, new LinkSummary("sdci", "vpn-aws/gateway", "aws", "vpn", 1.25e9, E(0.5), E(0), E(0), 1000, 0) { Kind = "vpn_gateway" }],
        };
        var gateway = HeadroomAnalysis.For(Option, result, Requirements.None, Products, 1, Cost).Single(r => r.Element == "vpn-aws/gateway");

        Assert.Equal(("vpn_gateway", 0.5 * 1.25e9), (gateway.Kind, gateway.LoadBitsPerSecond));
        Assert.Null(gateway.SmallerSize);
    }

    /// <summary>
    /// A CSP edge's port is the provider's cross-connect (a dedicated port the customer buys from the CSP, or the
    /// partner's shared one): its fill shows, but no Megaport size is offered for it.
    /// </summary>
    [Fact]
    public void A_cloud_connection_port_shows_its_headroom_without_a_megaport_size()
    {
        var result = Result(0.3) with
        {
            Links = [.. Result(0.3).Links, new LinkSummary("sdci", "aws-edge-SYD1", "aws-edge", "SYD1", 10e9, E(0.05), E(0), E(0), 1000, 0) { Kind = "cloud_connection" }],
        };
        var port = HeadroomAnalysis.For(Option, result, Requirements.None, Products, 1, Cost).Single(r => r.Element == "aws-edge-SYD1");

        Assert.Equal(("cloud_connection", 0.05 * 10e9), (port.Kind, port.LoadBitsPerSecond));
        Assert.False(port.Saturated);
        Assert.Null(port.SmallerSize);
    }
}
