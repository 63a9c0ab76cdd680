using FabricSim.Engine.Statistics;
using FabricSim.Scenarios.Results;

namespace FabricSim.Scenarios.Running;

// FabricSim.Estimate (the flow-level model) is a namespace too; here Estimate is the result type.
using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>
/// Turns one value per replication into an <see cref="Estimate"/> with a Student-t interval. Every metric estimated
/// here (rates, delays, jitter, outage, utilization, queue lengths, ratios) is non-negative, so intervals stop at 0;
/// ratios also stop at 1.
/// </summary>
internal static class EstimateBuilder
{
    public const double Level = 0.95;

    /// <summary>
    /// Like <see cref="From(IEnumerable{double})"/> for a quantile read from a latency histogram: the interval is never
    /// narrower than the histogram's resolution at the estimate, since replications that agree to within one bucket
    /// may differ by up to a bucket's width.
    /// </summary>
    public static Estimate FromHistogramQuantiles(IEnumerable<double> perReplication)
    {
        var estimate = From(perReplication);
        double resolution = Math.Abs(estimate.Mean) * Engine.Statistics.LatencyHistogram.RelativeResolution;
        return double.IsNaN(estimate.HalfWidth) || estimate.HalfWidth >= resolution ? estimate : estimate with { HalfWidth = resolution };
    }

    /// <summary>For a ratio such as loss: the interval lies within [0, 1].</summary>
    public static Estimate FromRatios(IEnumerable<double> perReplication) => From(perReplication) with { Ceiling = 1 };

    public static Estimate From(IEnumerable<double> perReplication)
    {
        var statistics = new RunningStatistics();
        foreach (double value in perReplication)
        {
            if (!double.IsNaN(value))
            {
                statistics.Add(value);
            }
        }
        if (statistics.Count == 0)
        {
            return new Estimate(double.NaN, double.NaN, Level, 0) { Floor = 0 };
        }
        var interval = statistics.ConfidenceInterval(Level);
        // Identical replications (e.g. a deterministic metric) have zero spread: the interval is exactly zero wide.
        double halfWidth = statistics.Count >= 2 && statistics.Variance == 0 ? 0 : interval.HalfWidth;
        return new Estimate(statistics.Mean, halfWidth, Level, (int)statistics.Count) { Floor = 0 };
    }
}
