using FabricSim.Engine.Time;
using FabricSim.Network.Geography;

namespace FabricSim.Network.Internet;

/// <summary>
/// The one-way base delay of a public-Internet path from the great-circle distance d: a fixed part (access,
/// routers, peering) plus fibre time at 204,000 km/s over d inflated by a route factor that is largest on short
/// paths (detours to exchange points) and falls towards a long-haul value, which differs for paths that cross an
/// ocean: factor(d) = long + (short − long) · S / (S + d).
/// </summary>
/// <remarks>
/// <see cref="Calibrated"/> is fitted on published city-to-city ping times (docs/calibration/internet-rtt.csv, with
/// held-back rows; the fit and its error are in docs/validation.md and are recomputed by the calibration test).
/// </remarks>
public sealed record InternetRouteModel(SimTime FixedDelay, double ShortPathFactor, double LandFactor, double OceanFactor, double ScaleKm)
{
    /// <summary>Fitted values; InternetRouteCalibrationTests refits them from the CSV and fails if they drift.</summary>
    public static readonly InternetRouteModel Calibrated = new(SimTime.FromMilliseconds(3), 3.24, 1.708, 1.711, 250);

    public double RouteFactor(double distanceKm, bool crossesOcean)
    {
        double longHaul = crossesOcean ? OceanFactor : LandFactor;
        return longHaul + (ShortPathFactor - longHaul) * ScaleKm / (ScaleKm + distanceKm);
    }

    public SimTime OneWay(double distanceKm, bool crossesOcean) =>
        FixedDelay + GreatCircle.FibreDelay(distanceKm, Math.Max(1.0, RouteFactor(distanceKm, crossesOcean)));

    public SimTime OneWay(GeoLocation from, GeoLocation to) =>
        OneWay(GreatCircle.DistanceKm(from, to), Landmasses.CrossesOcean(from, to));
}
