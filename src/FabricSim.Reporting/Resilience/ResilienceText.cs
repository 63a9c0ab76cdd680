using System.Globalization;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Reporting.Resilience;

/// <summary>The console view of a resilience study: per option, its worst failure sets, each flow's availability and the providers' SLAs.</summary>
public static class ResilienceText
{
    /// <summary>How many failure sets each option lists on the console; resilience.csv holds them all.</summary>
    public const int WorstShown = 10;

    public static void Write(TextWriter output, ResilienceResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        foreach (var option in result.Options)
        {
            output.WriteLine(string.Create(c, $"Option {option.Option}: {option.ElementCount} elements, {option.Sets.Count} failure sets (order {result.Order})"));
            output.WriteLine(string.Create(c, $"  {"failure set",-44} {"lost",5} {"outage",10} {"shortfall",14}"));
            foreach (var set in WorstSets.Of(option).Take(WorstShown))
            {
                output.WriteLine(string.Create(c, $"  {Clip(set.Name, 44),-44} {set.FlowsLost,5} {Outage(set),10} {Mbps(set.ShortfallBitsPerSecond),14}"));
            }
            foreach (var check in option.PacketChecks)
            {
                output.WriteLine(string.Create(c,
                    $"  packet run of {check.Set}, {check.Flow}: outage {Measured(check)}, timers {Seconds(check.ModelSeconds)} (allow {Seconds(check.LowSeconds)} to {Seconds(check.HighSeconds)}): {Verdict(check)}"));
            }
            foreach (var flow in option.Availability)
            {
                string bound = flow.Required is { } r
                    ? $"; requires {Percent(r)}: {(flow.MeetsRequirement == true ? "met" : "NOT met")} on the lower end, {Percent(flow.Availability - flow.LeftOut)}"
                    : string.Empty;
                string sampled = flow.MonteCarlo is { } s ? $"; Monte-Carlo {Sampled(s)}" : string.Empty;
                output.WriteLine(string.Create(c,
                    $"  {flow.Flow}: availability {Percent(flow.Availability)} (sets left out: {flow.LeftOut:0.0e+0}), {flow.DowntimeMinutesPerMonth:0.0} min/month down{bound}{sampled}"));
            }
            foreach (var sla in option.Slas)
            {
                string figure = sla.MonthlyUptimePercent is { } p ? $"{p.ToString(c)} %" : "no SLA";
                output.WriteLine(string.Create(c, $"  SLA {sla.Cloud} ({sla.Topology}): {figure} [{sla.Citation}]"));
            }
            output.WriteLine();
        }
        if (AvailabilityVerdict(result) is { } verdict)
        {
            output.WriteLine(verdict);
        }
    }

    /// <summary>
    /// The cheapest option whose every flow meets the scenario's availability bounds on the lower end of the study's
    /// figure; null when the scenario sets none.
    /// </summary>
    internal static string? AvailabilityVerdict(ResilienceResult result)
    {
        if (!result.Options.SelectMany(o => o.Availability).Any(a => a.Required is not null))
        {
            return null;
        }
        var meeting = result.Options.Where(o => o.Availability.All(a => a.MeetsRequirement != false)).OrderBy(o => o.MonthlyCostUsd ?? double.MaxValue).ToList();
        string figure = "judged on the lower end of each flow's availability, beside the providers' SLAs above";
        return meeting.Count == 0
            ? $"No option meets the availability requirements ({figure})."
            : string.Create(CultureInfo.InvariantCulture,
                $"Cheapest option that meets the availability requirements: {meeting[0].Option} ({meeting[0].MonthlyCostUsd:N0} USD/month; {figure}).");
    }

    internal static string Outage(FailureSetOutcome set) =>
        set.FlowsLost > 0 && set.WorstOutage.Nanoseconds == 0 ? "repair" : set.WorstOutage.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    internal static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    internal static string Measured(PacketOutageCheck check) => double.IsNaN(check.MeasuredSeconds) ? "not measurable (TCP or on/off)" : Seconds(check.MeasuredSeconds);

    internal static string Verdict(PacketOutageCheck check) => double.IsNaN(check.MeasuredSeconds) ? "" : check.Agrees ? "agrees" : "DISAGREES";

    /// <summary>A sampled availability with its interval and how many months it rests on.</summary>
    internal static string Sampled(SampledAvailability sampled) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Percent(sampled.Availability)} [{Percent(sampled.Low)}, {Percent(sampled.High)}] over {sampled.Months} months, {sampled.MonthsWithDowntime} with downtime");

    internal static string Mbps(double bitsPerSecond) => (bitsPerSecond / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " Mbit/s";

    internal static string Percent(double fraction) => (fraction * 100).ToString("0.#####", CultureInfo.InvariantCulture) + " %";

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
