using FabricSim.Estimate.Distributions;

namespace FabricSim.Estimate.Tests.Distributions;

public class GridDistributionTests
{
    /// <summary>Two independent U(0,1) delays sum to the triangular distribution on [0, 2]: CDF t²/2 below 1.</summary>
    [Theory]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.75)]
    public void Sum_of_two_uniforms_is_triangular(double q)
    {
        const double width = 1000;
        var uniform = GridDistribution.Uniform(1, width);
        var sum = uniform.Convolve(uniform);
        double expected = q <= 0.5 ? width * Math.Sqrt(2 * q) : width * (2 - Math.Sqrt(2 * (1 - q)));
        Assert.InRange(sum.Quantile(q), expected - 2, expected + 2);
        Assert.InRange(sum.Mean(), width - 0.5, width + 0.5);
    }

    /// <summary>Long grids go by FFT: the same triangular law, mass conserved, no negative cell.</summary>
    [Fact]
    public void Long_convolutions_by_fft_keep_the_exact_law()
    {
        const double width = 4000;
        var uniform = GridDistribution.Uniform(1, width);
        var sum = uniform.Convolve(uniform);
        Assert.InRange(sum.Quantile(0.125), width * 0.5 - 2, width * 0.5 + 2);
        Assert.InRange(sum.Quantile(0.5), width - 2, width + 2);
        double total = 0;
        for (int k = 0; k < sum.Length; k++)
        {
            Assert.True(sum[k] >= 0);
            total += sum[k];
        }
        Assert.Equal(1.0, total, 9);
    }

    /// <summary>A constant plus an exponential is a shifted exponential; quantiles shift by the constant.</summary>
    [Fact]
    public void Convolution_with_a_constant_shifts_every_quantile()
    {
        const double step = 1, meanNs = 200;
        int cells = 4000;
        var mass = new double[cells];
        for (int k = 0; k < cells; k++)
        {
            double low = Math.Max(0, k - 0.5), high = k + 0.5;
            mass[k] = Math.Exp(-low / meanNs) - Math.Exp(-high / meanNs);
        }
        var exponential = new GridDistribution(step, mass);
        var shifted = exponential.Convolve(GridDistribution.Constant(step, 300));
        foreach (double q in new[] { 0.5, 0.9, 0.99 })
        {
            double expected = 300 - meanNs * Math.Log(1 - q);
            Assert.InRange(shifted.Quantile(q), expected - 1.5, expected + 1.5);
        }
    }

    [Fact]
    public void Resampling_keeps_the_mean()
    {
        var uniform = GridDistribution.Uniform(3, 900);
        Assert.InRange(uniform.Resample(7).Mean(), uniform.Mean() - 0.01, uniform.Mean() + 0.01);
    }

    /// <summary>
    /// Many long grids multiplied in one frequency domain give the Irwin–Hall law of a sum of four U(0, w): mean 2w,
    /// variance w²/3, median 2w by symmetry; and cell by cell what convolving pair by pair gives.
    /// </summary>
    [Fact]
    public void Several_long_grids_convolved_at_once_give_the_irwin_hall_law()
    {
        const double width = 3000;
        var uniform = GridDistribution.Uniform(1, width);
        var parts = new[] { uniform, uniform, uniform, uniform };
        // Both transforms round at about 1e-16 per cell: the two agree far inside that bound.
        var sum = GridDistribution.ConvolveAll(1, parts);
        var pairwise = uniform.Convolve(uniform).Convolve(uniform).Convolve(uniform);
        Assert.Equal(pairwise.Length, sum.Length);
        double total = 0, variance = 0;
        for (int k = 0; k < sum.Length; k++)
        {
            Assert.True(sum[k] >= 0);
            Assert.True(Math.Abs(pairwise[k] - sum[k]) < 1e-12, $"cell {k}: {sum[k]} against {pairwise[k]} pair by pair");
            total += sum[k];
            variance += sum[k] * (k - 2 * width) * (k - 2 * width);
        }
        Assert.Equal(1.0, total, 9);
        Assert.InRange(sum.Mean(), 2 * width - 1, 2 * width + 1);
        Assert.InRange(sum.Quantile(0.5), 2 * width - 2, 2 * width + 2);
        // The grid adds a cell's uniform rounding, 1/12 per part, to w²/3.
        Assert.InRange(variance, width * width / 3 - 1, width * width / 3 + 1);
    }

    [Fact]
    public void Quantiles_in_one_pass_are_each_quantile()
    {
        var uniform = GridDistribution.Uniform(1, 500);
        var sum = uniform.Convolve(GridDistribution.Constant(1, 40.5)).Convolve(uniform);
        double[] probabilities = [0, 0, 1e-6, 0.1, 0.5, 0.5, 0.95, 0.99, 0.999999, 1];
        var values = new double[probabilities.Length];
        sum.Quantiles(probabilities, values);
        for (int i = 0; i < probabilities.Length; i++)
        {
            Assert.Equal(sum.Quantile(probabilities[i]), values[i]);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => sum.Quantiles([0.5, 0.4], new double[2]));
    }
}
