using FabricSim.Scenarios.Results;
using ScottPlot;

namespace FabricSim.Reporting.Plots;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>
/// A metric against the swept value. A sweep of a large design has options × flows curves, more than anyone can
/// tell apart, so each option shows its worst few flows and an aggregate of all of them; every flow stays in sweep.csv.
/// </summary>
internal static class SweepPlot
{
    /// <summary>Flows drawn per option, chosen by their worst value over the sweep.</summary>
    public const int WorstFlows = 5;

    public static (Plot Plot, string Caption) Create(ScenarioResult result, SweepMetric metric)
    {
        ArgumentNullException.ThrowIfNull(result);
        var points = result.Sweep.Where(point => double.IsFinite(point.Value)).OrderBy(point => point.Value).ToList();
        var axis = SweepAxis.For(points);
        var (title, valueLabel) = metric switch
        {
            SweepMetric.LatencyP99 => ("99th percentile one-way latency", "p99 one-way latency (ms)"),
            SweepMetric.Loss => ("Packet loss", "Packet loss (%)"),
            SweepMetric.Throughput => ("Throughput", "Throughput (Mbit/s)"),
            SweepMetric.MonthlyCost => ("Monthly cost", "Monthly cost (USD)"),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown sweep metric."),
        };
        string parameter = points.Count > 0 ? points[0].Parameter : "value";
        var plot = PlotCanvas.Create($"{title} vs {parameter}", axis.Label, valueLabel);
        var curves = metric == SweepMetric.MonthlyCost ? CostCurves(points) : FlowCurves(points, metric);
        var drawn = new List<double>();
        for (int index = 0; index < curves.Count; index++)
        {
            var curve = curves[index];
            var finite = curve.Points.Where(point => double.IsFinite(point.Estimate.Mean)).ToArray();
            if (finite.Length == 0)
            {
                continue;
            }
            double[] xs = finite.Select(point => point.Value * axis.Scale).ToArray();
            double[] ys = finite.Select(point => point.Estimate.Mean).ToArray();
            double[] errors = finite.Select(point => double.IsFinite(point.Estimate.HalfWidth) ? point.Estimate.HalfWidth : 0).ToArray();
            var color = SeriesStyle.ColorAt(index);
            var line = plot.Add.Scatter(xs, ys, color);
            line.LineWidth = curve.Aggregate ? 3 : 2;
            line.LinePattern = curve.Aggregate ? LinePattern.Solid : SeriesStyle.PatternAt(index);
            line.MarkerSize = 6;
            line.LegendText = curve.Name;
            var errorBars = plot.Add.ErrorBar(xs, ys, errors);
            errorBars.Color = color;
            drawn.AddRange(ys.Zip(errors, (y, e) => y + e));
            drawn.AddRange(ys.Zip(errors, (y, e) => y - e));
        }
        double minimumSpan = metric switch
        {
            SweepMetric.LatencyP99 => AxisSpan.Minimum(drawn, AxisSpan.LatencyRelativeResolution),
            SweepMetric.Throughput => AxisSpan.Minimum(drawn, AxisSpan.ThroughputRelativeResolution),
            SweepMetric.Loss => 1,
            _ => AxisSpan.Minimum(drawn, 0.01),
        };
        if (metric == SweepMetric.LatencyP99)
        {
            AxisSpan.EnsureY(plot, drawn, minimumSpan);
        }
        else
        {
            AxisSpan.FromZeroY(plot, drawn, minimumSpan);
        }
        PlotCanvas.ShowLegendIfAny(plot, curves.Count);
        int flowsPerOption = points.SelectMany(point => point.Options).Select(option => option.Flows.Count).DefaultIfEmpty(0).Max();
        string caption = metric == SweepMetric.MonthlyCost || flowsPerOption <= WorstFlows
            ? $"{title} vs {parameter}"
            : $"{title} vs {parameter}: per option, the {WorstFlows} worst of {flowsPerOption} flows and the aggregate of all; every flow is in sweep.csv";
        return (plot, caption);
    }

    private sealed record Curve(string Name, bool Aggregate, IReadOnlyList<(double Value, Estimate Estimate)> Points);

    private static List<Curve> CostCurves(IReadOnlyList<SweepPoint> points) =>
        points.SelectMany(point => point.Options.Select(option => (point.Value, option.Name, Cost: option.MonthlyCostUsd)))
            .GroupBy(entry => entry.Name, StringComparer.Ordinal)
            .Select(group => new Curve(group.Key, Aggregate: false,
                group.Select(entry => (entry.Value, new Estimate(entry.Cost, double.NaN, double.NaN, 1))).ToList()))
            .ToList();

    private static List<Curve> FlowCurves(IReadOnlyList<SweepPoint> points, SweepMetric metric)
    {
        var curves = new List<Curve>();
        var options = points.SelectMany(point => point.Options.Select(option => option.Name)).Distinct(StringComparer.Ordinal).ToList();
        foreach (string option in options)
        {
            var results = points.Select(point => (point.Value, Option: point.Options.FirstOrDefault(o => o.Name == option))).Where(p => p.Option is not null).ToList();
            var flows = results.SelectMany(p => p.Option!.Flows.Select(f => f.Flow)).Distinct(StringComparer.Ordinal).ToList();
            var perFlow = flows.Select(flow => new Curve($"{option} / {flow}", Aggregate: false,
                results.Select(p => (p.Value, Of(p.Option!.Flows.FirstOrDefault(f => f.Flow == flow), metric))).ToList())).ToList();
            // Worst first: the highest latency or loss, the lowest throughput; ties keep the scenario's order.
            double Badness(Curve curve) => curve.Points.Select(p => p.Estimate.Mean).Where(double.IsFinite)
                .Select(v => metric == SweepMetric.Throughput ? -v : v).DefaultIfEmpty(double.NegativeInfinity).Max();
            var chosen = flows.Count <= WorstFlows ? perFlow : perFlow.OrderByDescending(Badness).Take(WorstFlows).ToList();
            curves.AddRange(chosen);
            if (flows.Count > 1)
            {
                curves.Add(new Curve($"{option} / {AggregateName(metric)}", Aggregate: true,
                    results.Select(p => (p.Value, Aggregate(p.Option!.Flows, metric))).ToList()));
            }
        }
        return curves;
    }

    private static string AggregateName(SweepMetric metric) => metric switch
    {
        SweepMetric.LatencyP99 => "median flow",
        SweepMetric.Throughput => "all flows (total)",
        _ => "all flows (packet-weighted)",
    };

    private static Estimate Of(FlowSummary? flow, SweepMetric metric) => flow is null
        ? new Estimate(double.NaN, double.NaN, double.NaN, 0)
        : metric switch
        {
            SweepMetric.LatencyP99 => flow.LatencyP99Ms,
            SweepMetric.Loss => Scaled(flow.LossRatio, 100),
            _ => Scaled(flow.ThroughputBitsPerSecond, 1e-6),
        };

    /// <summary>One figure standing for all of an option's flows at a point; no interval, since flows are not replications.</summary>
    private static Estimate Aggregate(IReadOnlyList<FlowSummary> flows, SweepMetric metric)
    {
        double value = metric switch
        {
            SweepMetric.LatencyP99 => Median(flows.Select(f => f.LatencyP99Ms.Mean).Where(double.IsFinite).ToList()),
            SweepMetric.Throughput => flows.Sum(f => f.ThroughputBitsPerSecond.Mean) * 1e-6,
            _ => flows.Sum(f => f.PacketsSent) == 0 ? double.NaN : 100.0 * (1 - flows.Sum(f => (double)f.PacketsReceived) / flows.Sum(f => f.PacketsSent)),
        };
        return new Estimate(value, double.NaN, double.NaN, 0);
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        values.Sort();
        int middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static Estimate Scaled(Estimate estimate, double factor) =>
        estimate with { Mean = estimate.Mean * factor, HalfWidth = estimate.HalfWidth * factor };
}
