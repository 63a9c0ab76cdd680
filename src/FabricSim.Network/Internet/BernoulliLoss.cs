using FabricSim.Engine.Random;

namespace FabricSim.Network.Internet;

/// <summary>Independent loss: every packet is lost with the same probability, regardless of its neighbours.</summary>
internal sealed class BernoulliLoss : ILossModel
{
    private readonly RandomStream _random;

    public BernoulliLoss(double lossProbability, RandomStream random)
    {
        if (lossProbability is < 0 or >= 1 || double.IsNaN(lossProbability))
        {
            throw new ArgumentOutOfRangeException(nameof(lossProbability), lossProbability, "A loss probability lies in [0, 1).");
        }
        LossProbability = lossProbability;
        _random = random ?? throw new ArgumentNullException(nameof(random));
    }

    public double LossProbability { get; }

    public bool NextIsLost(double extraLossRate)
    {
        double p = LossProbability + extraLossRate;
        return p > 0 && _random.NextDouble() < p;
    }
}
