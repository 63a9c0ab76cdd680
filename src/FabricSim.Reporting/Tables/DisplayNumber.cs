using System.Globalization;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Tables;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>
/// Numbers as people read them in tables: fixed decimals, invariant culture, units converted to the scale the
/// metric is usually quoted in (Mbit/s, ms, %), and a dash where there is no number.
/// </summary>
internal static class DisplayNumber
{
    public const string Missing = "-";

    public static string Fixed(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : Missing;

    /// <summary>
    /// "12.34 ± 0.56"; "12.34 model" for the flow-level model's figure; "0.00 ± <0.01" when the interval is narrower than the last digit shown; "12.34 (0.00–14.20)" where the interval stops at the quantity's range; "12.34 deterministic"
    /// when every replication agreed; "imprecise, ~N reps" after a figure whose half-width exceeds its mean; just the
    /// mean when there is no interval (a single replication).
    /// </summary>
    public static string WithInterval(Estimate estimate, double scale, int decimals)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        string mean = Fixed(estimate.Mean * scale, decimals);
        if (!double.IsFinite(estimate.HalfWidth) || !double.IsFinite(estimate.Mean))
        {
            return mean;
        }
        if (estimate.IsModel)
        {
            return $"{mean} model";
        }
        if (estimate.IsDeterministic)
        {
            return $"{mean} deterministic";
        }
        double resolution = Math.Pow(10, -decimals);
        if (estimate.HalfWidth * scale < resolution / 2)
        {
            // The interval is narrower than the last digit shown: it neither needs its ends nor more replications.
            return $"{mean} ± <{Fixed(resolution, decimals)}";
        }
        bool clipped = estimate.Lower > estimate.Mean - estimate.HalfWidth || estimate.Upper < estimate.Mean + estimate.HalfWidth;
        string interval = clipped
            ? $"{mean} ({Fixed(estimate.Lower * scale, decimals)}–{Fixed(estimate.Upper * scale, decimals)})"
            : $"{mean} ± {Fixed(estimate.HalfWidth * scale, decimals)}";
        return estimate.IsImprecise && estimate.ReplicationsNeeded() is { } needed
            ? $"{interval} imprecise, ~{needed.ToString("N0", CultureInfo.InvariantCulture)} reps"
            : interval;
    }

    public static string Usd(double value) =>
        double.IsFinite(value) ? value.ToString("N2", CultureInfo.InvariantCulture) : Missing;
}
