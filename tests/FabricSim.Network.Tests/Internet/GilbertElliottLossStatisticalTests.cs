using FabricSim.Engine.Random;
using FabricSim.Engine.Statistics;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Internet;

public sealed class GilbertElliottLossStatisticalTests(ITestOutputHelper output)
{
    /// <summary>
    /// The chain built from (loss rate, mean burst) loses that fraction of packets in bursts of that mean length.
    /// Each replication is a long packet sequence; the 99% confidence interval over replications must contain both
    /// parameters.
    /// </summary>
    [Theory]
    [InlineData(0.01, 1.0)]
    [InlineData(0.02, 3.0)]
    [InlineData(0.05, 1.5)]
    [InlineData(0.001, 8.0)]
    public void LossRateAndMeanBurstMatchTheParameters(double lossRate, double meanBurst)
    {
        const int replications = 20;
        const int packets = 200_000;
        var rate = new RunningStatistics();
        var burst = new RunningStatistics();
        for (int r = 0; r < replications; r++)
        {
            var streams = new RandomStreams(2024, r);
            var model = Network.Internet.GilbertElliottLoss.FromLossRateAndBurst(lossRate, meanBurst, streams.Get("loss"));
            long lost = 0, bursts = 0;
            bool previousLost = false;
            for (int i = 0; i < packets; i++)
            {
                bool isLost = model.NextIsLost(0.0);
                if (isLost)
                {
                    lost++;
                    if (!previousLost)
                    {
                        bursts++;
                    }
                }
                previousLost = isLost;
            }
            rate.Add(lost / (double)packets);
            burst.Add(lost / (double)bursts);
        }
        var rateCi = rate.ConfidenceInterval(0.99);
        var burstCi = burst.ConfidenceInterval(0.99);
        output.WriteLine($"loss {rateCi.Mean:F5} ± {rateCi.HalfWidth:F5} (want {lossRate}); burst {burstCi.Mean:F3} ± {burstCi.HalfWidth:F3} (want {meanBurst})");
        Assert.True(rateCi.Contains(lossRate), $"Loss rate {rateCi.Mean} ± {rateCi.HalfWidth} excludes {lossRate}.");
        Assert.True(burstCi.Contains(meanBurst), $"Mean burst {burstCi.Mean} ± {burstCi.HalfWidth} excludes {meanBurst}.");
    }

    /// <summary>With loss 1 − h &lt; 1 in Bad, the long-run loss rate is still the requested one (π_B (1 − h)).</summary>
    [Fact]
    public void PartialLossInBadStateKeepsTheLossRate()
    {
        const double lossRate = 0.03;
        var rate = new RunningStatistics();
        for (int r = 0; r < 20; r++)
        {
            var model = Network.Internet.GilbertElliottLoss.FromLossRateAndBurst(lossRate, 4, new RandomStreams(5, r).Get("loss"), lossInBad: 0.5);
            long lost = 0;
            for (int i = 0; i < 200_000; i++)
            {
                if (model.NextIsLost(0.0))
                {
                    lost++;
                }
            }
            rate.Add(lost / 200_000.0);
        }
        Assert.True(rate.ConfidenceInterval(0.99).Contains(lossRate));
    }
}
