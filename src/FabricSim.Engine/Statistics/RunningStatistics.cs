namespace FabricSim.Engine.Statistics;

/// <summary>
/// Streaming count, mean, variance, min and max in O(1) memory (Welford's update), mergeable across
/// replications or threads with Chan et al.'s pairwise formula.
/// </summary>
public sealed class RunningStatistics
{
    private double _mean;
    private double _sumSquaredDeviations;

    public long Count { get; private set; }
    public double Min { get; private set; } = double.PositiveInfinity;
    public double Max { get; private set; } = double.NegativeInfinity;
    public double Mean => Count == 0 ? double.NaN : _mean;
    public double Sum => _mean * Count;

    /// <summary>Unbiased sample variance (n − 1 denominator).</summary>
    public double Variance => Count < 2 ? double.NaN : _sumSquaredDeviations / (Count - 1);
    public double StandardDeviation => Math.Sqrt(Variance);

    public void Add(double value)
    {
        Count++;
        double delta = value - _mean;
        _mean += delta / Count;
        _sumSquaredDeviations += delta * (value - _mean);
        if (value < Min)
        {
            Min = value;
        }
        if (value > Max)
        {
            Max = value;
        }
    }

    public void Merge(RunningStatistics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return;
        }
        if (Count == 0)
        {
            CopyFrom(other);
            return;
        }
        long total = Count + other.Count;
        double delta = other._mean - _mean;
        _mean += delta * other.Count / total;
        _sumSquaredDeviations += other._sumSquaredDeviations + delta * delta * Count * other.Count / total;
        Count = total;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }

    /// <summary>Student-t interval for the mean, treating the observations as independent (e.g. one per replication).</summary>
    public ConfidenceInterval ConfidenceInterval(double level = 0.95) =>
        Statistics.ConfidenceInterval.FromSample(Mean, StandardDeviation, Count, level);

    public void Reset()
    {
        Count = 0;
        _mean = 0;
        _sumSquaredDeviations = 0;
        Min = double.PositiveInfinity;
        Max = double.NegativeInfinity;
    }

    private void CopyFrom(RunningStatistics other)
    {
        Count = other.Count;
        _mean = other._mean;
        _sumSquaredDeviations = other._sumSquaredDeviations;
        Min = other.Min;
        Max = other.Max;
    }
}
