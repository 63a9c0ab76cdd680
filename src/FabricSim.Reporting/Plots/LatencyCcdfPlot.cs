using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>
/// The tail of one-way latency: for each flow of one option, the share of packets slower than x (1 − CDF) on a
/// log-10 axis, so the 99th, 99.9th and 99.99th percentiles are equally far apart and a tail the CDF hides is visible.
/// </summary>
internal static class LatencyCcdfPlot
{
    public static Plot Create(OptionResult option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var distributions = SeriesSelection.Limit(option.LatencyDistributions, d => LatencyCdfPlot.LatencyAt(d, 0.99), "slowest", "flows", "latency_cdf.csv", out string note);
        var plot = PlotCanvas.Create($"One-way latency tail (CCDF): {option.Name}{note}", "One-way latency (ms)", "Share of packets slower (log scale)");
        int drawn = 0;
        var latencies = new List<double>();
        double lowest = 0;
        foreach (var distribution in distributions)
        {
            var finite = distribution.Points.Where(point => double.IsFinite(point.LatencyMs) && double.IsFinite(point.CumulativeProbability)).ToArray();
            // 1 − CDF reaches 0 at the slowest packet, which a log axis cannot show: the last step runs at its level out
            // to the slowest packet's latency and ends there.
            var points = finite.Where(point => point.CumulativeProbability < 1).ToArray();
            if (points.Length == 0)
            {
                continue;
            }
            double slowest = finite.Max(point => point.LatencyMs);
            double[] xs = [.. points.Select(point => point.LatencyMs), slowest];
            double[] ys = [.. points.Select(point => Math.Log10(1 - point.CumulativeProbability)), Math.Log10(1 - points[^1].CumulativeProbability)];
            StepLine.Add(plot, xs, ys, drawn, distribution.Flow);
            latencies.AddRange(xs);
            lowest = Math.Min(lowest, ys.Min());
            drawn++;
        }
        plot.Axes.Left.TickGenerator = LogAxisTicks.Create();
        plot.Axes.SetLimitsY(Math.Floor(Math.Min(lowest, -1)), 0.05);
        AxisSpan.EnsureX(plot, latencies, AxisSpan.Minimum(latencies, AxisSpan.LatencyRelativeResolution));
        PlotCanvas.ShowLegendIfAny(plot, drawn);
        return plot;
    }
}
