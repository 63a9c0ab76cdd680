using CsvHelper;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Csv;

/// <summary>
/// The CSV views of a result. Rows keep the order of the result's lists, so the same result always gives the
/// same bytes; numbers use the invariant culture and the shortest text that round-trips.
/// </summary>
internal static class CsvTables
{
    // LF endings keep the files identical to what version control and Unix tools expect on every platform.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { NewLine = "\n" };

    public static void WriteSummary(Stream destination, ScenarioResult result) =>
        Write(destination, result.Options.SelectMany(option => option.Flows).Select(SummaryRow.Create));

    public static void WriteLinks(Stream destination, ScenarioResult result) =>
        Write(destination, result.Options.SelectMany(option => option.Links).Select(LinkRow.Create));

    public static void WriteTimeSeries(Stream destination, ScenarioResult result) =>
        Write(destination, result.Options.SelectMany(option => option.TimeSeries).Select(TimeSeriesRow.Create));

    public static void WriteCost(Stream destination, ScenarioResult result) =>
        Write(destination, result.Options.SelectMany(option => option.Cost).Select(CostRow.Create));

    public static void WriteSweep(Stream destination, ScenarioResult result) =>
        Write(destination, result.Sweep.Select(SweepRow.Create));

    public static void WriteLatencyCdf(Stream destination, ScenarioResult result) =>
        Write(destination,
            from option in result.Options
            from distribution in option.LatencyDistributions
            from point in distribution.Points
            select new LatencyCdfRow(
                distribution.Option, distribution.Flow,
                CsvNumber.Finite(point.LatencyMs), CsvNumber.Finite(point.CumulativeProbability)));

    private static void Write<TRow>(Stream destination, IEnumerable<TRow> rows)
    {
        using var writer = CsvWriter.Create(destination, Options, leaveOpen: true);
        // The header is written even when there are no rows, so an empty table still says what it would hold.
        writer.WriteHeader<TRow>();
        foreach (var row in rows)
        {
            writer.WriteRecord(row);
        }
        writer.Flush();
    }
}
