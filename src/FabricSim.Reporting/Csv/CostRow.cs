using CsvHelper;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Csv;

/// <summary>One line of cost.csv: one charge of an option's monthly bill.</summary>
[CsvRecord]
internal sealed partial record CostRow(
    [property: CsvColumn("option")] string Option,
    [property: CsvColumn("category")] string Category,
    [property: CsvColumn("item")] string Item,
    [property: CsvColumn("quantity")] double? Quantity,
    [property: CsvColumn("unit")] string Unit,
    [property: CsvColumn("unit_price_usd")] double? UnitPriceUsd,
    [property: CsvColumn("monthly_usd")] double? MonthlyUsd,
    [property: CsvColumn("source")] string Source,
    [property: CsvColumn("basis")] string Basis,
    [property: CsvColumn("demand")] string Demand,
    [property: CsvColumn("direction")] string Direction)
{
    public static CostRow Create(CostLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new CostRow(
            line.Option, line.Category, line.Item, CsvNumber.Finite(line.Quantity), line.Unit,
            CsvNumber.Finite(line.UnitPriceUsd), CsvNumber.Finite(line.MonthlyUsd), line.Source, line.Basis,
            line.Demand, line.Direction);
    }
}
