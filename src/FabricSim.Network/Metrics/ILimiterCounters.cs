namespace FabricSim.Network.Metrics;

/// <summary>
/// A rate limit's running counters (since the last reset), so its load and drops can be sampled over time beside the
/// links': one direction of a VXC, an MCR, a VPN's gateway or tunnel.
/// </summary>
internal interface ILimiterCounters
{
    /// <summary>"element:from&gt;to", as its row in links.csv is keyed.</summary>
    string SeriesName { get; }

    double RateBitsPerSecond { get; }

    long CarriedBytes { get; }

    long DroppedPackets { get; }
}
