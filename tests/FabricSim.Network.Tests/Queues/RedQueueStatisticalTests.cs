using FabricSim.Engine.Random;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Queues;

namespace FabricSim.Network.Tests.Queues;

/// <summary>
/// RED against its formula. For a fixed average, p_b = max_p (avg − min_th)/(max_th − min_th) and the count
/// correction makes the number of arrivals between drops X satisfy P(X &gt; n) = (1 − (n+1)p_b)/(1 − p_b), so
/// the intervals are iid with a computable mean; the simulated mean must lie in its confidence interval.
/// </summary>
public sealed class RedQueueStatisticalTests
{
    private static readonly RedParameters Parameters = new(
        MinThresholdPackets: 20, MaxThresholdPackets: 60, MaxDropProbability: 0.1, QueueWeight: 0.002, Gentle: true,
        HardLimitPackets: 200, TypicalTransmissionTime: SimTime.FromMicroseconds(12));

    [Theory]
    [InlineData(10, 0.0)]
    [InlineData(20, 0.0)]
    [InlineData(40, 0.05)]
    [InlineData(60, 0.1)]
    [InlineData(90, 0.55)]
    [InlineData(120, 1.0)]
    public void Base_probability_follows_the_RED_ramp_and_gentle_extension(double average, double expected)
    {
        Assert.Equal(expected, RedQueue.BaseDropProbability(Parameters, average), 12);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(40)]
    [InlineData(55)]
    [InlineData(80)]
    public void Spacing_of_drops_at_a_fixed_average_matches_the_count_corrected_formula(double average)
    {
        double pb = RedQueue.BaseDropProbability(Parameters, average);
        double expectedMean = 0;
        for (int n = 0; ; n++)
        {
            double survive = (1 - (n + 1) * pb) / (1 - pb);
            if (survive <= 0)
            {
                break;
            }
            expectedMean += survive;
        }
        var red = new RedQueue(Parameters, new RandomStreams(5, 0).Get("red/test"));
        red.ShouldDropEarly(average); // leaves the initial state (count −1) behind
        while (!red.ShouldDropEarly(average))
        {
        }
        var spacing = new RunningStatistics();
        int sinceDrop = 0;
        while (spacing.Count < 20_000)
        {
            sinceDrop++;
            if (red.ShouldDropEarly(average))
            {
                spacing.Add(sinceDrop);
                sinceDrop = 0;
            }
        }
        var ci = spacing.ConfidenceInterval(0.99);
        Assert.True(ci.Contains(expectedMean), $"E[X] = {expectedMean} outside [{ci.Lower}, {ci.Upper}] at avg {average}");
    }

    [Fact]
    public void Drop_rate_rises_between_the_thresholds()
    {
        double previous = -1;
        foreach (double average in new[] { 21.0, 30, 40, 50, 59 })
        {
            var red = new RedQueue(Parameters, new RandomStreams(9, 0).Get("red/rise"));
            int drops = 0;
            for (int i = 0; i < 100_000; i++)
            {
                drops += red.ShouldDropEarly(average) ? 1 : 0;
            }
            double rate = drops / 100_000.0;
            Assert.True(rate > previous, $"drop rate {rate} at avg {average} did not rise above {previous}");
            previous = rate;
        }
    }
}
