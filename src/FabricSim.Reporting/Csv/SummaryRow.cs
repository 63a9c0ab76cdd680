using CsvHelper;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Csv;

/// <summary>
/// One line of summary.csv: a flow under an option, each metric as its mean and confidence bounds across replications;
/// packet counts are totals over all replications.
/// </summary>
[CsvRecord]
internal sealed partial record SummaryRow(
    [property: CsvColumn("option")] string Option,
    [property: CsvColumn("flow")] string Flow,
    [property: CsvColumn("source")] string Source,
    [property: CsvColumn("destination")] string Destination,
    [property: CsvColumn("traffic_class")] string TrafficClass,
    [property: CsvColumn("packets_sent_all_replications")] long PacketsSent,
    [property: CsvColumn("packets_received_all_replications")] long PacketsReceived,
    [property: CsvColumn("replications")] int Replications,
    [property: CsvColumn("confidence_level")] double? ConfidenceLevel,
    [property: CsvColumn("throughput_bps_mean")] double? ThroughputMean,
    [property: CsvColumn("throughput_bps_ci_low")] double? ThroughputLow,
    [property: CsvColumn("throughput_bps_ci_high")] double? ThroughputHigh,
    [property: CsvColumn("latency_mean_ms_mean")] double? LatencyMeanMean,
    [property: CsvColumn("latency_mean_ms_ci_low")] double? LatencyMeanLow,
    [property: CsvColumn("latency_mean_ms_ci_high")] double? LatencyMeanHigh,
    [property: CsvColumn("latency_p50_ms_mean")] double? LatencyP50Mean,
    [property: CsvColumn("latency_p50_ms_ci_low")] double? LatencyP50Low,
    [property: CsvColumn("latency_p50_ms_ci_high")] double? LatencyP50High,
    [property: CsvColumn("latency_p95_ms_mean")] double? LatencyP95Mean,
    [property: CsvColumn("latency_p95_ms_ci_low")] double? LatencyP95Low,
    [property: CsvColumn("latency_p95_ms_ci_high")] double? LatencyP95High,
    [property: CsvColumn("latency_p99_ms_mean")] double? LatencyP99Mean,
    [property: CsvColumn("latency_p99_ms_ci_low")] double? LatencyP99Low,
    [property: CsvColumn("latency_p99_ms_ci_high")] double? LatencyP99High,
    [property: CsvColumn("latency_max_ms_mean")] double? LatencyMaxMean,
    [property: CsvColumn("latency_max_ms_ci_low")] double? LatencyMaxLow,
    [property: CsvColumn("latency_max_ms_ci_high")] double? LatencyMaxHigh,
    [property: CsvColumn("jitter_ms_mean")] double? JitterMean,
    [property: CsvColumn("jitter_ms_ci_low")] double? JitterLow,
    [property: CsvColumn("jitter_ms_ci_high")] double? JitterHigh,
    [property: CsvColumn("loss_ratio_mean")] double? LossMean,
    [property: CsvColumn("loss_ratio_ci_low")] double? LossLow,
    [property: CsvColumn("loss_ratio_ci_high")] double? LossHigh,
    [property: CsvColumn("outage_s_mean")] double? OutageMean,
    [property: CsvColumn("outage_s_ci_low")] double? OutageLow,
    [property: CsvColumn("outage_s_ci_high")] double? OutageHigh,
    [property: CsvColumn("transfer_completion_s_mean")] double? CompletionMean,
    [property: CsvColumn("transfer_completion_s_ci_low")] double? CompletionLow,
    [property: CsvColumn("transfer_completion_s_ci_high")] double? CompletionHigh,
    [property: CsvColumn("status")] string Status,
    [property: CsvColumn("response_time_p50_ms_mean")] double? ResponseP50Mean,
    [property: CsvColumn("response_time_p50_ms_ci_low")] double? ResponseP50Low,
    [property: CsvColumn("response_time_p50_ms_ci_high")] double? ResponseP50High,
    [property: CsvColumn("response_time_p95_ms_mean")] double? ResponseP95Mean,
    [property: CsvColumn("response_time_p95_ms_ci_low")] double? ResponseP95Low,
    [property: CsvColumn("response_time_p95_ms_ci_high")] double? ResponseP95High,
    [property: CsvColumn("response_time_p99_ms_mean")] double? ResponseP99Mean,
    [property: CsvColumn("response_time_p99_ms_ci_low")] double? ResponseP99Low,
    [property: CsvColumn("response_time_p99_ms_ci_high")] double? ResponseP99High,
    [property: CsvColumn("fidelity")] string Fidelity)
{
    public static SummaryRow Create(FlowSummary flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return new SummaryRow(
            flow.Option, flow.Flow, flow.Source, flow.Destination, flow.TrafficClass,
            flow.PacketsSent, flow.PacketsReceived,
            flow.LatencyP99Ms.Replications, flow.LatencyP99Ms.IsModel ? null : CsvNumber.Finite(flow.LatencyP99Ms.Level),
            CsvNumber.Finite(flow.ThroughputBitsPerSecond.Mean), CsvNumber.Lower(flow.ThroughputBitsPerSecond), CsvNumber.Upper(flow.ThroughputBitsPerSecond),
            CsvNumber.Finite(flow.LatencyMeanMs.Mean), CsvNumber.Lower(flow.LatencyMeanMs), CsvNumber.Upper(flow.LatencyMeanMs),
            CsvNumber.Finite(flow.LatencyP50Ms.Mean), CsvNumber.Lower(flow.LatencyP50Ms), CsvNumber.Upper(flow.LatencyP50Ms),
            CsvNumber.Finite(flow.LatencyP95Ms.Mean), CsvNumber.Lower(flow.LatencyP95Ms), CsvNumber.Upper(flow.LatencyP95Ms),
            CsvNumber.Finite(flow.LatencyP99Ms.Mean), CsvNumber.Lower(flow.LatencyP99Ms), CsvNumber.Upper(flow.LatencyP99Ms),
            CsvNumber.Finite(flow.LatencyMaxMs.Mean), CsvNumber.Lower(flow.LatencyMaxMs), CsvNumber.Upper(flow.LatencyMaxMs),
            CsvNumber.Finite(flow.JitterMs.Mean), CsvNumber.Lower(flow.JitterMs), CsvNumber.Upper(flow.JitterMs),
            CsvNumber.Finite(flow.LossRatio.Mean), CsvNumber.Lower(flow.LossRatio), CsvNumber.Upper(flow.LossRatio),
            CsvNumber.Finite(flow.OutageSeconds.Mean), CsvNumber.Lower(flow.OutageSeconds), CsvNumber.Upper(flow.OutageSeconds),
            CsvNumber.Finite(flow.TransferCompletionSeconds?.Mean ?? double.NaN), CsvNumber.Lower(flow.TransferCompletionSeconds),
            CsvNumber.Upper(flow.TransferCompletionSeconds), flow.Status,
            CsvNumber.Finite(flow.ResponseTimeP50Ms?.Mean ?? double.NaN), CsvNumber.Lower(flow.ResponseTimeP50Ms),
            CsvNumber.Upper(flow.ResponseTimeP50Ms),
            CsvNumber.Finite(flow.ResponseTimeP95Ms?.Mean ?? double.NaN), CsvNumber.Lower(flow.ResponseTimeP95Ms),
            CsvNumber.Upper(flow.ResponseTimeP95Ms),
            CsvNumber.Finite(flow.ResponseTimeP99Ms?.Mean ?? double.NaN), CsvNumber.Lower(flow.ResponseTimeP99Ms),
            CsvNumber.Upper(flow.ResponseTimeP99Ms), flow.Fidelity);
    }
}
