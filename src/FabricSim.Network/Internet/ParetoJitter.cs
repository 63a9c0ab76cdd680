using FabricSim.Engine.Random;
using FabricSim.Engine.Time;

namespace FabricSim.Network.Internet;

/// <summary>
/// Heavy-tailed added delay: a Pareto distribution shifted to start at zero (Lomax), so most packets see little extra
/// delay and a few see a lot. With shape α &gt; 1 and scale λ the mean is λ/(α − 1); sampled by inversion as
/// λ (U^(−1/α) − 1).
/// </summary>
public sealed class ParetoJitter : IJitterDistribution
{
    private readonly double _inverseShape;

    public ParetoJitter(SimTime mean, double shape = 2.5)
    {
        if (shape <= 1 || double.IsNaN(shape))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "The Pareto shape must exceed 1 for the mean to exist.");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(mean.Nanoseconds, nameof(mean));
        Shape = shape;
        MeanNanoseconds = mean.Nanoseconds;
        ScaleNanoseconds = MeanNanoseconds * (shape - 1);
        _inverseShape = 1.0 / shape;
    }

    public double Shape { get; }
    public double ScaleNanoseconds { get; }
    public double MeanNanoseconds { get; }

    public double NextNanoseconds(RandomStream random) =>
        ScaleNanoseconds * (Math.Pow(random.NextOpenDouble(), -_inverseShape) - 1.0);
}
