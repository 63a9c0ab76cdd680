namespace FabricSim.Network.Geography;

/// <summary>A point on the Earth in decimal degrees (WGS 84 latitude north-positive, longitude east-positive).</summary>
public readonly record struct GeoLocation
{
    public GeoLocation(double latitudeDegrees, double longitudeDegrees)
    {
        if (latitudeDegrees is < -90 or > 90 || double.IsNaN(latitudeDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(latitudeDegrees), latitudeDegrees, "Latitude lies between -90 and 90 degrees.");
        }
        if (longitudeDegrees is < -180 or > 180 || double.IsNaN(longitudeDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(longitudeDegrees), longitudeDegrees, "Longitude lies between -180 and 180 degrees.");
        }
        LatitudeDegrees = latitudeDegrees;
        LongitudeDegrees = longitudeDegrees;
    }

    public double LatitudeDegrees { get; }
    public double LongitudeDegrees { get; }
}
