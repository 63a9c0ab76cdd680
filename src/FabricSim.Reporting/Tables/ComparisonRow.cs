using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Tables;

/// <summary>
/// One row of the comparison of options: a flow's key metrics as display text, shared by the console table and
/// the HTML report so both always show the same numbers.
/// </summary>
internal sealed record ComparisonRow(
    string Option,
    string Flow,
    string LatencyP50Ms,
    string LatencyP99Ms,
    string JitterMs,
    string LossPercent,
    string ThroughputMbps,
    string OutageSeconds,
    string MonthlyCostUsd)
{
    public static IReadOnlyList<string> Headings { get; } =
    [
        "Option", "Flow", "p50 latency (ms)", "p99 latency (ms)", "Jitter (ms)", "Loss (%)",
        "Throughput (Mbit/s)", "Outage (s)", "Monthly cost (USD)",
    ];

    public IReadOnlyList<string> Cells =>
        [Option, Flow, LatencyP50Ms, LatencyP99Ms, JitterMs, LossPercent, ThroughputMbps, OutageSeconds, MonthlyCostUsd];

    /// <summary>A row per flow; the option's cost appears on its first row only, since it is paid once per option.</summary>
    public static IReadOnlyList<ComparisonRow> For(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return For(result.Options);
    }

    /// <summary>The rows of a sweep: every point's comparison, each row led by the setting of the swept value there.</summary>
    public static IReadOnlyList<(string Setting, ComparisonRow Row)> ForSweep(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Sweep.SelectMany(point => For(point.Options).Select(row => (SweptValue(point), row))).ToList();
    }

    /// <summary>The value as written into the scenario, led by the factor when the sweep multiplies a base value.</summary>
    public static string SweptValue(SweepPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.Kind == SweepValueKind.Factor
            ? $"{point.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} × ({point.Setting})"
            : point.Setting;
    }

    public static IReadOnlyList<ComparisonRow> For(IEnumerable<OptionResult> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rows = new List<ComparisonRow>();
        foreach (var option in options)
        {
            string cost = DisplayNumber.Usd(option.MonthlyCostUsd);
            if (option.Flows.Count == 0)
            {
                rows.Add(new ComparisonRow(option.Name, DisplayNumber.Missing, DisplayNumber.Missing, DisplayNumber.Missing,
                    DisplayNumber.Missing, DisplayNumber.Missing, DisplayNumber.Missing, DisplayNumber.Missing, cost));
                continue;
            }
            for (int index = 0; index < option.Flows.Count; index++)
            {
                rows.Add(Of(option.Flows[index], index == 0 ? cost : ""));
            }
        }
        return rows;
    }

    private static ComparisonRow Of(FlowSummary flow, string cost) => new(
        flow.Option,
        flow.Flow,
        DisplayNumber.WithInterval(flow.LatencyP50Ms, 1, 3),
        DisplayNumber.WithInterval(flow.LatencyP99Ms, 1, 3),
        DisplayNumber.WithInterval(flow.JitterMs, 1, 3),
        DisplayNumber.WithInterval(flow.LossRatio, 100, 3),
        DisplayNumber.WithInterval(flow.ThroughputBitsPerSecond, 1e-6, 2),
        flow.Unreachable ? flow.Status : DisplayNumber.WithInterval(flow.OutageSeconds, 1, 2),
        cost);
}
