namespace FabricSim.Network.Metrics;

/// <summary>One direction of one link over the measured window, as plain values.</summary>
public sealed record LinkMeasurement(
    string Link,
    string From,
    string To,
    long CapacityBitsPerSecond,
    double Utilization,
    double MeanQueuePackets,
    long PacketsSent,
    long BytesSent,
    long QueueDrops,
    long LostToFailure,
    double DropRatio)
{
    /// <summary>What limits here: "link" (a queue at line rate), "vxc" (a rate limiter per direction), "mcr" (a router's rate), "vpn_gateway" and "vpn_tunnel" (a VPN gateway's limit, whole or per tunnel), "cloud_connection" (a CSP edge's port at its speed: the connections that land on that edge).</summary>
    public string Kind { get; init; } = "link";

    /// <summary>Bits per second that arrived at the element, carried or not.</summary>
    public double OfferedBitsPerSecond { get; init; }

    /// <summary>Bits per second the element passed on.</summary>
    public double CarriedBitsPerSecond { get; init; }

    /// <summary>Packets a full queue dropped.</summary>
    public long DropsQueue { get; init; }

    /// <summary>Packets a policer (rate limit) dropped.</summary>
    public long DropsPolicer { get; init; }
}
