using FabricSim.Reporting.Plots;
using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Tests;

/// <summary>Plots that stay readable from one series to fifty: colours, legends, grouping, selection, units and axis spans.</summary>
public sealed class PlotSeriesTests
{
    private static OptionResult WithFlows(string option, int flows, Func<int, double> p99Ms)
    {
        var template = SyntheticResults.Option(option, 10, 0.001, 100);
        var summaries = Enumerable.Range(0, flows)
            .Select(i => SyntheticResults.Flow(option, $"site-{i:00}_datacentre-{i:00}", p99Ms(i), 0.001 * (i % 7)))
            .ToList();
        var distributions = summaries.Select(flow => new LatencyDistribution(option, flow.Flow,
            [new CdfPoint(flow.LatencyP99Ms.Mean * 0.9, 0.1), new CdfPoint(flow.LatencyP99Ms.Mean, 0.99)])).ToList();
        return template with { Flows = summaries, LatencyDistributions = distributions };
    }

    [Fact]
    public void Thirty_series_get_thirty_clearly_different_colours_and_every_legend_entry_lies_inside_the_image()
    {
        var option = WithFlows("mesh", 30, i => 5 + i);
        var plot = LatencyCdfPlot.Create(option, logLatencyAxis: false);

        var figure = ReportPlots.Draw("cdf", plot);

        using var bitmap = SkiaSharp.SKBitmap.Decode(figure.Png);
        var legend = PlotCanvas.LegendOf(plot)!;
        Assert.Equal(30, legend.RenderedLabels.Count);
        foreach (var rect in legend.RenderedLabels.Concat(legend.RenderedSymbols))
        {
            Assert.True(rect.Left >= 0 && rect.Top >= 0 && rect.Right <= bitmap.Width && rect.Bottom <= bitmap.Height,
                $"legend entry at {rect} outside the {bitmap.Width}×{bitmap.Height} image");
        }
        // The legend sits below the data area, so no entry covers a curve.
        var dataBottom = plot.LastRender.DataRect.Bottom;
        Assert.All(legend.RenderedLabels, rect => Assert.True(rect.Top > dataBottom));

        var colours = plot.GetPlottables<ScottPlot.Plottables.Scatter>().Select(line => line.Color).ToList();
        Assert.Equal(30, colours.Count);
        // CIE76 ΔE*ab of 2.3 is a just-noticeable difference; 20 is a difference nobody misses on a white page.
        double closest = colours.SelectMany((a, i) => colours.Skip(i + 1).Select(b => DeltaE(a, b))).Min();
        Assert.True(closest >= 20, $"two of the 30 colours are only ΔE {closest:F1} apart");
    }

    [Fact]
    public void Fifty_series_stay_distinct_by_colour_and_a_reused_colour_never_comes_back_with_the_same_pattern()
    {
        var styles = Enumerable.Range(0, 60).Select(i => (Colour: SeriesStyle.ColorAt(i), Pattern: SeriesStyle.PatternAt(i).Name)).ToList();
        var colours = styles.Take(50).Select(style => style.Colour).ToList();
        Assert.True(colours.SelectMany((a, i) => colours.Skip(i + 1).Select(b => DeltaE(a, b))).Min() >= 20);
        Assert.Equal(styles.Count, styles.Distinct().Count());
    }

    [Fact]
    public void A_legend_of_fifty_long_names_grows_the_figure_instead_of_being_cut_off()
    {
        var option = WithFlows("mesh", 50, i => 5 + i);
        var plot = LatencyCdfPlot.Create(option, logLatencyAxis: false);

        var figure = ReportPlots.Draw("cdf", plot);

        using var bitmap = SkiaSharp.SKBitmap.Decode(figure.Png);
        Assert.True(bitmap.Height > PlotCanvas.Height + 200, $"height {bitmap.Height}");
        var legend = PlotCanvas.LegendOf(plot)!;
        Assert.Equal(50, legend.RenderedLabels.Count);
        Assert.All(legend.RenderedLabels, rect => Assert.True(rect.Right <= bitmap.Width && rect.Bottom <= bitmap.Height, rect.ToString()));
        // The data area keeps the size it has with a one-line legend, rather than shrinking to make room.
        Assert.True(plot.LastRender.DataRect.Height > 0.75 * PlotCanvas.Height, $"data area {plot.LastRender.DataRect.Height} px high");
    }

    [Fact]
    public void Beyond_fifty_flows_a_cdf_draws_the_fifty_slowest_and_says_so_in_its_title()
    {
        var option = WithFlows("mesh", 60, i => 5 + i);

        var plot = LatencyCdfPlot.Create(option, logLatencyAxis: false);

        var names = plot.GetPlottables<ScottPlot.Plottables.Scatter>().Select(line => line.LegendText).ToList();
        Assert.Equal(Enumerable.Range(10, 50).Select(i => $"site-{i:00}_datacentre-{i:00}"), names);
        Assert.Equal("One-way latency CDF: mesh (50 slowest of 60 flows; all in latency_cdf.csv)", plot.Axes.Title.Label.Text);
    }

    [Fact]
    public void Beyond_fifty_links_a_utilization_plot_draws_the_fifty_busiest()
    {
        var series = Enumerable.Range(0, 55).SelectMany(link => Enumerable.Range(0, 3)
            .Select(second => new TimeSeriesPoint("mesh", $"link-{link:00}", TimeSeriesMetrics.Utilization, second, link / 100.0))).ToList();
        var option = SyntheticResults.Option("mesh", 10, 0, 100) with { TimeSeries = series };

        var plot = TimeSeriesPlot.Create(option, TimeSeriesMetrics.Utilization, "Link utilization over time", "Utilization (%)", 100);

        var names = plot.GetPlottables<ScottPlot.Plottables.Scatter>().Select(line => line.LegendText).ToList();
        Assert.Equal(Enumerable.Range(5, 50).Select(i => $"link-{i:00}"), names);
        Assert.EndsWith("(50 busiest of 55 links; all in timeseries.csv)", plot.Axes.Title.Label.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_copies_of_a_demand_draw_one_mean_line_inside_a_band_not_ten_lines()
    {
        var template = SyntheticResults.Option("hub", 10, 0.001, 100);
        var series = Enumerable.Range(1, 10).SelectMany(copy => Enumerable.Range(0, 5)
                .Select(second => new TimeSeriesPoint("hub", $"voice/{copy}", TimeSeriesMetrics.Throughput, second, 80e3 + copy * 1e3)))
            .Append(new TimeSeriesPoint("hub", "erp", TimeSeriesMetrics.Throughput, 0, 200e6))
            .ToList();
        var option = template with { TimeSeries = series };

        var plot = TimeSeriesPlot.Create(option, TimeSeriesMetrics.Throughput, "Throughput", "Throughput (Mbit/s)", 1e-6);

        var lines = plot.GetPlottables<ScottPlot.Plottables.Scatter>().ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("voice (mean of 10 copies; band: lowest to highest)", lines[0].LegendText);
        Assert.Equal(0.0855, lines[0].Data.GetScatterPoints()[0].Y, 9);
        Assert.Single(plot.GetPlottables<ScottPlot.Plottables.FillY>());
        Assert.Equal("voice", TimeSeriesPlot.CopyGroup("voice/10"));
        Assert.Equal("syd-dc_mel-dc", TimeSeriesPlot.CopyGroup("syd-dc_mel-dc"));
    }

    [Fact]
    public void A_sweep_of_two_options_and_twenty_two_flows_draws_the_five_worst_and_an_aggregate_per_option_in_mbit_per_s()
    {
        var points = new[] { 100e6, 500e6, 1e9 }.Select(rate => new SweepPoint("vxc rate", rate, $"{rate / 1e6}Mbps", SweepValueKind.Rate,
            [WithFlows("hub", 22, i => i * rate / 1e8), WithFlows("mesh", 22, i => 100 - i)])).ToArray();
        var result = SyntheticResults.CreateSweep() with { Sweep = points };

        var (plot, caption) = SweepPlot.Create(result, SweepMetric.LatencyP99);

        var names = plot.GetPlottables<ScottPlot.Plottables.Scatter>().Select(line => line.LegendText).ToList();
        Assert.Equal(12, names.Count);
        Assert.Equal(["hub / site-21_datacentre-21", "hub / site-20_datacentre-20", "hub / site-19_datacentre-19", "hub / site-18_datacentre-18",
            "hub / site-17_datacentre-17", "hub / median flow"], names.Take(6));
        Assert.Equal("mesh / site-00_datacentre-00", names[6]);
        Assert.Contains("5 worst of 22 flows", caption, StringComparison.Ordinal);
        Assert.Contains("sweep.csv", caption, StringComparison.Ordinal);
        Assert.Equal("vxc rate (Mbit/s)", plot.Axes.Bottom.Label.Text);
        Assert.Equal([100.0, 500.0, 1000.0], plot.GetPlottables<ScottPlot.Plottables.Scatter>().First().Data.GetScatterPoints().Select(p => p.X));

        // Loss is read from zero: the axis neither starts below it nor cuts off the bottom of the curves.
        var (loss, _) = SweepPlot.Create(result, SweepMetric.Loss);
        Assert.Equal(0, loss.Axes.Left.Range.Min);
        Assert.True(loss.Axes.Left.Range.Max >= 0.6, $"loss axis up to {loss.Axes.Left.Range.Max} %");
    }

    [Fact]
    public void A_latency_axis_is_never_narrower_than_ten_times_the_histograms_resolution()
    {
        // Two flows whose percentiles differ by one 33 µs histogram step at 6.25 ms.
        var template = SyntheticResults.Option("one-mcr", 6.25, 0, 100);
        var option = template with
        {
            LatencyDistributions =
            [
                new LatencyDistribution("one-mcr", "voice", [new CdfPoint(6.246, 0.5), new CdfPoint(6.246, 1)]),
                new LatencyDistribution("one-mcr", "app", [new CdfPoint(6.246, 0.5), new CdfPoint(6.279, 1)]),
            ],
        };

        var plot = LatencyCdfPlot.Create(option, logLatencyAxis: false);
        ReportPlots.Draw("cdf", plot);

        var range = plot.Axes.Bottom.Range;
        Assert.True(range.Span >= 10 * AxisSpan.LatencyRelativeResolution * 6.279 - 1e-9, $"latency axis spans {range.Span} ms");
        Assert.True(range.Min <= 6.246 && range.Max >= 6.279);
    }

    [Fact]
    public void A_failover_tail_does_not_squeeze_the_cdf_the_axis_ends_at_the_slowest_flows_p99_9_and_the_ccdf_shows_the_tail()
    {
        // Voice at 5-6 ms whose last 0.05 % of packets waited 650 ms for a failover; business at 8-9 ms.
        var option = SyntheticResults.Option("hub", 6, 0, 100) with
        {
            LatencyDistributions =
            [
                new LatencyDistribution("hub", "voice", [new CdfPoint(5, 0.1), new CdfPoint(5.5, 0.5), new CdfPoint(6, 0.999), new CdfPoint(650, 1)]),
                new LatencyDistribution("hub", "business", [new CdfPoint(8, 0.1), new CdfPoint(8.5, 0.5), new CdfPoint(9, 0.9995), new CdfPoint(9.5, 1)]),
            ],
        };

        var cdf = LatencyCdfPlot.Create(option, logLatencyAxis: false);
        ReportPlots.Draw("cdf", cdf);
        var ccdf = LatencyCcdfPlot.Create(option);
        ReportPlots.Draw("ccdf", ccdf);

        Assert.InRange(cdf.Axes.Bottom.Range.Max, 9, 10);
        Assert.Contains("p99.9", cdf.Axes.Bottom.Label.Text, StringComparison.Ordinal);
        Assert.True(ccdf.Axes.Bottom.Range.Max >= 650, $"the tail plot ends at {ccdf.Axes.Bottom.Range.Max} ms");
        // 1 − 0.999 = 10^-3: the log axis reaches at least that far down, and labels its decades in plain numbers.
        Assert.True(ccdf.Axes.Left.Range.Min <= -3, $"the tail axis stops at 10^{ccdf.Axes.Left.Range.Min}");
        Assert.Contains("log scale", ccdf.Axes.Left.Label.Text, StringComparison.Ordinal);
        Assert.Equal("0.001", LogAxisTicks.Create().LabelFormatter(-3));
    }

    [Fact]
    public void Cost_bars_top_out_at_the_net_total_with_the_term_discount_taken_off_not_stacked_on()
    {
        // The hub of hub-vs-mesh: six 400 USD ports, a 900 USD MCR, one 100 and five 230 USD VXCs, 5 % off 4,550 of fabric.
        CostLine Line(string category, double usd) => new("hub", category, category, 1, "month", usd, usd, "test");
        var lines = Enumerable.Repeat(Line("port", 400), 6).Append(Line("mcr", 900)).Append(Line("vxc", 100))
            .Concat(Enumerable.Repeat(Line("vxc", 230), 5)).Append(Line("term_discount", -227.50)).ToList();
        var option = SyntheticResults.Option("hub", 10, 0, 0) with { Cost = lines };
        var result = SyntheticResults.Create() with { Options = [option] };

        var plot = CostBarsPlot.Create(result);

        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars.ToList();
        Assert.Equal(4322.50, bars.Max(bar => bar.Value), 6);
        Assert.All(bars, bar => Assert.True(bar.Value > bar.ValueBase, "no segment is drawn downward or as a negative block"));
        Assert.Equal(["port", "mcr", "vxc"], CostStack.Of(lines, new HashSet<string>(["port", "mcr", "vxc"])).Segments.Select(s => s.Category));
        // Each category pays 95 % of its gross: the discount is a flat share of the fabric total.
        Assert.Equal(2400 * 0.95, bars[0].Value - bars[0].ValueBase, 6);
        var label = plot.GetPlottables<ScottPlot.Plottables.Text>().Single().LabelText;
        Assert.Equal("4,322.50\n(after −227.50 discount)", label);
        Assert.DoesNotContain(plot.Legend.ManualItems, item => item.LabelText.Contains("term_discount", StringComparison.Ordinal));
    }

    private static double DeltaE(Color a, Color b)
    {
        var (l1, a1, b1) = Lab(a);
        var (l2, a2, b2) = Lab(b);
        return Math.Sqrt((l1 - l2) * (l1 - l2) + (a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2));
    }

    /// <summary>sRGB (D65) to CIELAB.</summary>
    private static (double L, double A, double B) Lab(Color color)
    {
        static double Linear(byte channel)
        {
            double c = channel / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        double r = Linear(color.R), g = Linear(color.G), b = Linear(color.B);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : (24389.0 / 27 * t + 16) / 116;
        return (116 * F(y) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }
}
