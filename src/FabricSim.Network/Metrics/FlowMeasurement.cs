using FabricSim.Engine.Statistics;

namespace FabricSim.Network.Metrics;

/// <summary>
/// What one flow experienced over the measured window, as plain values. Loss compares packets created in the
/// window that were dropped with those delivered; packets still in flight at the end count as neither. Delay figures
/// are NaN when nothing arrived. The histogram is a snapshot, mergeable across replications for pooled quantiles.
/// </summary>
public sealed record FlowMeasurement(
    string Flow,
    string Source,
    string Destination,
    int TrafficClass,
    long PacketsSent,
    long PacketsReceived,
    long PacketsDropped,
    long DroppedInQueues,
    long LostToFailure,
    long DroppedNoRoute,
    long DroppedByRateLimit,
    double LossRatio,
    double ThroughputBitsPerSecond,
    double DelayMeanMs,
    double DelayP50Ms,
    double DelayP95Ms,
    double DelayP99Ms,
    double DelayMaxMs,
    double JitterMs,
    long Reordered,
    LatencyHistogram DelayHistogram)
{
    /// <summary>For a finite transfer: seconds from its start until its last byte arrived (NaN if it had not); else null.</summary>
    public double? CompletionSeconds { get; init; }

    /// <summary>
    /// For the flow that answers requests: times from a request's creation to its response's arrival at the client,
    /// a round trip plus the answer's serialization, which one-way delay cannot show; else null.
    /// </summary>
    public LatencyHistogram? ResponseTime { get; init; }

    /// <summary>For either flow of a request/response exchange: its messages, whose loss is the exchange's; else null.</summary>
    public MessageCounts? Messages { get; init; }
}
