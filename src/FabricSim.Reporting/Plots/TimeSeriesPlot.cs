using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>One metric of one option over simulated time: one line per series (flow or link).</summary>
internal static class TimeSeriesPlot
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
        var series = option.TimeSeries
            .Where(point => point.Metric == metric && double.IsFinite(point.TimeSeconds) && double.IsFinite(point.Value))
            .GroupBy(point => point.Series, StringComparer.Ordinal);
        int drawn = 0;
        foreach (var samples in series)
        {
            var ordered = samples.OrderBy(point => point.TimeSeconds).ToArray();
            var line = plot.Add.ScatterLine(
                ordered.Select(point => point.TimeSeconds).ToArray(),
                ordered.Select(point => point.Value * scale).ToArray(),
                PlotCanvas.ColorAt(drawn));
            line.LineWidth = 1.5f;
            line.LegendText = samples.Key;
            drawn++;
        }
        PlotCanvas.ShowLegendIfAny(plot, drawn);
        return plot;
    }
}
