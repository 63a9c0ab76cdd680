using Parquet.Serialization;
using FabricSim.Scenarios.Resilience;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Parquet;

/// <summary>
/// runs.parquet: a study's tidy table, one row per work unit × flow, for DuckDB, pandas or Polars when there are too
/// many runs for a spreadsheet. One row group; the bytes depend on the rows alone.
/// </summary>
internal static class RunsParquet
{
    public const string FileName = "runs.parquet";

    public static void Write(Stream destination, ScenarioResult result) => Write(destination, SweepRunRow.Of(result).ToList());

    public static void Write(Stream destination, ResilienceResult result) => Write(destination, ResilienceRunRow.Of(result).ToList());

    private static void Write<T>(Stream destination, List<T> rows)
        where T : new()
    {
        // A buffer first: the writer seeks, and a results file stream is written front to back once.
        using var buffer = new MemoryStream();
        ParquetSerializer.SerializeAsync(rows, buffer).GetAwaiter().GetResult();
        buffer.Position = 0;
        buffer.CopyTo(destination);
    }
}
