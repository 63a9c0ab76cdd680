using System.Globalization;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Tables;

/// <summary>
/// Numbers as people read them in tables: fixed decimals, invariant culture, units converted to the scale the
/// metric is usually quoted in (Mbit/s, ms, %), and a dash where there is no number.
/// </summary>
internal static class DisplayNumber
{
    public const string Missing = "-";

    public static string Fixed(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : Missing;

    /// <summary>"12.34 ± 0.56", or just the mean when there is no interval (a single replication).</summary>
    public static string WithInterval(Estimate estimate, double scale, int decimals)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        string mean = Fixed(estimate.Mean * scale, decimals);
        return double.IsFinite(estimate.HalfWidth) && double.IsFinite(estimate.Mean)
            ? $"{mean} ± {Fixed(estimate.HalfWidth * scale, decimals)}"
            : mean;
    }

    public static string Usd(double value) =>
        double.IsFinite(value) ? value.ToString("N2", CultureInfo.InvariantCulture) : Missing;
}
