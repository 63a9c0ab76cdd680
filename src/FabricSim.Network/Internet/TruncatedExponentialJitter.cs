using FabricSim.Engine.Random;
using FabricSim.Engine.Time;

namespace FabricSim.Network.Internet;

/// <summary>
/// Queueing delay drawn from an exponential of scale θ truncated to [0, B]: the exponential body is the waiting time
/// of a busy M/M/1-like router queue, and the truncation is its finite buffer. θ is solved so that the mean is the
/// requested one: E[X] = θ − B / (e^(B/θ) − 1), which rises from 0 to B/2 as θ grows, so the mean must lie below B/2.
/// Sampled by inversion: X = −θ ln(1 − U (1 − e^(−B/θ))).
/// </summary>
public sealed class TruncatedExponentialJitter : IJitterDistribution
{
    private readonly double _massBelowBound;

    public TruncatedExponentialJitter(SimTime mean, SimTime upperBound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mean.Nanoseconds, nameof(mean));
        if (upperBound.Nanoseconds <= 2 * mean.Nanoseconds)
        {
            throw new ArgumentOutOfRangeException(nameof(upperBound), upperBound,
                $"A delay bounded by {upperBound} cannot average {mean} or more than half of it; raise the bound.");
        }
        MeanNanoseconds = mean.Nanoseconds;
        UpperBoundNanoseconds = upperBound.Nanoseconds;
        ScaleNanoseconds = SolveScale(MeanNanoseconds, UpperBoundNanoseconds);
        _massBelowBound = -double.ExpM1(-UpperBoundNanoseconds / ScaleNanoseconds);
    }

    public double MeanNanoseconds { get; }
    public double UpperBoundNanoseconds { get; }

    /// <summary>θ, the scale of the exponential before truncation.</summary>
    public double ScaleNanoseconds { get; }

    /// <summary>The mean of the exponential of scale θ truncated to [0, B].</summary>
    public static double TruncatedMean(double scale, double bound) => scale - bound / double.ExpM1(bound / scale);

    /// <summary>P(X ≤ x).</summary>
    public double CumulativeProbability(double nanoseconds) =>
        nanoseconds <= 0 ? 0 : nanoseconds >= UpperBoundNanoseconds ? 1 : -double.ExpM1(-nanoseconds / ScaleNanoseconds) / _massBelowBound;

    /// <summary>The q-quantile, 0 ≤ q ≤ 1.</summary>
    public double Quantile(double q) => -ScaleNanoseconds * Math.Log(1 - q * _massBelowBound);

    public double NextNanoseconds(RandomStream random) => Quantile(random.NextDouble());

    /// <summary>Bisection on θ: the truncated mean is monotone in θ, so 200 halvings reach double precision.</summary>
    private static double SolveScale(double mean, double bound)
    {
        double low = mean * 1e-6, high = mean;
        while (TruncatedMean(high, bound) < mean)
        {
            high *= 2;
        }
        for (int i = 0; i < 200 && high - low > 1e-9 * mean; i++)
        {
            double mid = 0.5 * (low + high);
            if (TruncatedMean(mid, bound) < mean)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }
        return 0.5 * (low + high);
    }
}
