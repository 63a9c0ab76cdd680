using FabricSim.Engine.Random;

namespace FabricSim.Network.Internet;

/// <summary>
/// Two-state Markov (Gilbert–Elliott) loss, stepped once per packet: in Good a packet is lost with probability
/// 1 − k, in Bad with probability 1 − h. With p = P(Good→Bad) and r = P(Bad→Good) the chain spends p/(p+r) of the
/// packets in Bad and stays there 1/r packets on average. For the classic Gilbert case (k = 1, h = 0) that makes the
/// loss rate p/(p+r) and the mean loss burst 1/r, which is how <see cref="FromLossRateAndBurst"/> parameterises it.
/// </summary>
internal sealed class GilbertElliottLoss : ILossModel
{
    private readonly RandomStream _random;
    private bool _bad;

    public GilbertElliottLoss(double goodToBad, double badToGood, double lossInBad, double lossInGood, RandomStream random)
    {
        CheckProbability(goodToBad, nameof(goodToBad));
        CheckProbability(badToGood, nameof(badToGood));
        CheckProbability(lossInBad, nameof(lossInBad));
        CheckProbability(lossInGood, nameof(lossInGood));
        if (badToGood == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(badToGood), badToGood, "With P(Bad→Good) = 0 the chain would never leave Bad.");
        }
        GoodToBad = goodToBad;
        BadToGood = badToGood;
        LossInBad = lossInBad;
        LossInGood = lossInGood;
        _random = random ?? throw new ArgumentNullException(nameof(random));
    }

    /// <summary>p = P(Good→Bad) per packet.</summary>
    public double GoodToBad { get; }

    /// <summary>r = P(Bad→Good) per packet.</summary>
    public double BadToGood { get; }

    /// <summary>1 − h: the probability that a packet sent in Bad is lost.</summary>
    public double LossInBad { get; }

    /// <summary>1 − k: the probability that a packet sent in Good is lost.</summary>
    public double LossInGood { get; }

    /// <summary>Long-run fraction of packets lost: π_B (1 − h) + π_G (1 − k).</summary>
    public double LossRate
    {
        get
        {
            double bad = GoodToBad / (GoodToBad + BadToGood);
            return bad * LossInBad + (1 - bad) * LossInGood;
        }
    }

    /// <summary>
    /// The chain whose loss rate is <paramref name="lossRate"/> and whose Bad sojourns last
    /// <paramref name="meanBurstPackets"/> packets on average: r = 1/burst, π_B = rate/(1 − h), p = r π_B / (1 − π_B).
    /// With <paramref name="lossInBad"/> = 1 every Bad packet is lost, so the mean loss burst equals the Bad sojourn.
    /// </summary>
    public static GilbertElliottLoss FromLossRateAndBurst(double lossRate, double meanBurstPackets, RandomStream random, double lossInBad = 1.0)
    {
        if (meanBurstPackets < 1 || double.IsNaN(meanBurstPackets))
        {
            throw new ArgumentOutOfRangeException(nameof(meanBurstPackets), meanBurstPackets, "A loss burst lasts at least one packet.");
        }
        if (lossInBad is <= 0 or > 1 || double.IsNaN(lossInBad))
        {
            throw new ArgumentOutOfRangeException(nameof(lossInBad), lossInBad, "The loss probability in Bad lies in (0, 1].");
        }
        double badShare = lossRate / lossInBad;
        if (lossRate < 0 || badShare >= 1 || double.IsNaN(lossRate))
        {
            throw new ArgumentOutOfRangeException(nameof(lossRate), lossRate, "The loss rate must lie in [0, 1 − h).");
        }
        double badToGood = 1.0 / meanBurstPackets;
        double goodToBad = badToGood * badShare / (1 - badShare);
        return new GilbertElliottLoss(goodToBad, badToGood, lossInBad, 0.0, random);
    }

    /// <remarks>
    /// Extra loss raises p to the value that gives the higher rate with the same r, so busy hours bring more frequent
    /// bursts of the same mean length.
    /// </remarks>
    public bool NextIsLost(double extraLossRate)
    {
        double goodToBad = GoodToBad;
        if (extraLossRate > 0)
        {
            double badShare = Math.Min(0.999_999, (LossRate + extraLossRate - LossInGood) / (LossInBad - LossInGood));
            goodToBad = Math.Min(1.0, BadToGood * badShare / (1 - badShare));
        }
        if (_bad)
        {
            if (_random.NextDouble() < BadToGood)
            {
                _bad = false;
            }
        }
        else if (_random.NextDouble() < goodToBad)
        {
            _bad = true;
        }
        double lossProbability = _bad ? LossInBad : LossInGood;
        return lossProbability > 0 && (lossProbability >= 1 || _random.NextDouble() < lossProbability);
    }

    private static void CheckProbability(double value, string name)
    {
        if (value is < 0 or > 1 || double.IsNaN(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "A probability lies in [0, 1].");
        }
    }
}
