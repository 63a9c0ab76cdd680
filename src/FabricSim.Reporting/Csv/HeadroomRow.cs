using CsvHelper;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Csv;

/// <summary>One line of headroom.csv: one port, VXC or MCR of an option, fullest first.</summary>
[CsvRecord]
internal sealed partial record HeadroomRow(
    [property: CsvColumn("option")] string Option,
    [property: CsvColumn("element")] string Element,
    [property: CsvColumn("kind")] string Kind,
    [property: CsvColumn("capacity_bps")] double? CapacityBitsPerSecond,
    [property: CsvColumn("utilization_mean")] double? UtilizationMean,
    [property: CsvColumn("utilization_ci_low")] double? UtilizationLow,
    [property: CsvColumn("utilization_ci_high")] double? UtilizationHigh,
    [property: CsvColumn("utilization_p95")] double? UtilizationP95,
    [property: CsvColumn("load_bps")] double? LoadBitsPerSecond,
    [property: CsvColumn("headroom_bps")] double? HeadroomBitsPerSecond,
    [property: CsvColumn("saturated")] bool Saturated,
    [property: CsvColumn("months_to_limit")] double? MonthsToLimit,
    [property: CsvColumn("smaller_size")] string SmallerSize,
    [property: CsvColumn("monthly_saving_usd")] double? MonthlySavingUsd)
{
    public static HeadroomRow Create(ElementHeadroom element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return new HeadroomRow(
            element.Option, element.Element, element.Kind, CsvNumber.Finite(element.CapacityBitsPerSecond),
            CsvNumber.Finite(element.UtilizationMean.Mean), CsvNumber.Lower(element.UtilizationMean), CsvNumber.Upper(element.UtilizationMean),
            CsvNumber.Finite(element.UtilizationP95), CsvNumber.Finite(element.LoadBitsPerSecond), CsvNumber.Finite(element.HeadroomBitsPerSecond),
            element.Saturated, element.MonthsToLimit is { } months ? CsvNumber.Finite(months) : null, element.SmallerSize ?? string.Empty,
            element.MonthlySavingUsd is { } saving ? CsvNumber.Finite(saving) : null);
    }
}
