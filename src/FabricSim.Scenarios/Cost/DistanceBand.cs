using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Cost;

public enum DistanceBand
{
    Metro,
    Zone,
    Interzone,
    Intercontinental,
}

/// <summary>
/// The VXC pricing band between two PoPs, following Megaport's published structure (docs.megaport.com/finance/vxc-pricing/):
/// metro when both are in one metro (under 100 km apart), zone when both are in the same pricing zone, interzone
/// between zones of one continent, intercontinental between continents (a subsea crossing).
/// </summary>
public static class DistanceBands
{
    public const double MetroLimitKm = 100;

    public static DistanceBand Between(Pop a, Pop b) =>
        a.Location.DistanceKm(b.Location) < MetroLimitKm ? DistanceBand.Metro
        : a.Zone == b.Zone ? DistanceBand.Zone
        : a.Continent == b.Continent ? DistanceBand.Interzone
        : DistanceBand.Intercontinental;

    internal static string Key(DistanceBand band) => band switch
    {
        DistanceBand.Metro => "metro",
        DistanceBand.Zone => "zone",
        DistanceBand.Interzone => "interzone",
        _ => "intercontinental",
    };
}
