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
}
