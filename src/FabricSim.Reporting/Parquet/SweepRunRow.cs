using System.Text.Json.Serialization;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Parquet;

/// <summary>One row of a sweep's runs.parquet: one work unit (point × option × replication) × one reported flow.</summary>
internal sealed class SweepRunRow
{
    [JsonPropertyName("unit")] public int Unit { get; set; }
    [JsonPropertyName("point")] public int Point { get; set; }
    [JsonPropertyName("parameter")] public string Parameter { get; set; } = "";
    [JsonPropertyName("setting")] public string Setting { get; set; } = "";
    [JsonPropertyName("value")] public double Value { get; set; }
    [JsonPropertyName("option")] public string Option { get; set; } = "";
    [JsonPropertyName("replication")] public int Replication { get; set; }
    [JsonPropertyName("flow")] public string Flow { get; set; } = "";
    [JsonPropertyName("source")] public string Source { get; set; } = "";
    [JsonPropertyName("destination")] public string Destination { get; set; } = "";
    [JsonPropertyName("traffic_class")] public string TrafficClass { get; set; } = "";
    [JsonPropertyName("packets_sent")] public long PacketsSent { get; set; }
    [JsonPropertyName("packets_received")] public long PacketsReceived { get; set; }
    [JsonPropertyName("packets_dropped")] public long PacketsDropped { get; set; }
    [JsonPropertyName("throughput_bps")] public double ThroughputBps { get; set; }
    [JsonPropertyName("delay_mean_ms")] public double DelayMeanMs { get; set; }
    [JsonPropertyName("delay_p50_ms")] public double DelayP50Ms { get; set; }
    [JsonPropertyName("delay_p95_ms")] public double DelayP95Ms { get; set; }
    [JsonPropertyName("delay_p99_ms")] public double DelayP99Ms { get; set; }
    [JsonPropertyName("delay_max_ms")] public double DelayMaxMs { get; set; }
    [JsonPropertyName("jitter_ms")] public double JitterMs { get; set; }
    [JsonPropertyName("loss_ratio")] public double LossRatio { get; set; }
    [JsonPropertyName("outage_s")] public double OutageS { get; set; }
    [JsonPropertyName("completion_s")] public double? CompletionS { get; set; }

    public static IEnumerable<SweepRunRow> Of(ScenarioResult result) =>
        result.Sweep.SelectMany((point, p) => point.Options.SelectMany(option => option.Runs).Select(run => new SweepRunRow
        {
            Unit = run.Unit,
            Point = p,
            Parameter = point.Parameter,
            Setting = point.Setting,
            Value = point.Value,
            Option = run.Option,
            Replication = run.Replication,
            Flow = run.Flow,
            Source = run.Source,
            Destination = run.Destination,
            TrafficClass = run.TrafficClass,
            PacketsSent = run.PacketsSent,
            PacketsReceived = run.PacketsReceived,
            PacketsDropped = run.PacketsDropped,
            ThroughputBps = run.ThroughputBitsPerSecond,
            DelayMeanMs = run.DelayMeanMs,
            DelayP50Ms = run.DelayP50Ms,
            DelayP95Ms = run.DelayP95Ms,
            DelayP99Ms = run.DelayP99Ms,
            DelayMaxMs = run.DelayMaxMs,
            JitterMs = run.JitterMs,
            LossRatio = run.LossRatio,
            OutageS = run.OutageSeconds,
            CompletionS = run.CompletionSeconds,
        })).OrderBy(row => row.Unit);
}
