namespace FabricSim.Network.Geography;

/// <summary>
/// The three landmasses that long-haul cable routes join across oceans. Coarse on purpose: islands close to a
/// continent (Britain, Japan, Singapore, New Zealand's neighbour Australia) count with it, because the short sea
/// crossings to them do not change how a route is built.
/// </summary>
internal enum Landmass
{
    /// <summary>North and South America (west of 30° W).</summary>
    Americas,

    /// <summary>Europe, Africa and Asia with their near islands.</summary>
    AfroEurasia,

    /// <summary>Australia, New Zealand and the south-west Pacific (south of 10° S, east of 110° E).</summary>
    Oceania,
}

/// <summary>Which landmass a place is on, and whether a path between two places must cross an ocean.</summary>
internal static class Landmasses
{
    public static Landmass Of(GeoLocation place) =>
        place.LongitudeDegrees < -30 ? Landmass.Americas
        : place.LatitudeDegrees < -10 && place.LongitudeDegrees > 110 ? Landmass.Oceania
        : Landmass.AfroEurasia;

    public static bool CrossesOcean(GeoLocation from, GeoLocation to) => Of(from) != Of(to);
}
