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
    double DropRatio);
