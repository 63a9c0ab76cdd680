using CsvHelper;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Reporting.Resilience;

/// <summary>One line of availability.csv: one flow of one option, with the scenario's bound when it sets one.</summary>
[CsvRecord]
internal sealed partial record AvailabilityRow(
    [property: CsvColumn("option")] string Option,
    [property: CsvColumn("flow")] string Flow,
    [property: CsvColumn("availability")] double Availability,
    [property: CsvColumn("left_out")] double LeftOut,
    [property: CsvColumn("downtime_min_per_month")] double DowntimeMinutesPerMonth,
    [property: CsvColumn("required")] double? Required,
    [property: CsvColumn("meets_requirement")] bool? MeetsRequirement,
    [property: CsvColumn("monthly_cost_usd")] double? MonthlyCostUsd)
{
    public static IEnumerable<AvailabilityRow> Of(OptionResilience option) =>
        option.Availability.Select(a => new AvailabilityRow(option.Option, a.Flow, a.Availability, a.LeftOut, a.DowntimeMinutesPerMonth,
            a.Required, a.MeetsRequirement, option.MonthlyCostUsd));
}
