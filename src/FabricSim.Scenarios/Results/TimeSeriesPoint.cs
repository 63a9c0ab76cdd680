namespace FabricSim.Scenarios.Results;

/// <summary>
/// One sample of a time series taken every probe interval in replication 0: e.g. Series = flow or link name,
/// Metric = "throughput_bps", "latency_ms", "utilization", "queue_packets", "loss_ratio".
/// </summary>
public sealed record TimeSeriesPoint(string Option, string Series, string Metric, double TimeSeconds, double Value);
