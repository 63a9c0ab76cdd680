using FabricSim.Engine.Random;
using FabricSim.Engine.Statistics;

namespace FabricSim.Engine.Tests.Statistics;

public sealed class LatencyHistogramTests
{
    private static long[] LognormalSamples(int n, ulong seed)
    {
        // Median 10 ms, σ = 1: spans four decades, like latencies on a congested path.
        var stream = new RandomStreams(seed, 0).Get("latency");
        var samples = new long[n];
        for (int i = 0; i < n; i++)
        {
            samples[i] = (long)Math.Exp(Math.Log(10e6) + stream.NextStandardNormal());
        }
        return samples;
    }

    private static long ExactQuantile(long[] sorted, double q) => sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1)];

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.95)]
    [InlineData(0.99)]
    [InlineData(0.999)]
    public void Quantiles_of_a_million_lognormal_samples_are_within_one_percent(double q)
    {
        var samples = LognormalSamples(1_000_000, 23);
        var histogram = new LatencyHistogram();
        foreach (long s in samples)
        {
            histogram.Record(s);
        }
        Array.Sort(samples);

        double exact = ExactQuantile(samples, q);
        double estimate = histogram.Quantile(q);
        Assert.True(Math.Abs(estimate - exact) / exact <= 0.01, $"q={q}: histogram {estimate}, exact {exact}");
    }

    [Theory]
    [InlineData(1e6)]
    [InlineData(10e6)]
    [InlineData(100e6)]
    public void Quantiles_of_uniform_latencies_at_1_10_and_100_ms_match_the_exact_ones(double centreNs)
    {
        // Uniform on [0.95, 1.05] x centre: the exact q-quantile is a + q (b - a).
        const int n = 200_000;
        double a = 0.95 * centreNs, b = 1.05 * centreNs;
        var stream = new RandomStreams(7, 0).Get("uniform");
        var samples = new long[n];
        var histogram = new LatencyHistogram();
        for (int i = 0; i < n; i++)
        {
            samples[i] = (long)(a + stream.NextDouble() * (b - a));
            histogram.Record(samples[i]);
        }
        Array.Sort(samples);
        foreach (double q in new[] { 0.01, 0.5, 0.9, 0.99, 0.999 })
        {
            double estimate = histogram.Quantile(q);
            double sampleExact = ExactQuantile(samples, q);
            Assert.True(Math.Abs(estimate - sampleExact) / sampleExact <= LatencyHistogram.RelativeResolution,
                $"q={q}: histogram {estimate}, sample quantile {sampleExact}");
            // The sample quantile's standard error is sqrt(q(1-q)/n) (b - a) for a uniform; four of them bound it.
            double theory = a + q * (b - a);
            double tolerance = 4 * Math.Sqrt(q * (1 - q) / n) * (b - a) + LatencyHistogram.RelativeResolution * theory;
            Assert.True(Math.Abs(estimate - theory) <= tolerance, $"q={q}: histogram {estimate}, distribution {theory}");
        }
    }

    [Fact]
    public void Replications_whose_p99_share_a_bucket_still_get_distinct_estimates()
    {
        // 12.00-12.05 ms spans about one and a half buckets: midpoint quantiles would all coincide.
        var p99 = new List<double>();
        for (int replication = 0; replication < 5; replication++)
        {
            var stream = new RandomStreams(11, replication).Get("narrow");
            var histogram = new LatencyHistogram();
            for (int i = 0; i < 20_000; i++)
            {
                histogram.Record((long)(12.00e6 + stream.NextDouble() * 0.05e6));
            }
            p99.Add(histogram.Quantile(0.99));
        }
        Assert.True(p99.Distinct().Count() == 5, string.Join(", ", p99));
    }

    [Fact]
    public void Merging_replications_equals_recording_everything_in_one()
    {
        var a = LognormalSamples(50_000, 1);
        var b = LognormalSamples(70_000, 2);
        var ha = new LatencyHistogram();
        var hb = new LatencyHistogram();
        var all = new LatencyHistogram();
        foreach (long s in a) { ha.Record(s); all.Record(s); }
        foreach (long s in b) { hb.Record(s); all.Record(s); }

        ha.Merge(hb);

        Assert.Equal(all.Count, ha.Count);
        Assert.Equal(all.Min, ha.Min);
        Assert.Equal(all.Max, ha.Max);
        Assert.Equal(all.Mean, ha.Mean, 6);
        foreach (double q in new[] { 0.5, 0.95, 0.99 })
        {
            Assert.Equal(all.Quantile(q), ha.Quantile(q));
        }
    }

    [Fact]
    public void Small_values_are_counted_exactly()
    {
        var histogram = new LatencyHistogram();
        for (long v = 1; v <= 100; v++)
        {
            histogram.Record(v);
        }

        Assert.Equal(50, histogram.Quantile(0.5));
        Assert.Equal(99, histogram.Quantile(0.99));
        Assert.Equal(1, histogram.Quantile(0));
        Assert.Equal(100, histogram.Quantile(1));
    }

    [Fact]
    public void Every_value_falls_in_a_bucket_whose_midpoint_is_within_a_quarter_percent()
    {
        foreach (long v in new long[] { 128, 129, 255, 256, 1_000, 12_345_678, 9_876_543_210, long.MaxValue / 4 })
        {
            double mid = LatencyHistogram.BucketMidpoint(LatencyHistogram.IndexOf(v));
            Assert.True(Math.Abs(mid - v) / v <= LatencyHistogram.RelativeResolution / 2 + 1e-12, $"{v} -> {mid}");
        }
    }

    [Fact]
    public void Negative_latency_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LatencyHistogram().Record(-1));
    }

    [Fact]
    public void Quantiles_in_one_pass_equal_each_quantile_taken_alone_and_the_exact_ones_within_one_percent()
    {
        var samples = LognormalSamples(200_000, 29);
        var histogram = new LatencyHistogram();
        foreach (long s in samples)
        {
            histogram.Record(s);
        }
        Array.Sort(samples);
        // Repeated and neighbouring ranks fall in one bucket; the ends take the extremes.
        double[] probabilities = [0, 0, 0.001, 0.01, 0.25, 0.5, 0.5, 0.9, 0.95, 0.99, 0.995, 0.999, 0.9999, 1];
        var values = new double[probabilities.Length];

        histogram.Quantiles(probabilities, values);

        for (int k = 0; k < probabilities.Length; k++)
        {
            Assert.Equal(histogram.Quantile(probabilities[k]), values[k]);
            double exact = ExactQuantile(samples, probabilities[k]);
            Assert.InRange(values[k], exact * 0.99, exact * 1.01);
        }
        Assert.Throws<ArgumentException>(() => histogram.Quantiles([0.5, 0.4], new double[2]));
        var empty = new double[2];
        new LatencyHistogram().Quantiles([0.1, 0.9], empty);
        Assert.All(empty, v => Assert.True(double.IsNaN(v)));
    }
}
