using System.Globalization;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Tables;

/// <summary>Headroom in words and rows: which element of an option fills first, when, and what could be ordered smaller.</summary>
public static class HeadroomText
{
    /// <summary>One sentence per option, e.g. "sdci: dc-mcr (vxc) fills first: 26% at p95 of 1 Gbps, 54% to its 80% limit; …".</summary>
    public static string Summary(OptionResult option, double utilizationLimit, double? annualGrowth)
    {
        ArgumentNullException.ThrowIfNull(option);
        if (option.Headroom.Count == 0)
        {
            return $"{option.Name}: has no port, VXC or MCR that carried traffic.";
        }
        var first = option.Headroom[0];
        string fill = first.Saturated
            ? $"{first.Element} ({first.Kind}) is saturated: it drops or runs at capacity, so it limits what this option carries now"
            : $"{first.Element} ({first.Kind}) fills first: {Percent(first.LoadBitsPerSecond / first.CapacityBitsPerSecond)} of {Rate(first.CapacityBitsPerSecond)}"
              + $" at {(double.IsFinite(first.UtilizationP95) ? "p95" : "mean")}, against the {Percent(utilizationLimit)} planning limit";
        if (!first.Saturated && annualGrowth is { } growth && first.MonthsToLimit is { } months)
        {
            fill += months <= 0 ? ", already past it" : $", reached in {Months(months)} at {Percent(growth)}/year growth";
        }
        var smaller = option.Headroom.Where(h => h.SmallerSize is not null && h.MonthlySavingUsd > 0).ToList();
        if (smaller.Count > 0)
        {
            fill += "; smaller sizes would carry today's load within the limit: "
                + string.Join(", ", smaller.Take(3).Select(h => $"{h.Element} at {h.SmallerSize} (saves {DisplayNumber.Usd(h.MonthlySavingUsd!.Value)} USD/month)"))
                + (smaller.Count > 3 ? $" and {smaller.Count - 3} more in headroom.csv" : "");
        }
        return $"{option.Name}: {fill}.";
    }

    internal static IReadOnlyList<string> Headings { get; } =
        ["Element", "Kind", "Capacity", "Utilisation mean (95% CI)", "Utilisation p95", "Headroom to limit", "Months to limit", "Smaller size that fits", "Saving (USD/month)"];

    internal static IReadOnlyList<string> Cells(ElementHeadroom element) =>
    [
        element.Element,
        element.Kind,
        Rate(element.CapacityBitsPerSecond),
        DisplayNumber.WithInterval(element.UtilizationMean, 100, 1) + " %",
        double.IsFinite(element.UtilizationP95) ? DisplayNumber.Fixed(element.UtilizationP95 * 100, 1) + " %" : "-",
        element.Saturated ? "saturated" : Rate(element.HeadroomBitsPerSecond),
        element.MonthsToLimit is { } months ? (months <= 0 ? "now" : Months(months)) : "-",
        element.SmallerSize ?? "-",
        element.MonthlySavingUsd is { } saving ? DisplayNumber.Usd(saving) : "-",
    ];

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Months(double months) => months >= 120 ? "over 10 years" : $"{Math.Floor(months).ToString(CultureInfo.InvariantCulture)} months";

    /// <summary>Three significant figures: a planner reads "598 Mbps", not the bit rate to the last bit.</summary>
    private static string Rate(double bitsPerSecond)
    {
        double magnitude = Math.Abs(bitsPerSecond);
        var (scale, unit) = magnitude >= 1e9 ? (1e9, "Gbps") : magnitude >= 1e6 ? (1e6, "Mbps") : (1e3, "kbps");
        double value = bitsPerSecond / scale;
        string format = Math.Abs(value) >= 100 ? "0" : Math.Abs(value) >= 10 ? "0.#" : "0.##";
        return value.ToString(format, CultureInfo.InvariantCulture) + " " + unit;
    }
}
