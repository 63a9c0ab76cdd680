using CsvHelper;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Csv;

/// <summary>One line of sweep.csv: one flow's key metrics at one value of a swept parameter.</summary>
[CsvRecord]
internal sealed partial record SweepRow(
    [property: CsvColumn("parameter")] string Parameter,
    [property: CsvColumn("value")] double? Value,
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
    [property: CsvColumn("loss_ratio_ci_high")] double? LossHigh)
{
    public static SweepRow Create(SweepPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return new SweepRow(
            point.Parameter, CsvNumber.Finite(point.Value), point.Option, point.Flow,
            CsvNumber.Finite(point.ThroughputBitsPerSecond.Mean), CsvNumber.Finite(point.ThroughputBitsPerSecond.Lower), CsvNumber.Finite(point.ThroughputBitsPerSecond.Upper),
            CsvNumber.Finite(point.LatencyP99Ms.Mean), CsvNumber.Finite(point.LatencyP99Ms.Lower), CsvNumber.Finite(point.LatencyP99Ms.Upper),
            CsvNumber.Finite(point.LossRatio.Mean), CsvNumber.Finite(point.LossRatio.Lower), CsvNumber.Finite(point.LossRatio.Upper));
    }
}
