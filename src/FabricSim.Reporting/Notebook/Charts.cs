using System.Globalization;
using FabricSim.Reporting.Diagrams;
using FabricSim.Reporting.Plots;
using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Notebook;

/// <summary>
/// Charts of simulation results for notebooks and scripts, drawn exactly as the HTML report draws them (same
/// shipped font, size and colours), returned as <see cref="PlotImage"/>s ready to display or save.
/// </summary>
/// <example>
/// <code>
/// var result = Simulation.Run("../scenarios/sdci-vs-ipsec.yaml");
/// display(Charts.LatencyCdf(result.Options[0]));
/// Charts.CostBars(result).SavePng("cost.png");
/// </code>
/// </example>
public static class Charts
{
    /// <summary>The empirical one-way latency CDF of every flow of one option.</summary>
    /// <param name="option">The option whose flows are drawn.</param>
    /// <param name="logLatencyAxis">Latency on a log-10 axis, for flows whose latencies span decades.</param>
    public static PlotImage LatencyCdf(OptionResult option, bool logLatencyAxis = false)
    {
        ArgumentNullException.ThrowIfNull(option);
        return Draw("latency_cdf", LatencyCdfPlot.Create(option, logLatencyAxis));
    }

    /// <summary>The option's sites, PoPs, MCRs, MVEs and clouds at their latitude and longitude, lines weighted by rate and coloured by utilization.</summary>
    /// <exception cref="ArgumentException">The result holds no topology (it was not produced by a run).</exception>
    public static PlotImage TopologyGeographic(OptionResult option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return Image(GeographicDiagram.Render("topology_geo", option.Name, TopologyOf(option)));
    }

    /// <summary>The option's topology as a layered graph (MSAGL), for teaching how the parts connect.</summary>
    /// <exception cref="ArgumentException">The result holds no topology (it was not produced by a run).</exception>
    public static PlotImage TopologyLogical(OptionResult option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return Image(LogicalDiagram.Render("topology_logical", option.Name, TopologyOf(option)));
    }

    private static TopologySummary TopologyOf(OptionResult option) => option.Topology
        ?? throw new ArgumentException($"The result of option '{option.Name}' holds no topology; results of Simulation.Run have one.", nameof(option));

    /// <summary>Throughput of every flow of one option over simulated time (replication 0), in Mbit/s.</summary>
    public static PlotImage Throughput(OptionResult option) =>
        TimeSeries(option, TimeSeriesMetrics.Throughput, "Throughput over time", "Throughput (Mbit/s)", 1e-6);

    /// <summary>Utilization of every link direction of one option over simulated time (replication 0), in percent.</summary>
    public static PlotImage Utilization(OptionResult option) =>
        TimeSeries(option, TimeSeriesMetrics.Utilization, "Link utilization over time", "Utilization (%)", 100);

    /// <summary>Packet loss of every flow, grouped by option, with confidence intervals.</summary>
    public static PlotImage LossBars(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Draw("loss", LossBarsPlot.Create(result));
    }

    /// <summary>The monthly cost of every option, stacked by cost category.</summary>
    public static PlotImage CostBars(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Draw("cost", CostBarsPlot.Create(result));
    }

    /// <summary>The p99 one-way latency against the swept value, with confidence intervals: each option's worst flows and its median flow.</summary>
    /// <param name="result">A result of <c>Simulation.Sweep</c>.</param>
    /// <param name="parameter">The swept parameter; may be left out when the result sweeps only one.</param>
    public static PlotImage SweepLatencyP99(ScenarioResult result, string? parameter = null) =>
        Sweep(result, parameter, SweepMetric.LatencyP99);

    /// <summary>The packet loss against the swept value, with confidence intervals: each option's worst flows and all its flows together.</summary>
    /// <param name="result">A result of <c>Simulation.Sweep</c>.</param>
    /// <param name="parameter">The swept parameter; may be left out when the result sweeps only one.</param>
    public static PlotImage SweepLoss(ScenarioResult result, string? parameter = null) =>
        Sweep(result, parameter, SweepMetric.Loss);

    /// <summary>Custom curves on linear axes, such as VXC count against the number of sites.</summary>
    public static PlotImage Line(string title, string xLabel, string yLabel, params Series[] series) =>
        Line(title, xLabel, yLabel, AxisScale.Linear, AxisScale.Linear, series);

    /// <summary>Custom curves with a chosen scale per axis, such as goodput against loss rate on log-log axes.</summary>
    public static PlotImage Line(string title, string xLabel, string yLabel, AxisScale xScale, AxisScale yScale, params Series[] series)
    {
        ArgumentException.ThrowIfNullOrEmpty(title);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Length == 0)
        {
            throw new ArgumentException("A line chart needs at least one series.", nameof(series));
        }
        var plot = PlotCanvas.Create(title, AxisLabel(xLabel, xScale), AxisLabel(yLabel, yScale));
        for (int index = 0; index < series.Length; index++)
        {
            AddSeries(plot, series[index], index, xScale, yScale);
        }
        if (xScale == AxisScale.Log10)
        {
            plot.Axes.Bottom.TickGenerator = DecadeTicks();
        }
        else if (series.All(curve => curve.X.All(double.IsInteger)))
        {
            // Counts (sites, VXCs) read wrong with ticks between them.
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        }
        if (yScale == AxisScale.Log10)
        {
            plot.Axes.Left.TickGenerator = DecadeTicks();
        }
        PlotCanvas.ShowLegendIfAny(plot, series.Length);
        return Draw("line", plot);
    }

    private static PlotImage TimeSeries(OptionResult option, string metric, string title, string valueLabel, double scale)
    {
        ArgumentNullException.ThrowIfNull(option);
        if (!TimeSeriesPlot.HasData(option, metric))
        {
            throw new ArgumentException($"Option '{option.Name}' recorded no '{metric}' samples.", nameof(option));
        }
        return Draw(metric, TimeSeriesPlot.Create(option, metric, title, valueLabel, scale));
    }

    private static PlotImage Sweep(ScenarioResult result, string? parameter, SweepMetric metric)
    {
        ArgumentNullException.ThrowIfNull(result);
        var parameters = result.Sweep.Select(point => point.Parameter).Distinct(StringComparer.Ordinal).ToList();
        string chosen = parameter ?? parameters.Count switch
        {
            1 => parameters[0],
            0 => throw new ArgumentException("The result has no sweep points; run it with Simulation.Sweep.", nameof(result)),
            _ => throw new ArgumentException($"The result sweeps {string.Join(", ", parameters)}; name the parameter to plot.", nameof(parameter)),
        };
        if (!parameters.Contains(chosen, StringComparer.Ordinal))
        {
            throw new ArgumentException($"The result has no sweep of '{chosen}'.", nameof(parameter));
        }
        return Draw("sweep", SweepPlot.Create(result, metric).Plot);
    }

    private static void AddSeries(Plot plot, Series series, int index, AxisScale xScale, AxisScale yScale)
    {
        ArgumentNullException.ThrowIfNull(series, nameof(series));
        if (series.X.Count != series.Y.Count || (series.ErrorHalfWidths is { } halfWidths && halfWidths.Count != series.Y.Count))
        {
            throw new ArgumentException($"Series '{series.Name}' has {series.X.Count} x values, {series.Y.Count} y values"
                + (series.ErrorHalfWidths is null ? "" : $" and {series.ErrorHalfWidths.Count} error half-widths") + "; they must match.", nameof(series));
        }
        var points = Enumerable.Range(0, series.X.Count)
            .Select(i => (X: series.X[i], Y: series.Y[i], Error: series.ErrorHalfWidths?[i] ?? double.NaN))
            .Where(point => Drawable(point.X, xScale) && Drawable(point.Y, yScale))
            .ToArray();
        double[] xs = points.Select(point => Position(point.X, xScale)).ToArray();
        double[] ys = points.Select(point => Position(point.Y, yScale)).ToArray();
        var color = PlotCanvas.ColorAt(index);
        var line = plot.Add.Scatter(xs, ys, color);
        line.LineWidth = 2;
        line.MarkerSize = series.ShowMarkers ? 6 : 0;
        line.LegendText = series.Name;
        if (series.ErrorHalfWidths is not null)
        {
            // On a log axis an interval is asymmetric; ScottPlot's error bars take separate lower and upper extents.
            double[] below = points.Select((point, i) => ErrorExtent(point.Y, -point.Error, yScale, ys[i])).ToArray();
            double[] above = points.Select((point, i) => ErrorExtent(point.Y, point.Error, yScale, ys[i])).ToArray();
            plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(xs, ys, null, null, above, below) { Color = color });
        }
    }

    private static bool Drawable(double value, AxisScale scale) => double.IsFinite(value) && (scale == AxisScale.Linear || value > 0);

    private static double Position(double value, AxisScale scale) => scale == AxisScale.Log10 ? Math.Log10(value) : value;

    /// <summary>The distance on the axis from the point to one end of its interval; zero where there is no interval to draw.</summary>
    private static double ErrorExtent(double value, double signedHalfWidth, AxisScale scale, double position)
    {
        if (!double.IsFinite(signedHalfWidth))
        {
            return 0;
        }
        double end = value + signedHalfWidth;
        if (scale == AxisScale.Linear)
        {
            return Math.Abs(signedHalfWidth);
        }
        return end > 0 ? Math.Abs(Math.Log10(end) - position) : 0;
    }

    private static string AxisLabel(string label, AxisScale scale) => scale == AxisScale.Log10 ? $"{label}, log scale" : label;

    /// <summary>ScottPlot has no log axis: data is drawn as log10 and the ticks are labelled with 10^x.</summary>
    private static ScottPlot.TickGenerators.NumericAutomatic DecadeTicks() => new()
    {
        MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = exponent => Math.Pow(10, exponent).ToString("G4", CultureInfo.InvariantCulture),
    };

    private static PlotImage Draw(string fileStem, Plot plot)
    {
        return Image(ReportPlots.Draw(fileStem, plot));
    }

    private static PlotImage Image(RenderedPlot rendered) => new(rendered.Title, rendered.Png, rendered.Svg);
}
