using FabricSim.Engine.Time;

namespace FabricSim.Network.Geography;

/// <summary>Distances over the Earth's surface and the fibre delay they imply.</summary>
internal static class GreatCircle
{
    /// <summary>IUGG mean Earth radius R1 = (2a + b) / 3.</summary>
    public const double MeanEarthRadiusKm = 6371.0088;

    /// <summary>Light in silica fibre, c / 1.468 ≈ 204,000 km/s, i.e. about 4.90 µs per km.</summary>
    public const double FibreKilometresPerSecond = 204_000.0;

    /// <summary>Haversine distance, well conditioned for both short and antipodal pairs.</summary>
    public static double DistanceKm(GeoLocation from, GeoLocation to)
    {
        double lat1 = DegreesToRadians(from.LatitudeDegrees);
        double lat2 = DegreesToRadians(to.LatitudeDegrees);
        double dLat = lat2 - lat1;
        double dLon = DegreesToRadians(to.LongitudeDegrees - from.LongitudeDegrees);
        double h = Square(Math.Sin(dLat / 2)) + Math.Cos(lat1) * Math.Cos(lat2) * Square(Math.Sin(dLon / 2));
        return 2 * MeanEarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }

    /// <summary>
    /// One-way propagation delay through fibre laid along the great circle, inflated by <paramref name="routeFactor"/>
    /// because real cable follows roads, coasts and rights of way rather than the geodesic.
    /// </summary>
    public static SimTime FibreDelay(double distanceKm, double routeFactor = 1.0)
    {
        if (distanceKm < 0 || double.IsNaN(distanceKm))
        {
            throw new ArgumentOutOfRangeException(nameof(distanceKm), distanceKm, "A distance cannot be negative.");
        }
        if (routeFactor < 1.0 || double.IsNaN(routeFactor))
        {
            throw new ArgumentOutOfRangeException(nameof(routeFactor), routeFactor, "Fibre cannot be shorter than the great circle; the route factor is at least 1.");
        }
        return SimTime.FromSeconds(distanceKm * routeFactor / FibreKilometresPerSecond);
    }

    public static SimTime FibreDelay(GeoLocation from, GeoLocation to, double routeFactor = 1.0) =>
        FibreDelay(DistanceKm(from, to), routeFactor);

    private static double DegreesToRadians(double degrees) => degrees * (Math.PI / 180.0);

    private static double Square(double x) => x * x;
}
