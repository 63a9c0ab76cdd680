using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>
/// The empirical CDF of one-way latency of every flow of one option: one step line per flow. The latency axis ends at
/// the highest flow's 99.9th percentile, so a few slow packets (a failover, a retransmission) cannot squeeze every
/// curve against the left edge; the tail beyond it is what the CCDF plot shows.
/// </summary>
internal static class LatencyCdfPlot
{
    /// <param name="option">The option whose flows are drawn.</param>
    /// <param name="logLatencyAxis">Draw latency on a log-10 axis, for options whose flows span decades (LAN and intercontinental).</param>
    public static Plot Create(OptionResult option, bool logLatencyAxis)
    {
        ArgumentNullException.ThrowIfNull(option);
        var distributions = SeriesSelection.Limit(option.LatencyDistributions, TailLatency, "slowest", "flows", "latency_cdf.csv", out string note);
        double clip = distributions.Select(d => LatencyAt(d, ClipProbability)).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Max();
        bool clipped = !logLatencyAxis && double.IsFinite(clip)
            && distributions.Any(d => d.Points.Any(point => double.IsFinite(point.LatencyMs) && point.LatencyMs > clip));
        var plot = PlotCanvas.Create(
            $"One-way latency CDF: {option.Name}{note}",
            logLatencyAxis ? "One-way latency (ms, log scale)" : clipped ? "One-way latency (ms), up to the slowest flow's p99.9" : "One-way latency (ms)",
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
            StepLine.Add(plot, xs, ys, drawn, distribution.Flow);
            latencies.AddRange(xs);
            drawn++;
        }
        if (logLatencyAxis)
        {
            plot.Axes.Bottom.TickGenerator = LogAxisTicks.Create();
        }
        else
        {
            var shown = clipped ? latencies.Where(x => x <= clip).ToList() : latencies;
            if (clipped && shown.Count > 0)
            {
                double low = shown.Min(), pad = 0.03 * (clip - low);
                plot.Axes.SetLimitsX(Math.Max(0, low - pad), clip + pad);
            }
            AxisSpan.EnsureX(plot, shown, AxisSpan.Minimum(shown, AxisSpan.LatencyRelativeResolution));
        }
        plot.Axes.SetLimitsY(0, 1.02);
        PlotCanvas.ShowLegendIfAny(plot, drawn);
        return plot;
    }

    private const double ClipProbability = 0.999;

    /// <summary>The lowest latency at which the CDF reaches <paramref name="probability"/>; NaN for a flow with no delivered packet.</summary>
    internal static double LatencyAt(LatencyDistribution distribution, double probability) =>
        distribution.Points.Where(point => double.IsFinite(point.LatencyMs) && point.CumulativeProbability >= probability)
            .Select(point => point.LatencyMs).DefaultIfEmpty(double.NaN).Min();

    /// <summary>The latency at the 99th percentile, or the highest recorded below it: what ranks flows as slowest.</summary>
    private static double TailLatency(LatencyDistribution distribution) =>
        distribution.Points.Where(point => point.CumulativeProbability <= 0.99 && double.IsFinite(point.LatencyMs))
            .Select(point => point.LatencyMs).DefaultIfEmpty(double.NaN).Max();
}
