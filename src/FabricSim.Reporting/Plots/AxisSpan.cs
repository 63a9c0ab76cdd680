using ScottPlot;

namespace FabricSim.Reporting.Plots;

/// <summary>
/// Keeps an auto-scaled axis from magnifying differences smaller than what was measured: a latency histogram bin
/// step of 33 µs at 6 ms, stretched over a whole axis, reads as a peak. The axis spans at least the given width,
/// centred on the data, and does not go below zero for quantities that cannot be negative.
/// </summary>
internal static class AxisSpan
{
    /// <summary>
    /// Latency percentiles come from a histogram with ≤1 % relative error (log-linear bins); an axis narrower than
    /// ten times that shows bin steps rather than behaviour.
    /// </summary>
    public const double LatencyRelativeResolution = 0.01;

    /// <summary>Throughput samples over one probe interval are counts of whole packets; a few percent is noise.</summary>
    public const double ThroughputRelativeResolution = 0.01;

    /// <summary>Ten times the relative resolution of the largest value, or <paramref name="absoluteFloor"/>, whichever is wider.</summary>
    public static double Minimum(IEnumerable<double> values, double relativeResolution, double absoluteFloor = 0)
    {
        double largest = values.Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        return Math.Max(10 * relativeResolution * largest, absoluteFloor);
    }

    public static void EnsureY(Plot plot, IReadOnlyCollection<double> values, double minimumSpan, bool nonNegative = true) =>
        Ensure(values, minimumSpan, nonNegative, (low, high) => plot.Axes.SetLimitsY(low, high));

    public static void EnsureX(Plot plot, IReadOnlyCollection<double> values, double minimumSpan, bool nonNegative = true) =>
        Ensure(values, minimumSpan, nonNegative, (low, high) => plot.Axes.SetLimitsX(low, high));

    /// <summary>
    /// For a quantity measured from zero (loss, throughput, cost): the axis starts at zero, so bar-like readings are not
    /// exaggerated, and reaches a little above the largest value or the minimum span, whichever is higher.
    /// </summary>
    public static void FromZeroY(Plot plot, IReadOnlyCollection<double> values, double minimumSpan)
    {
        ArgumentNullException.ThrowIfNull(plot);
        double largest = values.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimitsY(0, Math.Max(Math.Max(largest * 1.08, minimumSpan), double.Epsilon));
    }

    private static void Ensure(IReadOnlyCollection<double> values, double minimumSpan, bool nonNegative, Action<double, double> setLimits)
    {
        var finite = values.Where(double.IsFinite).ToList();
        if (finite.Count == 0 || minimumSpan <= 0)
        {
            return;
        }
        double low = finite.Min(), high = finite.Max();
        if (high - low >= minimumSpan)
        {
            return;
        }
        double middle = (low + high) / 2;
        low = middle - minimumSpan / 2;
        high = middle + minimumSpan / 2;
        if (nonNegative && low < 0 && finite.Min() >= 0)
        {
            high -= low;
            low = 0;
        }
        setLimits(low, high);
    }
}
