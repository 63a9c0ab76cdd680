namespace FabricSim.Scenarios.Results;

/// <summary>
/// What one traffic flow experienced under one design option, over the measured period (after warm-up). Metrics are
/// estimated across replications; packet counts are totals over all replications, as in <see cref="LinkSummary"/>.
/// </summary>
public sealed record FlowSummary(
    string Option,
    string Flow,
    string Source,
    string Destination,
    string TrafficClass,
    long PacketsSent,
    long PacketsReceived,
    Estimate ThroughputBitsPerSecond,
    Estimate LatencyMeanMs,
    Estimate LatencyP50Ms,
    Estimate LatencyP95Ms,
    Estimate LatencyP99Ms,
    Estimate LatencyMaxMs,
    Estimate JitterMs,
    Estimate LossRatio,
    Estimate OutageSeconds)
{
    /// <summary>For a finite TCP transfer: seconds from its start until its last byte arrived; null for other flows.</summary>
    public Estimate? TransferCompletionSeconds { get; init; }

    /// <summary>For the answers of a request/response demand: request created to response received, ms; null for other flows.</summary>
    public Estimate? ResponseTimeP50Ms { get; init; }

    public Estimate? ResponseTimeP95Ms { get; init; }

    public Estimate? ResponseTimeP99Ms { get; init; }

    /// <summary>BGP policy keeps this flow from its destination in this option (the file expects it): its loss is by design, not an outage.</summary>
    public bool Unreachable { get; init; }

    /// <summary>"packet" when simulated, "flow" when the flow-level model gave the figures.</summary>
    public string Fidelity { get; init; } = "packet";

    /// <summary>"unreachable" for a flow routing policy blocks, else "ok".</summary>
    public string Status => Unreachable ? "unreachable" : "ok";
}
