using CsvHelper;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Reporting.Resilience;

/// <summary>
/// One line of resilience.csv: one flow of one option with one failure set down ("none": the intact baseline), with
/// the outage a packet run measured and the window the timers allow when the set was among those checked.
/// </summary>
[CsvRecord]
internal sealed partial record ResilienceRow(
    [property: CsvColumn("option")] string Option,
    [property: CsvColumn("failure_set")] string FailureSet,
    [property: CsvColumn("reason")] string Reason,
    [property: CsvColumn("elements")] int Elements,
    [property: CsvColumn("probability")] double? Probability,
    [property: CsvColumn("flow")] string Flow,
    [property: CsvColumn("reachable")] bool Reachable,
    [property: CsvColumn("lost")] bool Lost,
    [property: CsvColumn("path")] string Path,
    [property: CsvColumn("offered_bps")] double OfferedBitsPerSecond,
    [property: CsvColumn("shortfall_bps")] double ShortfallBitsPerSecond,
    [property: CsvColumn("latency_change_ms")] double? LatencyChangeMs,
    [property: CsvColumn("outage_s")] double? OutageSeconds,
    [property: CsvColumn("packet_outage_s")] double? PacketOutageSeconds,
    [property: CsvColumn("packet_window_low_s")] double? PacketWindowLowSeconds,
    [property: CsvColumn("packet_window_high_s")] double? PacketWindowHighSeconds,
    [property: CsvColumn("packet_agrees")] bool? PacketAgrees)
{
    public const string Intact = "none";

    public static IEnumerable<ResilienceRow> Of(OptionResilience option)
    {
        foreach (var flow in option.Intact)
        {
            yield return Create(option.Option, Intact, "intact", 0, null, flow, null);
        }
        foreach (var set in option.Sets)
        {
            foreach (var flow in set.Flows)
            {
                var check = option.PacketChecks.FirstOrDefault(c => c.Set == set.Name && c.Flow == flow.Flow);
                yield return Create(option.Option, set.Name, set.Reason, set.Elements.Count, set.Probability, flow, check);
            }
        }
    }

    private static ResilienceRow Create(string option, string set, string reason, int elements, double? probability, FlowOutcome flow, PacketOutageCheck? check)
    {
        // A flow whose outage a packet run cannot measure (TCP, on/off) has its window but no figure.
        double? measured = check is null || double.IsNaN(check.MeasuredSeconds) ? null : check.MeasuredSeconds;
        return new(option, set, reason, elements, probability, flow.Flow, flow.Reachable, flow.Lost, flow.Path, flow.OfferedBitsPerSecond,
            flow.ShortfallBitsPerSecond, flow.LatencyChange?.TotalMilliseconds, flow.Outage?.TotalSeconds,
            measured, check?.LowSeconds, check?.HighSeconds, measured is null ? null : check!.Agrees);
    }
}
