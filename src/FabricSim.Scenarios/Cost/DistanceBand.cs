using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Cost;

public enum DistanceBand
{
    Metro,
    Zone,
    Interzone,
}

/// <summary>
/// The VXC distance band between two PoPs: metro when the great-circle distance is under 100 km, zone when both are
/// in the same pricing region (apac, americas, emea), interzone otherwise.
/// </summary>
public static class DistanceBands
{
    public const double MetroLimitKm = 100;

    public static DistanceBand Between(Pop a, Pop b) =>
        a.Location.DistanceKm(b.Location) < MetroLimitKm ? DistanceBand.Metro
        : a.Region == b.Region ? DistanceBand.Zone
        : DistanceBand.Interzone;

    internal static string Key(DistanceBand band) => band switch
    {
        DistanceBand.Metro => "metro",
        DistanceBand.Zone => "zone",
        _ => "interzone",
    };
}
