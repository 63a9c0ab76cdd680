using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;

namespace FabricSim.Scenarios.Decision;

// FabricSim.Estimate (the flow-level model) is a namespace too; here Estimate is the result type.
using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>
/// One bound of a flow requirement and how to read the figure it bounds from a flow's summary, in the unit the
/// verdict shows it in (loss and availability as percentages, throughput in Mbit/s).
/// </summary>
internal sealed record BoundedMetric(string Name, string Unit, bool IsUpperBound, double Bound, Func<FlowSummary, Estimate> Measure)
{
    /// <param name="measuredSeconds">The measured period of one replication, over which availability is the share without outage.</param>
    public static IEnumerable<BoundedMetric> Of(FlowRequirement requirement, double measuredSeconds)
    {
        if (requirement.MaxP50Latency is { } p50)
        {
            yield return new("p50 latency", "ms", true, p50.TotalMilliseconds, f => f.LatencyP50Ms);
        }
        if (requirement.MaxP99Latency is { } p99)
        {
            yield return new("p99 latency", "ms", true, p99.TotalMilliseconds, f => f.LatencyP99Ms);
        }
        if (requirement.MaxJitter is { } jitter)
        {
            yield return new("jitter", "ms", true, jitter.TotalMilliseconds, f => f.JitterMs);
        }
        if (requirement.MaxLossRatio is { } loss)
        {
            yield return new("loss", "%", true, loss * 100, f => Scaled(f.LossRatio, 100, 0));
        }
        if (requirement.MinThroughput is { } throughput)
        {
            yield return new("throughput", "Mbit/s", false, throughput.MegabitsPerSecond, f => Scaled(f.ThroughputBitsPerSecond, 1e-6, 0));
        }
        if (requirement.MinAvailability is { } availability)
        {
            yield return new("availability", "%", false, availability * 100, f => Scaled(f.OutageSeconds, -100 / measuredSeconds, 100));
        }
    }

    /// <summary>The estimate in another unit; the range it is kept within moves with it (a negative factor swaps its ends).</summary>
    private static Estimate Scaled(Estimate estimate, double factor, double offset)
    {
        double floor = offset + factor * estimate.Floor, ceiling = offset + factor * estimate.Ceiling;
        return new(offset + factor * estimate.Mean, Math.Abs(factor) * estimate.HalfWidth, estimate.Level, estimate.Replications)
        {
            Floor = double.IsNaN(floor) ? double.NegativeInfinity : Math.Min(floor, ceiling),
            Ceiling = double.IsNaN(ceiling) ? double.PositiveInfinity : Math.Max(floor, ceiling),
        };
    }
}
