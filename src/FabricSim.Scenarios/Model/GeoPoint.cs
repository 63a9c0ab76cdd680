namespace FabricSim.Scenarios.Model;

/// <summary>A position on the Earth in decimal degrees (WGS 84).</summary>
public readonly record struct GeoPoint(double LatitudeDegrees, double LongitudeDegrees)
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance by the haversine formula on a mean-radius sphere (error below 0.5% against WGS 84).</summary>
    public double DistanceKm(GeoPoint other)
    {
        double lat1 = double.DegreesToRadians(LatitudeDegrees);
        double lat2 = double.DegreesToRadians(other.LatitudeDegrees);
        double dLat = lat2 - lat1;
        double dLon = double.DegreesToRadians(other.LongitudeDegrees - LongitudeDegrees);
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                   + Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }
}
