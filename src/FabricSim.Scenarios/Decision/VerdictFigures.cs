using System.Globalization;
using FabricSim.Scenarios.Results;

namespace FabricSim.Scenarios.Decision;

// FabricSim.Estimate (the flow-level model) is a namespace too; here Estimate is the result type.
using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>Numbers in verdicts: enough digits to compare a figure with its bound, no more.</summary>
public static class VerdictFigures
{
    public static string Format(double value, string unit) => double.IsFinite(value) ? Number(value, unit) + Suffix(unit) : "n/a";

    /// <summary>"182 ms", or "182 ± 4 ms" when the estimate has an interval.</summary>
    public static string WithInterval(Estimate estimate, string unit)
    {
        if (!double.IsFinite(estimate.Mean))
        {
            return "n/a";
        }
        return double.IsFinite(estimate.HalfWidth) && estimate.HalfWidth > 0
            ? $"{Number(estimate.Mean, unit)} ± {Number(estimate.HalfWidth, unit, Math.Abs(estimate.Mean))}{Suffix(unit)}"
            : Format(estimate.Mean, unit);
    }

    /// <param name="scale">The magnitude that sets the decimals: a half-width takes its mean's, so both end at the same digit.</param>
    private static string Number(double value, string unit, double? scale = null)
    {
        if (unit == "USD/month")
        {
            return value.ToString("#,##0", CultureInfo.InvariantCulture);
        }
        double magnitude = scale ?? Math.Abs(value);
        string format = magnitude >= 100 ? "0.#" : magnitude >= 1 ? "0.##" : "0.####";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    private static string Suffix(string unit) => unit == "%" ? "%" : " " + unit;
}
