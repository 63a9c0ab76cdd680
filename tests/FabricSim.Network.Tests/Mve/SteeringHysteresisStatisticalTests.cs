using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Mve;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Mve;

/// <summary>
/// With Internet loss p near the voice threshold, each interval's n = 200 probes lose Binomial(n, p). Voice leaves
/// the Internet in an interval with more than 1% lost (probability q) and returns after R consecutive intervals at
/// most (1 − margin)·1% lost (probability g each). Time on the Internet is geometric with mean 1/q; time away is
/// the wait for R successes in a row, mean (1 − g^R) / ((1 − g) g^R). Changes per interval = 2 / (sum of means).
/// </summary>
public sealed class SteeringHysteresisStatisticalTests(ITestOutputHelper output)
{
    private const int ProbesPerInterval = 200;
    private const double InternetLoss = 0.009;
    private const int Intervals = 400;

    private static double BinomialAtMost(int k, int n, double p)
    {
        double sum = 0;
        double term = Math.Pow(1 - p, n);
        for (int i = 0; i <= k; i++)
        {
            sum += term;
            term *= (n - i) / (double)(i + 1) * p / (1 - p);
        }
        return sum;
    }

    private static double ExpectedChangesPerInterval(SteeringHysteresis hysteresis)
    {
        int allowed = (int)Math.Floor(SdWanSteeringTests.Voice.MaxLossRatio * ProbesPerInterval + 1e-9);
        int allowedWithMargin = (int)Math.Floor(SdWanSteeringTests.Voice.MaxLossRatio * (1 - hysteresis.Margin) * ProbesPerInterval + 1e-9);
        double q = 1 - BinomialAtMost(allowed, ProbesPerInterval, InternetLoss);
        double g = BinomialAtMost(allowedWithMargin, ProbesPerInterval, InternetLoss);
        double gr = Math.Pow(g, hysteresis.RecoveryIntervals);
        double away = (1 - gr) / ((1 - g) * gr);
        return 2 / (1 / q + away);
    }

    private RunningStatistics ChangesPerInterval(SteeringHysteresis hysteresis)
    {
        var rates = new RunningStatistics();
        for (int replication = 0; replication < 12; replication++)
        {
            var setup = new SdWanSteeringTests.Setup(replication, InternetLoss, hysteresis);
            setup.Fabric.Run(SdWanSteeringTests.ProbeInterval * Intervals + SimTime.FromMilliseconds(1));
            rates.Add(setup.Edge.Changes.Count(c => c.ApplicationClass == "voice") / (double)Intervals);
        }
        return rates;
    }

    [Fact]
    public void FlapRateMatchesTheMarkovModelWithAndWithoutHysteresis()
    {
        var without = ChangesPerInterval(SteeringHysteresis.None);
        var with = ChangesPerInterval(SteeringHysteresis.Default);
        double expectedWithout = ExpectedChangesPerInterval(SteeringHysteresis.None);
        double expectedWith = ExpectedChangesPerInterval(SteeringHysteresis.Default);
        var ciWithout = without.ConfidenceInterval(0.99);
        var ciWith = with.ConfidenceInterval(0.99);
        output.WriteLine($"no hysteresis: {ciWithout.Mean:F4} ± {ciWithout.HalfWidth:F4} changes/interval, theory {expectedWithout:F4}");
        output.WriteLine($"hysteresis:    {ciWith.Mean:F4} ± {ciWith.HalfWidth:F4} changes/interval, theory {expectedWith:F4}");
        Assert.True(ciWithout.Contains(expectedWithout), $"without: {ciWithout.Mean:F4} ± {ciWithout.HalfWidth:F4} vs {expectedWithout:F4}");
        Assert.True(ciWith.Contains(expectedWith), $"with: {ciWith.Mean:F4} ± {ciWith.HalfWidth:F4} vs {expectedWith:F4}");
        Assert.True(ciWith.Upper < ciWithout.Lower);
    }
}
