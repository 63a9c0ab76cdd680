using CsvHelper;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Reporting.Resilience;

/// <summary>
/// One line of availability.csv: one flow of one option, with the scenario's bound when it sets one and, when months
/// were sampled, the Monte-Carlo availability with its 95 % interval beside the exact figure.
/// </summary>
[CsvRecord]
internal sealed partial record AvailabilityRow(
    [property: CsvColumn("option")] string Option,
    [property: CsvColumn("flow")] string Flow,
    [property: CsvColumn("availability")] double Availability,
    [property: CsvColumn("left_out")] double LeftOut,
    [property: CsvColumn("downtime_min_per_month")] double DowntimeMinutesPerMonth,
    [property: CsvColumn("required")] double? Required,
    [property: CsvColumn("meets_requirement")] bool? MeetsRequirement,
    [property: CsvColumn("monthly_cost_usd")] double? MonthlyCostUsd,
    [property: CsvColumn("mc_availability")] double? MonteCarloAvailability,
    [property: CsvColumn("mc_low")] double? MonteCarloLow,
    [property: CsvColumn("mc_high")] double? MonteCarloHigh,
    [property: CsvColumn("mc_months")] int? MonteCarloMonths,
    [property: CsvColumn("mc_months_with_downtime")] int? MonteCarloMonthsWithDowntime)
{
    public static IEnumerable<AvailabilityRow> Of(OptionResilience option) =>
        option.Availability.Select(a => new AvailabilityRow(option.Option, a.Flow, a.Availability, a.LeftOut, a.DowntimeMinutesPerMonth,
            a.Required, a.MeetsRequirement, option.MonthlyCostUsd, a.MonteCarlo?.Availability, a.MonteCarlo?.Low, a.MonteCarlo?.High,
            a.MonteCarlo?.Months, a.MonteCarlo?.MonthsWithDowntime));
}
