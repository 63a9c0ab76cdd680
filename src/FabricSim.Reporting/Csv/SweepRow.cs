using CsvHelper;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Csv;

/// <summary>One line of sweep.csv: one flow's key metrics under one option at one value of a swept parameter, with the option's monthly cost there.</summary>
[CsvRecord]
internal sealed partial record SweepRow(
    [property: CsvColumn("parameter")] string Parameter,
    [property: CsvColumn("value")] double? Value,
    [property: CsvColumn("setting")] string Setting,
    [property: CsvColumn("option")] string Option,
    [property: CsvColumn("flow")] string Flow,
    [property: CsvColumn("throughput_bps_mean")] double? ThroughputMean,
    [property: CsvColumn("throughput_bps_ci_low")] double? ThroughputLow,
    [property: CsvColumn("throughput_bps_ci_high")] double? ThroughputHigh,
    [property: CsvColumn("latency_p99_ms_mean")] double? LatencyP99Mean,
    [property: CsvColumn("latency_p99_ms_ci_low")] double? LatencyP99Low,
    [property: CsvColumn("latency_p99_ms_ci_high")] double? LatencyP99High,
    [property: CsvColumn("loss_ratio_mean")] double? LossMean,
    [property: CsvColumn("loss_ratio_ci_low")] double? LossLow,
    [property: CsvColumn("loss_ratio_ci_high")] double? LossHigh,
    [property: CsvColumn("option_monthly_cost_usd")] double? OptionMonthlyCostUsd)
{
    public static SweepRow Create(SweepPoint point, OptionResult option, FlowSummary flow)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(flow);
        return new SweepRow(
            point.Parameter, CsvNumber.Finite(point.Value), point.Setting, option.Name, flow.Flow,
            CsvNumber.Finite(flow.ThroughputBitsPerSecond.Mean), CsvNumber.Lower(flow.ThroughputBitsPerSecond), CsvNumber.Upper(flow.ThroughputBitsPerSecond),
            CsvNumber.Finite(flow.LatencyP99Ms.Mean), CsvNumber.Lower(flow.LatencyP99Ms), CsvNumber.Upper(flow.LatencyP99Ms),
            CsvNumber.Finite(flow.LossRatio.Mean), CsvNumber.Lower(flow.LossRatio), CsvNumber.Upper(flow.LossRatio),
            CsvNumber.Finite(option.MonthlyCostUsd));
    }
}
