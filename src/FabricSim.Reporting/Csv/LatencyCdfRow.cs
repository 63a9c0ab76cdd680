using CsvHelper;

namespace FabricSim.Reporting.Csv;

/// <summary>One line of latency_cdf.csv: one point of a flow's empirical one-way latency CDF.</summary>
[CsvRecord]
internal sealed partial record LatencyCdfRow(
    [property: CsvColumn("option")] string Option,
    [property: CsvColumn("flow")] string Flow,
    [property: CsvColumn("latency_ms")] double? LatencyMs,
    [property: CsvColumn("cumulative_probability")] double? CumulativeProbability);
