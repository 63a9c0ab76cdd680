using System.Globalization;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.Decision;

// FabricSim.Estimate (the flow-level model) is a namespace too; here Estimate is the result type.
using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>
/// An availability bound judged on the resilience study rather than on the run's window: a run of seconds sees the
/// failures its scenario schedules, not how often the elements fail in a month. The study's figure is exact up to
/// what its enumeration left out, so the check takes the lower end of that bound, with no interval, and states the
/// providers' SLAs beside it.
/// </summary>
internal static class StudiedAvailability
{
    /// <returns>The metric measured by the study for this flow, and the sentence that says so; null when the study has no figure for it.</returns>
    public static (BoundedMetric Metric, string Basis)? For(BoundedMetric metric, OptionResilience? option, string flow, int order)
    {
        if (metric.Name != "availability" || option is null
            || option.Availability.FirstOrDefault(a => flow == a.Flow || flow.StartsWith(a.Flow + "/", StringComparison.Ordinal)) is not { } studied)
        {
            return null;
        }
        double lower = studied.Availability - studied.LeftOut;
        var c = CultureInfo.InvariantCulture;
        string slas = string.Join("; ", option.Slas.Select(s => $"{s.Cloud} {(s.MonthlyUptimePercent is { } p ? p.ToString(c) + " %" : "none")} for {s.Topology}"));
        string basis = string.Create(c, $"resilience study to order {order}, lower end of {Percent(lower)}–{Percent(studied.Availability)}; SLA: {slas}");
        var estimate = new Estimate(lower * 100, 0, 0.95, 1);
        return (metric with { Measure = _ => estimate }, basis);
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0.#####", CultureInfo.InvariantCulture) + " %";
}
