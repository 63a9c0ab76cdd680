using FabricSim.Engine.Random;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;

namespace FabricSim.Engine.Tests.Statistics;

public sealed class RunningStatisticsTests
{
    [Fact]
    public void Mean_and_variance_match_the_two_pass_formulas()
    {
        var values = new[] { 2.0, 4, 4, 4, 5, 5, 7, 9 };
        var stats = new RunningStatistics();
        foreach (var v in values)
        {
            stats.Add(v);
        }

        Assert.Equal(5.0, stats.Mean, 12);
        Assert.Equal(32.0 / 7, stats.Variance, 12);
        Assert.Equal(2.0, stats.Min);
        Assert.Equal(9.0, stats.Max);
    }

    [Fact]
    public void Merge_equals_sequential_accumulation()
    {
        var stream = new RandomStreams(3, 0).Get("x");
        var all = new RunningStatistics();
        var left = new RunningStatistics();
        var right = new RunningStatistics();
        for (int i = 0; i < 10_000; i++)
        {
            double v = stream.NextExponential(3) + 1e6; // offset tests numerical stability
            all.Add(v);
            (i % 3 == 0 ? left : right).Add(v);
        }
        left.Merge(right);

        Assert.Equal(all.Count, left.Count);
        Assert.Equal(all.Mean, left.Mean, 6);
        Assert.Equal(all.Variance, left.Variance, 6);
    }

    [Fact]
    public void Confidence_interval_uses_the_student_t_quantile()
    {
        var stats = new RunningStatistics();
        foreach (var v in new[] { 1.0, 2, 3, 4, 5 })
        {
            stats.Add(v);
        }
        // t(0.975, 4) = 2.776445; s = √2.5.
        var ci = stats.ConfidenceInterval(0.95);

        Assert.Equal(3.0, ci.Mean);
        Assert.Equal(2.776445 * Math.Sqrt(2.5) / Math.Sqrt(5), ci.HalfWidth, 5);
    }

    [Fact]
    public void Ninety_five_percent_intervals_cover_the_true_mean_about_95_percent_of_the_time()
    {
        // 2000 intervals of 10 normal samples: coverage ~ Binomial(2000, 0.95), sd ≈ 0.49%; allow 3.3 sd.
        var stream = new RandomStreams(5, 0).Get("coverage");
        int covered = 0;
        const int trials = 2000;
        for (int t = 0; t < trials; t++)
        {
            var stats = new RunningStatistics();
            for (int i = 0; i < 10; i++)
            {
                stats.Add(7 + 2 * stream.NextStandardNormal());
            }
            if (stats.ConfidenceInterval(0.95).Contains(7))
            {
                covered++;
            }
        }
        double coverage = covered / (double)trials;
        Assert.InRange(coverage, 0.95 - 3.3 * 0.0049, 0.95 + 3.3 * 0.0049);
    }

    [Fact]
    public void Time_weighted_average_weights_each_value_by_how_long_it_held()
    {
        var average = new TimeWeightedAverage(SimTime.Zero);
        average.Update(SimTime.FromSeconds(1), 4);  // 0 for 1 s
        average.Update(SimTime.FromSeconds(3), 1);  // 4 for 2 s
                                                     // 1 for 1 s
        Assert.Equal((0 * 1 + 4 * 2 + 1 * 1) / 4.0, average.Average(SimTime.FromSeconds(4)), 12);
        Assert.Equal(4, average.Max);

        average.Reset(SimTime.FromSeconds(4));
        Assert.Equal(1, average.Average(SimTime.FromSeconds(6)), 12);
    }
}
