namespace FabricSim.Engine.Statistics;

/// <summary>
/// A <see cref="LatencyHistogram"/> as plain values: bucket counts up to the last non-empty one, and the raw extremes
/// and sum (Min is long.MaxValue and Max long.MinValue while empty, so that merging an empty copy changes nothing).
/// </summary>
public sealed record LatencyHistogramState(long[] Counts, long Count, long Min, long Max, double Sum);
