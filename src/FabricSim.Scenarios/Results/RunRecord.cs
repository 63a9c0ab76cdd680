namespace FabricSim.Scenarios.Results;

/// <summary>
/// What one work unit (one replication of one option at one sweep point) measured for one reported flow, before any
/// estimate across replications: the rows of runs.parquet. Delay figures are NaN when nothing arrived.
/// </summary>
public sealed record RunRecord(
    int Unit,
    int Replication,
    string Option,
    string Flow,
    string Source,
    string Destination,
    string TrafficClass,
    long PacketsSent,
    long PacketsReceived,
    long PacketsDropped,
    double ThroughputBitsPerSecond,
    double DelayMeanMs,
    double DelayP50Ms,
    double DelayP95Ms,
    double DelayP99Ms,
    double DelayMaxMs,
    double JitterMs,
    double LossRatio,
    double OutageSeconds)
{
    /// <summary>A finite transfer's completion in seconds (NaN if it had not finished); null for other flows.</summary>
    public double? CompletionSeconds { get; init; }
}
