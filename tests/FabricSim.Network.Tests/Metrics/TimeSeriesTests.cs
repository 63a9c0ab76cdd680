using FabricSim.Network.Metrics;

namespace FabricSim.Network.Tests.Metrics;

public sealed class TimeSeriesTests
{
    [Fact]
    public void Memory_stays_bounded_and_points_stay_evenly_spaced()
    {
        var series = new TimeSeries("f", "throughput_bps", capacity: 8);
        for (int i = 0; i < 100; i++)
        {
            series.Add(i, i * 10);
        }
        var points = series.Points();
        Assert.True(points.Count <= 8);
        Assert.Equal(16, series.Stride);
        for (int i = 0; i < points.Count; i++)
        {
            Assert.Equal(i * series.Stride, points[i].TimeSeconds);
            Assert.Equal(points[i].TimeSeconds * 10, points[i].Value);
        }
    }
}
