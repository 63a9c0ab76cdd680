using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

public sealed class EstimateBuilderTests
{
    [Fact]
    public void Interval_is_student_t_over_replications()
    {
        var estimate = EstimateBuilder.From([1.0, 2, 3, 4, 5]);

        Assert.Equal(3.0, estimate.Mean);
        Assert.Equal(2.776445 * Math.Sqrt(2.5) / Math.Sqrt(5), estimate.HalfWidth, 5);
        Assert.Equal(5, estimate.Replications);
        Assert.Equal(0.95, estimate.Level);
    }

    [Fact]
    public void One_replication_has_no_interval_and_identical_ones_a_zero_wide_one()
    {
        Assert.True(double.IsNaN(EstimateBuilder.From([7.0]).HalfWidth));
        Assert.Equal(0, EstimateBuilder.From([7.0, 7.0, 7.0]).HalfWidth);
    }

    [Fact]
    public void Identical_histogram_quantiles_get_the_histograms_resolution_not_a_zero_wide_interval()
    {
        var estimate = EstimateBuilder.FromHistogramQuantiles([12.0, 12.0, 12.0]);

        Assert.Equal(12.0 * FabricSim.Engine.Statistics.LatencyHistogram.RelativeResolution, estimate.HalfWidth, 12);
        Assert.Equal(3.0, EstimateBuilder.FromHistogramQuantiles([1.0, 3.0, 5.0]).Mean);
        Assert.True(EstimateBuilder.FromHistogramQuantiles([1.0, 3.0, 5.0]).HalfWidth > 1);
    }

    [Fact]
    public void Replications_without_a_value_are_left_out()
    {
        var estimate = EstimateBuilder.From([double.NaN, 2.0, 4.0]);

        Assert.Equal(3.0, estimate.Mean);
        Assert.Equal(2, estimate.Replications);
        Assert.True(double.IsNaN(EstimateBuilder.From([double.NaN]).Mean));
    }
}
