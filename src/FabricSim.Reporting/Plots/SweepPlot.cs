using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>A metric of every option × flow against the value of one swept parameter, with confidence intervals as error bars.</summary>
internal static class SweepPlot
{
    public static Plot Create(ScenarioResult result, string parameter, SweepMetric metric)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (title, valueLabel) = metric switch
        {
            SweepMetric.LatencyP99 => ("99th percentile one-way latency", "p99 one-way latency (ms)"),
            SweepMetric.Loss => ("Packet loss", "Packet loss (%)"),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown sweep metric."),
        };
        var plot = PlotCanvas.Create($"{title} vs {parameter}", parameter, valueLabel);
        var curves = result.Sweep
            .Where(point => point.Parameter == parameter && double.IsFinite(point.Value))
            .GroupBy(point => (point.Option, point.Flow));
        int drawn = 0;
        foreach (var curve in curves)
        {
            var points = curve
                .Select(point => (point.Value, Estimate: metric == SweepMetric.Loss ? Scaled(point.LossRatio, 100) : point.LatencyP99Ms))
                .Where(point => double.IsFinite(point.Estimate.Mean))
                .OrderBy(point => point.Value)
                .ToArray();
            if (points.Length == 0)
            {
                continue;
            }
            double[] xs = points.Select(point => point.Value).ToArray();
            double[] ys = points.Select(point => point.Estimate.Mean).ToArray();
            double[] errors = points.Select(point => double.IsFinite(point.Estimate.HalfWidth) ? point.Estimate.HalfWidth : 0).ToArray();
            var color = PlotCanvas.ColorAt(drawn);
            var line = plot.Add.Scatter(xs, ys, color);
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = $"{curve.Key.Option} / {curve.Key.Flow}";
            var errorBars = plot.Add.ErrorBar(xs, ys, errors);
            errorBars.Color = color;
            drawn++;
        }
        PlotCanvas.ShowLegendIfAny(plot, drawn);
        return plot;
    }

    private static Estimate Scaled(Estimate estimate, double factor) =>
        estimate with { Mean = estimate.Mean * factor, HalfWidth = estimate.HalfWidth * factor };
}
