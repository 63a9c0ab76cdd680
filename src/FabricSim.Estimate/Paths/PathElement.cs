using FabricSim.Estimate.Distributions;
using FabricSim.Network.Metrics;

namespace FabricSim.Estimate.Paths;

/// <summary>What an element does to the packets that cross it.</summary>
internal enum ElementBehaviour
{
    /// <summary>A FIFO queue in front of a transmitter (a link direction, a shaper): it delays, and drops when full.</summary>
    Queue,

    /// <summary>A token-bucket policer (a VXC's or an MCR's rate limit): it never delays, it drops what does not conform.</summary>
    Policer,

    /// <summary>
    /// A stretch of public Internet (an IPsec tunnel's path): it adds a random delay beyond its base delay and loses
    /// packets by its own loss process, whatever the load, and has no rate of its own.
    /// </summary>
    Internet,
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

    /// <summary>Whether a packet's transmission time is spent here (store-and-forward): links and VPN gateways, not rate limiters.</summary>
    public bool Transmits => Behaviour == ElementBehaviour.Queue && (Row.Kind == "link" || Service is not null);

    /// <summary>
    /// The time a packet of the given inner size occupies the server, where that is not its size at the element's rate:
    /// an IPsec gateway or access circuit sends it as ESP, perhaps in fragments, each at least 1/pps. Null: size × 8 / rate.
    /// </summary>
    public Func<double, double>? Service { get; init; }

    /// <summary>Bytes a packet of the given inner size takes on the wire here (ESP, fragments); null where it keeps its size.</summary>
    public Func<double, double>? WireBytes { get; init; }

    /// <summary>For <see cref="ElementBehaviour.Internet"/>: the delay added beyond <see cref="PropagationNs"/>.</summary>
    public GridDistribution? AddedDelay { get; init; }

    /// <summary>For <see cref="ElementBehaviour.Internet"/>: the chance a packet of the given inner size is lost here.</summary>
    public Func<double, double>? Loss { get; init; }

    /// <summary>
    /// For <see cref="ElementBehaviour.Internet"/>: the chance a message sent as back-to-back packets of these inner
    /// sizes loses any of them (its loss process decides them in a row, so bursts hit a message less often than
    /// independent losses would).
    /// </summary>
    public Func<IReadOnlyList<double>, double>? MessageLoss { get; init; }

    /// <summary>For <see cref="ElementBehaviour.Internet"/>: the mean number of packets a loss burst takes.</summary>
    public double LossBurstPackets { get; init; } = 1;

    /// <summary>For <see cref="ElementBehaviour.Internet"/>: the variance of the change of its added delay between packets that many ns apart.</summary>
    public Func<double, double>? DriftVariance { get; init; }

    /// <summary>Nanoseconds a packet of <paramref name="bytes"/> (inner size) takes to be served here.</summary>
    public double TransmitNs(double bytes) => Service?.Invoke(bytes) ?? bytes * 8e9 / RateBitsPerSecond;

    public override string ToString() => Key;
}
