using FabricSim.Engine.Random;
using FabricSim.Engine.Statistics;
using MathNet.Numerics.Distributions;

namespace FabricSim.Engine.Tests.Random;

public sealed class RandomStreamsTests
{
    private static double[] Draw(RandomStream stream, int n) => Enumerable.Range(0, n).Select(_ => stream.NextDouble()).ToArray();

    [Fact]
    public void Adding_a_stream_does_not_change_another_streams_samples()
    {
        var alone = new RandomStreams(99, 3);
        var expected = Draw(alone.Get("traffic/voice"), 1000);

        var crowded = new RandomStreams(99, 3);
        Draw(crowded.Get("traffic/backup"), 500);
        var voice = crowded.Get("traffic/voice");
        Draw(crowded.Get("failures/link-1"), 500);

        Assert.Equal(expected, Draw(voice, 1000));
    }

    [Fact]
    public void Seed_replication_and_name_each_select_a_different_sequence()
    {
        var baseline = Draw(new RandomStreams(1, 0).Get("a"), 8);

        Assert.NotEqual(baseline, Draw(new RandomStreams(2, 0).Get("a"), 8));
        Assert.NotEqual(baseline, Draw(new RandomStreams(1, 1).Get("a"), 8));
        Assert.NotEqual(baseline, Draw(new RandomStreams(1, 0).Get("b"), 8));
        Assert.Equal(baseline, Draw(new RandomStreams(1, 0).Get("a"), 8));
    }

    [Fact]
    public void Asking_twice_for_a_name_returns_the_same_stream()
    {
        var streams = new RandomStreams(5, 0);
        Assert.Same(streams.Get("x"), streams.Get("x"));
    }

    [Fact]
    public void Streams_with_adjacent_names_are_uncorrelated()
    {
        // Under independence the sample correlation of n pairs is ≈ N(0, 1/n): |r| < 3.29/√n at 99.9%.
        var streams = new RandomStreams(7, 0);
        const int n = 200_000;
        var x = Draw(streams.Get("flow-1"), n);
        var y = Draw(streams.Get("flow-2"), n);

        double r = MathNet.Numerics.Statistics.Correlation.Pearson(x, y);
        Assert.True(Math.Abs(r) < 3.29 / Math.Sqrt(n), $"correlation {r}");
    }

    [Fact]
    public void Uniform_samples_pass_a_chi_square_test()
    {
        var stream = new RandomStreams(11, 0).Get("uniform");
        const int bins = 100;
        const int n = 1_000_000;
        var counts = new int[bins];
        for (int i = 0; i < n; i++)
        {
            counts[(int)(stream.NextDouble() * bins)]++;
        }
        double expected = n / (double)bins;
        double chi2 = counts.Sum(c => (c - expected) * (c - expected) / expected);

        Assert.True(chi2 < ChiSquared.InvCDF(bins - 1, 0.999), $"χ² = {chi2:F1}");
    }

    [Fact]
    public void Exponential_sampler_mean_lies_in_its_confidence_interval()
    {
        var stream = new RandomStreams(13, 0).Get("exp");
        var stats = new RunningStatistics();
        for (int i = 0; i < 500_000; i++)
        {
            stats.Add(stream.NextExponential(2.5));
        }

        Assert.True(stats.ConfidenceInterval(0.999).Contains(2.5), $"mean {stats.Mean}");
        Assert.True(stats.StandardDeviation is > 2.45 and < 2.55, $"sd {stats.StandardDeviation}");
    }

    [Fact]
    public void MathNet_distributions_draw_from_the_stream()
    {
        var a = new Normal(10, 2, new RandomStreams(17, 0).Get("normal"));
        var b = new Normal(10, 2, new RandomStreams(17, 0).Get("normal"));

        Assert.Equal(Enumerable.Range(0, 10).Select(_ => a.Sample()), Enumerable.Range(0, 10).Select(_ => b.Sample()));
    }

    [Fact]
    public void Bounded_integers_cover_the_range_without_leaving_it()
    {
        var stream = new RandomStreams(19, 0).Get("ints");
        var seen = new HashSet<int>();
        for (int i = 0; i < 10_000; i++)
        {
            int v = stream.Next(3, 10);
            Assert.InRange(v, 3, 9);
            seen.Add(v);
        }
        Assert.Equal(7, seen.Count);
    }
}
