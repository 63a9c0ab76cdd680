using System.Text.Json.Serialization;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Reporting.Parquet;

/// <summary>One row of a resilience study's runs.parquet: one work unit (option × failure set) × one flow.</summary>
internal sealed class ResilienceRunRow
{
    [JsonPropertyName("unit")] public int Unit { get; set; }
    [JsonPropertyName("option")] public string Option { get; set; } = "";
    [JsonPropertyName("failure_set")] public string FailureSet { get; set; } = "";
    [JsonPropertyName("reason")] public string Reason { get; set; } = "";
    [JsonPropertyName("elements")] public string Elements { get; set; } = "";
    [JsonPropertyName("probability")] public double Probability { get; set; }
    [JsonPropertyName("flow")] public string Flow { get; set; } = "";
    [JsonPropertyName("reachable")] public bool Reachable { get; set; }
    [JsonPropertyName("lost")] public bool Lost { get; set; }
    [JsonPropertyName("path")] public string Path { get; set; } = "";
    [JsonPropertyName("offered_bps")] public double OfferedBps { get; set; }
    [JsonPropertyName("shortfall_bps")] public double ShortfallBps { get; set; }
    [JsonPropertyName("latency_change_ms")] public double? LatencyChangeMs { get; set; }
    [JsonPropertyName("outage_ms")] public double? OutageMs { get; set; }

    public static IEnumerable<ResilienceRunRow> Of(ResilienceResult result) =>
        result.Options.SelectMany(option => option.Sets.SelectMany(set => set.Flows.Select(flow => new ResilienceRunRow
        {
            Unit = set.Unit,
            Option = option.Option,
            FailureSet = set.Name,
            Reason = set.Reason,
            Elements = string.Join(" + ", set.Elements),
            Probability = set.Probability,
            Flow = flow.Flow,
            Reachable = flow.Reachable,
            Lost = flow.Lost,
            Path = flow.Path,
            OfferedBps = flow.OfferedBitsPerSecond,
            ShortfallBps = flow.ShortfallBitsPerSecond,
            LatencyChangeMs = flow.LatencyChange is { } change ? change.Nanoseconds / 1e6 : null,
            OutageMs = flow.Outage is { } outage ? outage.Nanoseconds / 1e6 : null,
        })));
}
