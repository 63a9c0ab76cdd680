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
    long PacketsDropped)
{
    /// <summary>"link", "vxc" (one direction of a VXC's rate limit) or "mcr" (an MCR's rate limit on routed traffic), "vpn_gateway" or "vpn_tunnel" (a VPN gateway's limit, whole or per tunnel), "cloud_connection" (a CSP edge's port).</summary>
    public string Kind { get; init; } = "link";

    /// <summary>Bits per second that arrived at the element, carried or not.</summary>
    public Estimate? OfferedBitsPerSecond { get; init; }

    /// <summary>Bits per second the element passed on.</summary>
    public Estimate? CarriedBitsPerSecond { get; init; }

    /// <summary>Packets dropped by a full queue, over all replications.</summary>
    public long DropsQueue { get; init; }

    /// <summary>Packets dropped by a rate limit (policer, or a shaper's full queue), over all replications.</summary>
    public long DropsPolicer { get; init; }

    /// <summary>Packets lost while the element was down, over all replications.</summary>
    public long DropsFailure { get; init; }
}
