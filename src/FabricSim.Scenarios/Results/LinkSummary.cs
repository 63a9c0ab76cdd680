namespace FabricSim.Scenarios.Results;

/// <summary>
/// One direction of one link (or VXC, tunnel, access circuit) under one option. Ratios are estimated across
/// replications; packet counts are totals over all replications, as in <see cref="FlowSummary"/>.
/// </summary>
public sealed record LinkSummary(
    string Option,
    string Link,
    string From,
    string To,
    double CapacityBitsPerSecond,
    Estimate Utilization,
    Estimate MeanQueuePackets,
    Estimate DropRatio,
    long PacketsForwarded,
    long PacketsDropped);
