using FabricSim.Engine.Random;
using FabricSim.Engine.Time;

namespace FabricSim.Network.Internet;

/// <summary>
/// Log-normal added delay with a given mean and log-scale σ: μ = ln(mean) − σ²/2, so that E[e^(μ+σZ)] equals the mean.
/// Its tail is heavier than exponential but lighter than Pareto.
/// </summary>
public sealed class LogNormalJitter : IJitterDistribution
{
    private readonly double _mu;

    public LogNormalJitter(SimTime mean, double sigma = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mean.Nanoseconds, nameof(mean));
        if (sigma <= 0 || double.IsNaN(sigma))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "σ must be positive.");
        }
        Sigma = sigma;
        MeanNanoseconds = mean.Nanoseconds;
        _mu = Math.Log(MeanNanoseconds) - sigma * sigma / 2;
    }

    public double Sigma { get; }
    public double MeanNanoseconds { get; }

    public double NextNanoseconds(RandomStream random) => Math.Exp(_mu + Sigma * random.NextStandardNormal());
}
