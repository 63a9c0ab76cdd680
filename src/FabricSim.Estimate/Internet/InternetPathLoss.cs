using FabricSim.Engine.Time;
using FabricSim.Network.Internet;

namespace FabricSim.Estimate.Internet;

/// <summary>
/// The chance an Internet path loses a packet sent as <c>n</c> back-to-back pieces (IPsec fragments), any lost
/// piece losing the packet, as the packet model's loss chain gives it. Independent (Bernoulli) loss keeps a packet with
/// (1 − q)ⁿ. The Gilbert–Elliott chain steps once per piece before deciding its fate, so from its stationary state π
/// a packet survives with π (T K)ⁿ 1, T the transition matrix and K the keep probability in each state; bursts make
/// a second fragment's loss likelier after the first, so fragmented packets lose less than n times the rate. A
/// congestion cycle raises the chain's Good→Bad probability with its extra loss at each moment (the packet model's
/// rule); the loss is averaged over the measured window, every moment weighed alike. Losses are counted per packet
/// entering the path: the chain runs over every packet of the tunnel, whichever flow sent it.
/// </summary>
internal static class InternetPathLoss
{
    private const int WindowPoints = 512;

    public static double Of(InternetPathParameters path, int pieces, double fromNs, double toNs)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(pieces, 1);
        if (path.LossRate <= 0 && (path.Congestion is null || path.Congestion.ExtraLossRate <= 0))
        {
            return 0;
        }
        if (path.Congestion is not { ExtraLossRate: > 0 } congestion)
        {
            return At(path, pieces, 0);
        }
        double sum = 0;
        foreach (double ns in CongestionWindow.Moments(fromNs, toNs, WindowPoints))
        {
            sum += At(path, pieces, congestion.ExtraLossRateAt(new SimTime((long)ns)));
        }
        return sum / WindowPoints;
    }

    private static double At(InternetPathParameters path, int pieces, double extra)
    {
        if (path.MeanLossBurstPackets <= 1.0 && path.LossInBadState >= 1.0)
        {
            return 1 - Math.Pow(1 - Math.Min(1, path.LossRate + extra), pieces);
        }
        // GilbertElliottLoss.FromLossRateAndBurst and NextIsLost, in closed form (the Good state loses nothing).
        double h = path.LossInBadState;
        double badToGood = 1.0 / path.MeanLossBurstPackets;
        double badShare = Math.Min(0.999_999, (path.LossRate + extra) / h);
        double goodToBad = Math.Min(1.0, badToGood * badShare / (1 - badShare));
        if (goodToBad <= 0)
        {
            return 0;
        }
        double good = badToGood / (goodToBad + badToGood), bad = 1 - good;
        for (int i = 0; i < pieces; i++)
        {
            // One step: transition, then the piece is kept with probability 1 in Good and 1 − h in Bad.
            double nextGood = good * (1 - goodToBad) + bad * badToGood;
            double nextBad = good * goodToBad + bad * (1 - badToGood);
            good = nextGood;
            bad = nextBad * (1 - h);
        }
        return 1 - (good + bad);
    }

    /// <summary>
    /// Loss events per packet, the p of Mathis's rate: a burst of consecutive losses costs TCP one window reduction, so
    /// the chain's entries into Bad count, not its lost packets: π_G · P(Good→Bad) = rate / mean burst.
    /// </summary>
    public static double EventsOf(InternetPathParameters path, double fromNs, double toNs)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Of(path, 1, fromNs, toNs) / Math.Max(1.0, path.MeanLossBurstPackets);
    }
}
