using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>Every figure of a report, in a fixed order, drawn at a fixed size.</summary>
internal static class ReportPlots
{
    public static IReadOnlyList<RenderedPlot> Render(ScenarioResult result, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var figures = new List<RenderedPlot>();
        var optionSlugs = new FileSlug();
        foreach (var option in result.Options)
        {
            string slug = optionSlugs.Unique(option.Name);
            if (option.LatencyDistributions.Count > 0)
            {
                figures.Add(Draw($"latency_cdf_{slug}", LatencyCdfPlot.Create(option, options.LogLatencyAxis)));
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
        var parameterSlugs = new FileSlug();
        foreach (string parameter in result.Sweep.Select(point => point.Parameter).Distinct(StringComparer.Ordinal))
        {
            string slug = parameterSlugs.Unique(parameter);
            figures.Add(Draw($"sweep_{slug}_p99", SweepPlot.Create(result, parameter, SweepMetric.LatencyP99)));
            figures.Add(Draw($"sweep_{slug}_loss", SweepPlot.Create(result, parameter, SweepMetric.Loss)));
        }
        return figures;
    }

    public static RenderedPlot Draw(string fileStem, Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        byte[] png = plot.GetImageBytes(PlotCanvas.Width, PlotCanvas.Height, ImageFormat.Png);
        string svg = SvgClipIds.Normalize(plot.GetSvgXml(PlotCanvas.Width, PlotCanvas.Height));
        return new RenderedPlot(fileStem, plot.Axes.Title.Label.Text, png, svg);
    }
}
