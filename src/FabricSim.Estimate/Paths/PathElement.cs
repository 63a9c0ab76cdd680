using FabricSim.Network.Metrics;

namespace FabricSim.Estimate.Paths;

/// <summary>What an element does to the packets that cross it.</summary>
internal enum ElementBehaviour
{
    /// <summary>A FIFO queue in front of a transmitter (a link direction, a shaper): it delays, and drops when full.</summary>
    Queue,

    /// <summary>A token-bucket policer (a VXC's or an MCR's rate limit): it never delays, it drops what does not conform.</summary>
    Policer,
}

/// <summary>
/// One place on a flow's path where packets share a rate: a link direction, a VXC direction's rate limit or an MCR's.
/// <see cref="Row"/> is the packet model's row for it, so estimated figures land in the same links.csv line.
/// </summary>
internal sealed class PathElement(string key, LinkMeasurement row, ElementBehaviour behaviour, double rateBitsPerSecond,
    double propagationNs, int bufferPackets, long burstBytes)
{
    public string Key { get; } = key;
    public LinkMeasurement Row { get; } = row;
    public ElementBehaviour Behaviour { get; } = behaviour;
    public double RateBitsPerSecond { get; } = rateBitsPerSecond;
    public double PropagationNs { get; } = propagationNs;

    /// <summary>For a queue: packets it holds, the one in transmission included.</summary>
    public int BufferPackets { get; } = bufferPackets;

    /// <summary>For a policer: its bucket's depth.</summary>
    public long BurstBytes { get; } = burstBytes;

    /// <summary>Whether a packet's transmission time is spent here (store-and-forward): links, not rate limiters.</summary>
    public bool Transmits => Behaviour == ElementBehaviour.Queue && Row.Kind == "link";

    public override string ToString() => Key;
}
