using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>Every figure of a report, in a fixed order, drawn at a fixed width.</summary>
internal static class ReportPlots
{
    public static IReadOnlyList<RenderedPlot> Render(ScenarioResult result, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        if (result.Sweep.Count > 0)
        {
            return RenderSweep(result);
        }
        var figures = new List<RenderedPlot>();
        var optionSlugs = new FileSlug();
        foreach (var option in result.Options)
        {
            string slug = optionSlugs.Unique(option.Name);
            if (option.LatencyDistributions.Count > 0)
            {
                figures.Add(Draw($"latency_cdf_{slug}", LatencyCdfPlot.Create(option, options.LogLatencyAxis)));
                figures.Add(Draw($"latency_ccdf_{slug}", LatencyCcdfPlot.Create(option)));
            }
            if (TimeSeriesPlot.HasData(option, TimeSeriesMetrics.Throughput))
            {
                figures.Add(Draw($"throughput_{slug}",
                    TimeSeriesPlot.Create(option, TimeSeriesMetrics.Throughput, "Throughput over time", "Throughput (Mbit/s)", 1e-6)));
            }
            if (TimeSeriesPlot.HasData(option, TimeSeriesMetrics.Utilization))
            {
                figures.Add(Draw($"utilization_{slug}",
                    TimeSeriesPlot.Create(option, TimeSeriesMetrics.Utilization, "Link utilization over time", "Utilization (%)", 100)));
            }
        }
        if (result.Options.Any(option => option.Flows.Count > 0))
        {
            figures.Add(Draw("loss", LossBarsPlot.Create(result)));
        }
        if (result.Options.Any(option => option.Cost.Count > 0))
        {
            figures.Add(Draw("cost", CostBarsPlot.Create(result)));
        }
        return figures;
    }

    /// <summary>A sweep's figures are its curves; each point's own plots would be one set per point, which its CSV rows already hold.</summary>
    private static List<RenderedPlot> RenderSweep(ScenarioResult result)
    {
        var figures = new List<RenderedPlot>();
        string slug = new FileSlug().Unique(result.Sweep[0].Parameter);
        foreach (var (metric, suffix) in new[] { (SweepMetric.LatencyP99, "p99"), (SweepMetric.Loss, "loss"), (SweepMetric.Throughput, "throughput"), (SweepMetric.MonthlyCost, "cost") })
        {
            var (plot, caption) = SweepPlot.Create(result, metric);
            figures.Add(Draw($"sweep_{slug}_{suffix}", plot) with { Caption = caption });
        }
        return figures;
    }

    public static RenderedPlot Draw(string fileStem, Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        int height = PlotCanvas.HeightOf(plot);
        byte[] png = plot.GetImageBytes(PlotCanvas.Width, height, ImageFormat.Png);
        string svg = SvgClipIds.Normalize(plot.GetSvgXml(PlotCanvas.Width, height));
        return new RenderedPlot(fileStem, plot.Axes.Title.Label.Text, png, svg);
    }
}
