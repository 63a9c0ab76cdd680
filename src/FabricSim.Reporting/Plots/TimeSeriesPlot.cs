using System.Text.RegularExpressions;
using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>
/// One metric of one option over simulated time: one line per series (flow or link). The copies of a demand with
/// <c>count: N</c> ("voice/1" … "voice/N") would draw N lines on top of each other; they are drawn as one line, their
/// mean, inside a band from the lowest to the highest copy.
/// </summary>
internal static partial class TimeSeriesPlot
{
    /// <summary>Whether the option recorded any sample of the metric; the report leaves out plots with nothing to draw.</summary>
    public static bool HasData(OptionResult option, string metric)
    {
        ArgumentNullException.ThrowIfNull(option);
        return option.TimeSeries.Any(point => point.Metric == metric);
    }

    /// <param name="option">The option whose samples are drawn.</param>
    /// <param name="metric">The metric name of the samples, such as "throughput_bps".</param>
    /// <param name="title">What the plot shows; the option's name is appended.</param>
    /// <param name="valueLabel">The y-axis label, with its unit.</param>
    /// <param name="scale">Factor from the recorded unit to the displayed one (1e-6 for bit/s to Mbit/s).</param>
    public static Plot Create(OptionResult option, string metric, string title, string valueLabel, double scale)
    {
        ArgumentNullException.ThrowIfNull(option);
        var plot = PlotCanvas.Create($"{title}: {option.Name}", "Simulated time (s)", valueLabel);
        // Series keep the order in which they first appear in the result, which the simulation fixes.
        var allGroups = option.TimeSeries
            .Where(point => point.Metric == metric && double.IsFinite(point.TimeSeconds) && double.IsFinite(point.Value))
            .GroupBy(point => point.Series, StringComparer.Ordinal)
            .GroupBy(series => CopyGroup(series.Key), StringComparer.Ordinal)
            .ToList();
        // Utilization: the busiest links; throughput: the flows whose rate varied most around their mean (a failure, a stall).
        var groups = metric == TimeSeriesMetrics.Utilization
            ? SeriesSelection.Limit(allGroups, group => group.SelectMany(series => series).Average(point => point.Value), "busiest", "links", "timeseries.csv", out string note)
            : SeriesSelection.Limit(allGroups, Variation, "most variable", "series", "timeseries.csv", out note);
        if (note.Length > 0)
        {
            plot.Title($"{title}: {option.Name}{note}");
        }
        var drawn = new List<double>();
        for (int index = 0; index < groups.Count; index++)
        {
            var copies = groups[index].ToList();
            var samples = copies.SelectMany(series => series)
                .GroupBy(point => point.TimeSeconds)
                .OrderBy(at => at.Key)
                .Select(at => (Time: at.Key, Values: at.Select(point => point.Value * scale).ToArray()))
                .ToArray();
            double[] times = samples.Select(sample => sample.Time).ToArray();
            double[] means = samples.Select(sample => sample.Values.Average()).ToArray();
            var color = SeriesStyle.ColorAt(index);
            if (copies.Count > 1)
            {
                double[] lows = samples.Select(sample => sample.Values.Min()).ToArray();
                double[] highs = samples.Select(sample => sample.Values.Max()).ToArray();
                var band = plot.Add.FillY(times, lows, highs);
                band.FillColor = color.WithAlpha(0.25);
                band.LineWidth = 0;
                drawn.AddRange(lows);
                drawn.AddRange(highs);
            }
            var line = plot.Add.ScatterLine(times, means, color);
            line.LineWidth = 1.5f;
            line.LinePattern = SeriesStyle.PatternAt(index);
            line.LegendText = copies.Count > 1 ? $"{groups[index].Key} (mean of {copies.Count} copies; band: lowest to highest)" : copies[0].Key;
            drawn.AddRange(means);
        }
        double minimumSpan = metric == TimeSeriesMetrics.Utilization
            ? 10
            : AxisSpan.Minimum(drawn, AxisSpan.ThroughputRelativeResolution);
        AxisSpan.EnsureY(plot, drawn, minimumSpan);
        PlotCanvas.ShowLegendIfAny(plot, groups.Count);
        return plot;
    }

    /// <summary>The spread of a series relative to its mean: the coefficient of variation of all its samples.</summary>
    private static double Variation(IGrouping<string, IGrouping<string, TimeSeriesPoint>> group)
    {
        var values = group.SelectMany(series => series).Select(point => point.Value).ToList();
        double mean = values.Average();
        if (mean == 0)
        {
            return 0;
        }
        double variance = values.Sum(value => (value - mean) * (value - mean)) / values.Count;
        return Math.Sqrt(variance) / Math.Abs(mean);
    }

    /// <summary>The demand a copy belongs to ("voice" for "voice/3"); any other series is a group of its own.</summary>
    internal static string CopyGroup(string series)
    {
        var match = CopySuffix().Match(series);
        return match.Success ? match.Groups["demand"].Value : series;
    }

    [GeneratedRegex(@"^(?<demand>.+)/[0-9]+$")]
    private static partial Regex CopySuffix();
}
