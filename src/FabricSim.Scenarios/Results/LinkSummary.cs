namespace FabricSim.Scenarios.Results;

/// <summary>One direction of one link (or VXC, tunnel, access circuit) under one option.</summary>
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
