using CsvHelper;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Csv;

/// <summary>One line of timeseries.csv, in long format so any number of series and metrics fit one file.</summary>
[CsvRecord]
internal sealed partial record TimeSeriesRow(
    [property: CsvColumn("option")] string Option,
    [property: CsvColumn("series")] string Series,
    [property: CsvColumn("metric")] string Metric,
    [property: CsvColumn("time_s")] double? TimeSeconds,
    [property: CsvColumn("value")] double? Value)
{
    public static TimeSeriesRow Create(TimeSeriesPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return new TimeSeriesRow(point.Option, point.Series, point.Metric, CsvNumber.Finite(point.TimeSeconds), CsvNumber.Finite(point.Value));
    }
}
