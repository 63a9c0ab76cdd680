using FabricSim.Engine.Time;
using FabricSim.Network.Geography;

namespace FabricSim.Network.Tests.Geography;

public sealed class GreatCircleTests
{
    private static readonly GeoLocation Sydney = new(-33.8688, 151.2093);
    private static readonly GeoLocation Melbourne = new(-37.8136, 144.9631);
    private static readonly GeoLocation London = new(51.5074, -0.1278);
    private static readonly GeoLocation NewYork = new(40.7128, -74.0060);

    [Theory]
    [InlineData("SYD-MEL", 713.0)]
    [InlineData("LON-NYC", 5570.0)]
    public void City_pair_distance_matches_published_figure_within_half_a_percent(string pair, double publishedKm)
    {
        var (from, to) = pair == "SYD-MEL" ? (Sydney, Melbourne) : (London, NewYork);
        double km = GreatCircle.DistanceKm(from, to);
        Assert.InRange(km, publishedKm * 0.995, publishedKm * 1.005);
        Assert.Equal(km, GreatCircle.DistanceKm(to, from), 9);
    }

    [Fact]
    public void Fibre_delay_is_4_90_microseconds_per_km_times_route_factor()
    {
        Assert.Equal(4_901_961, GreatCircle.FibreDelay(1000, 1.0).Nanoseconds);
        Assert.Equal(SimTime.FromSeconds(1000 * 1.5 / 204_000.0), GreatCircle.FibreDelay(1000, 1.5));
        Assert.Equal(SimTime.Zero, GreatCircle.FibreDelay(Sydney, Sydney));
    }

    [Fact]
    public void Route_factor_below_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GreatCircle.FibreDelay(10, 0.9));
    }
}
