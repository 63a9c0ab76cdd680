using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>The empirical CDF of one-way latency of every flow of one option: one step line per flow.</summary>
internal static class LatencyCdfPlot
{
    /// <param name="option">The option whose flows are drawn.</param>
    /// <param name="logLatencyAxis">Draw latency on a log-10 axis, for options whose flows span decades (LAN and intercontinental).</param>
    public static Plot Create(OptionResult option, bool logLatencyAxis)
    {
        ArgumentNullException.ThrowIfNull(option);
        var distributions = SeriesSelection.Limit(option.LatencyDistributions, TailLatency, "slowest", "flows", "latency_cdf.csv", out string note);
        var plot = PlotCanvas.Create(
            $"One-way latency CDF: {option.Name}{note}",
            logLatencyAxis ? "One-way latency (ms, log scale)" : "One-way latency (ms)",
            "Cumulative probability");
        int drawn = 0;
        var latencies = new List<double>();
        foreach (var distribution in distributions)
        {
            var points = distribution.Points
                .Where(point => double.IsFinite(point.LatencyMs) && double.IsFinite(point.CumulativeProbability))
                .Where(point => !logLatencyAxis || point.LatencyMs > 0)
                .ToArray();
            if (points.Length == 0)
            {
                continue;
            }
            double[] xs = points.Select(point => logLatencyAxis ? Math.Log10(point.LatencyMs) : point.LatencyMs).ToArray();
            double[] ys = points.Select(point => point.CumulativeProbability).ToArray();
            var line = plot.Add.ScatterLine(xs, ys, PlotCanvas.ColorAt(drawn));
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LineWidth = 2;
            line.LinePattern = SeriesStyle.PatternAt(drawn);
            line.LegendText = distribution.Flow;
            latencies.AddRange(xs);
            drawn++;
        }
        if (logLatencyAxis)
        {
            // ScottPlot has no log axis: the data is log10-transformed and the ticks are labelled with 10^x.
            var ticks = new ScottPlot.TickGenerators.NumericAutomatic
            {
                MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
                IntegerTicksOnly = true,
                LabelFormatter = exponent => Math.Pow(10, exponent).ToString("G4", System.Globalization.CultureInfo.InvariantCulture),
            };
            plot.Axes.Bottom.TickGenerator = ticks;
        }
        else
        {
            AxisSpan.EnsureX(plot, latencies, AxisSpan.Minimum(latencies, AxisSpan.LatencyRelativeResolution));
        }
        plot.Axes.SetLimitsY(0, 1.02);
        PlotCanvas.ShowLegendIfAny(plot, drawn);
        return plot;
    }

    /// <summary>The latency at the 99th percentile, or the highest recorded below it: what ranks flows as slowest.</summary>
    private static double TailLatency(LatencyDistribution distribution) =>
        distribution.Points.Where(point => point.CumulativeProbability <= 0.99 && double.IsFinite(point.LatencyMs))
            .Select(point => point.LatencyMs).DefaultIfEmpty(double.NaN).Max();
}
