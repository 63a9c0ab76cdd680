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
        WritePerOption(destination, result, option => option.Flows.Select(SummaryRow.Create));

    public static void WriteLinks(Stream destination, ScenarioResult result) =>
        WritePerOption(destination, result, option => option.Links.Select(LinkRow.Create));

    public static void WriteTimeSeries(Stream destination, ScenarioResult result) =>
        WritePerOption(destination, result, option => option.TimeSeries.Select(TimeSeriesRow.Create));

    public static void WriteCost(Stream destination, ScenarioResult result) =>
        WritePerOption(destination, result, option => option.Cost.Select(CostRow.Create));

    public static void WriteHeadroom(Stream destination, ScenarioResult result) =>
        WritePerOption(destination, result, option => option.Headroom.Select(HeadroomRow.Create));

    public static void WriteSweep(Stream destination, ScenarioResult result) =>
        Write(destination,
            from point in result.Sweep
            from option in point.Options
            from flow in option.Flows
            select SweepRow.Create(point, option, flow));

    public static void WriteLatencyCdf(Stream destination, ScenarioResult result) =>
        WritePerOption(destination, result, option =>
            from distribution in option.LatencyDistributions
            from point in distribution.Points
            select new LatencyCdfRow(
                distribution.Option, distribution.Flow,
                CsvNumber.Finite(point.LatencyMs), CsvNumber.Finite(point.CumulativeProbability)));

    /// <summary>
    /// A run's rows, or for a sweep every point's rows led by the swept parameter, its value and the setting written
    /// into the scenario, so no row of a sweep can be read as the scenario's own.
    /// </summary>
    private static void WritePerOption<TRow>(Stream destination, ScenarioResult result, Func<OptionResult, IEnumerable<TRow>> rowsOf)
    {
        if (result.Sweep.Count == 0)
        {
            Write(destination, result.Options.SelectMany(rowsOf));
            return;
        }
        var recordWriter = CsvRecordWriter.Create<TRow>();
        using var writer = CsvWriter.Create(destination, Options, leaveOpen: true);
        writer.WriteField("sweep_parameter");
        writer.WriteField("sweep_value");
        writer.WriteField("sweep_setting");
        recordWriter.WriteHeader(writer);
        writer.EndRecord();
        foreach (var point in result.Sweep)
        {
            string value = CsvNumber.Text(point.Value);
            foreach (var row in point.Options.SelectMany(rowsOf))
            {
                writer.WriteField(point.Parameter);
                writer.WriteField(value);
                writer.WriteField(point.Setting);
                recordWriter.Write(writer, row!);
                writer.EndRecord();
            }
        }
        writer.Flush();
    }

    internal static void Write<TRow>(Stream destination, IEnumerable<TRow> rows)
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
