using FabricSim.Engine.Random;

namespace FabricSim.Network.Tests.Tcp;

/// <summary>
/// CUBIC's window as a fluid (RFC 9438 §4 and §5): W(t) = C (t − K)³ + W_max after each loss event, never below the
/// Reno-friendly estimate that gains 3(1 − β)/(1 + β) segments per RTT, cut to β W at every loss event (with fast
/// convergence, as Linux and the packet model, W_max is then lowered to W (1 + β)/2 when W fell short of it). Loss events come after a number of segments that is either always 1/p (the periodic loss of RFC 9438
/// §5's closed form, which this model must reproduce) or exponential with mean 1/p: independent loss events, which
/// leave some long loss-free stretches where convex growth gains more than the short ones lose.
/// </summary>
internal static class CubicFluidModel
{
    /// <summary>Mean sending rate, in segments per second, over <paramref name="lossEvents"/> loss events.</summary>
    public static double SegmentsPerSecond(double rttSeconds, double lossEventRate, bool randomLoss, RandomStream random, int lossEvents,
        bool fastConvergence = true, double c = 0.4, double beta = 0.7)
    {
        double alphaReno = 3 * (1 - beta) / (1 + beta);
        double dt = rttSeconds / 50;
        // Periodic loss keeps W_max where it starts (the flat top of the curve makes the cycle only neutrally
        // stable), so start at the closed form's W_max = 4 W̄ / (3 + β), one loss after it.
        double maxWindow = Math.Max(TcpThroughputFormulas.Cubic(rttSeconds, lossEventRate, c, beta) * rttSeconds * 4 / (3 + beta), 2);
        double window = beta * maxWindow;
        double k = Math.Cbrt(maxWindow * (1 - beta) / c), epochStart = 0, renoWindow = window, t = 0, sent = 0;
        double NextGap() => randomLoss ? random.NextExponential(1 / lossEventRate) : 1 / lossEventRate;
        double nextLoss = NextGap();
        // The first events only bring the window from its arbitrary start to its regime.
        int warmUpEvents = lossEvents / 10;
        double measuredFrom = 0, sentBefore = 0;
        for (int events = 0; events < warmUpEvents + lossEvents;)
        {
            t += dt;
            sent += window * dt / rttSeconds;
            if (sent >= nextLoss)
            {
                maxWindow = fastConvergence && window < maxWindow ? window * (1 + beta) / 2 : window;
                window *= beta;
                k = Math.Cbrt(Math.Max(0, maxWindow - window) / c);
                renoWindow = window;
                epochStart = t;
                nextLoss += NextGap();
                if (++events == warmUpEvents)
                {
                    measuredFrom = t;
                    sentBefore = sent;
                }
                continue;
            }
            double sinceEpoch = t - epochStart - k;
            renoWindow += alphaReno * dt / rttSeconds;
            window = Math.Max(c * sinceEpoch * sinceEpoch * sinceEpoch + maxWindow, renoWindow);
        }
        return (sent - sentBefore) / (t - measuredFrom);
    }
}
