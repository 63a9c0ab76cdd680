using MathNet.Numerics.Distributions;

namespace FabricSim.Engine.Statistics;

/// <summary>A two-sided confidence interval for a mean: Mean ± HalfWidth at the given level.</summary>
public readonly record struct ConfidenceInterval(double Mean, double HalfWidth, double Level, long SampleCount)
{
    public double Lower => Mean - HalfWidth;
    public double Upper => Mean + HalfWidth;

    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>Student-t interval from n independent observations with the given sample standard deviation.</summary>
    public static ConfidenceInterval FromSample(double mean, double standardDeviation, long count, double level)
    {
        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        }
        if (count < 2)
        {
            return new ConfidenceInterval(mean, double.NaN, level, count);
        }
        double t = StudentT.InvCDF(0, 1, count - 1, 1 - (1 - level) / 2);
        return new ConfidenceInterval(mean, t * standardDeviation / Math.Sqrt(count), level, count);
    }
}
