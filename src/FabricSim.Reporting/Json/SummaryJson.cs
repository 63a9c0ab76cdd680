using System.Text.Json;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Json;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>
/// summary.json: the per option × flow metrics with their confidence intervals and each option's monthly cost; for a
/// sweep, the same for every option at every point, and no top-level options. Written field by field so the order never changes; a value that is not a finite number
/// (a single replication has no interval) is written as null, which every JSON reader accepts.
/// </summary>
internal static class SummaryJson
{

    public static void Write(Stream destination, ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var json = new Utf8JsonWriter(destination, JsonFormat.Options);
        json.WriteStartObject();
        json.WriteString("scenario", result.ScenarioName);
        json.WriteNumber("seed", result.Seed);
        json.WriteNumber("replications", result.Replications);
        WriteNumber(json, "duration_s", result.DurationSeconds);
        WriteNumber(json, "warm_up_s", result.WarmUpSeconds);
        WriteArray(json, "options", result.Options, WriteOption);
        WriteArray(json, "sweep", result.Sweep, WriteSweepPoint);
        json.WriteEndObject();
    }

    private static void WriteOption(Utf8JsonWriter json, OptionResult option)
    {
        json.WriteStartObject();
        json.WriteString("name", option.Name);
        json.WriteString("description", option.Description);
        WriteNumber(json, "monthly_cost_usd", option.MonthlyCostUsd);
        WriteArray(json, "flows", option.Flows, WriteFlow);
        WriteArray(json, "links", option.Links, WriteLink);
        WriteArray(json, "cost", option.Cost, WriteCostLine);
        json.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            writeItem(json, item);
        }
        json.WriteEndArray();
    }

    private static void WriteFlow(Utf8JsonWriter json, FlowSummary flow)
    {
        json.WriteStartObject();
        json.WriteString("flow", flow.Flow);
        json.WriteString("source", flow.Source);
        json.WriteString("destination", flow.Destination);
        json.WriteString("traffic_class", flow.TrafficClass);
        json.WriteString("status", flow.Status);
        json.WriteNumber("packets_sent_all_replications", flow.PacketsSent);
        json.WriteNumber("packets_received_all_replications", flow.PacketsReceived);
        WriteEstimate(json, "throughput_bps", flow.ThroughputBitsPerSecond);
        WriteEstimate(json, "latency_mean_ms", flow.LatencyMeanMs);
        WriteEstimate(json, "latency_p50_ms", flow.LatencyP50Ms);
        WriteEstimate(json, "latency_p95_ms", flow.LatencyP95Ms);
        WriteEstimate(json, "latency_p99_ms", flow.LatencyP99Ms);
        WriteEstimate(json, "latency_max_ms", flow.LatencyMaxMs);
        WriteEstimate(json, "jitter_ms", flow.JitterMs);
        WriteEstimate(json, "loss_ratio", flow.LossRatio);
        WriteEstimate(json, "outage_s", flow.OutageSeconds);
        if (flow.TransferCompletionSeconds is { } completion)
        {
            WriteEstimate(json, "transfer_completion_s", completion);
        }
        foreach (var (name, estimate) in new[] { ("response_time_p50_ms", flow.ResponseTimeP50Ms), ("response_time_p95_ms", flow.ResponseTimeP95Ms),
                     ("response_time_p99_ms", flow.ResponseTimeP99Ms) })
        {
            if (estimate is not null)
            {
                WriteEstimate(json, name, estimate);
            }
        }
        json.WriteEndObject();
    }

    private static void WriteLink(Utf8JsonWriter json, LinkSummary link)
    {
        json.WriteStartObject();
        json.WriteString("link", link.Link);
        json.WriteString("from", link.From);
        json.WriteString("to", link.To);
        WriteNumber(json, "capacity_bps", link.CapacityBitsPerSecond);
        WriteEstimate(json, "utilization", link.Utilization);
        WriteEstimate(json, "mean_queue_packets", link.MeanQueuePackets);
        WriteEstimate(json, "drop_ratio", link.DropRatio);
        json.WriteNumber("packets_forwarded_all_replications", link.PacketsForwarded);
        json.WriteNumber("packets_dropped_all_replications", link.PacketsDropped);
        json.WriteEndObject();
    }

    private static void WriteCostLine(Utf8JsonWriter json, CostLine line)
    {
        json.WriteStartObject();
        json.WriteString("category", line.Category);
        json.WriteString("item", line.Item);
        WriteNumber(json, "quantity", line.Quantity);
        json.WriteString("unit", line.Unit);
        WriteNumber(json, "unit_price_usd", line.UnitPriceUsd);
        WriteNumber(json, "monthly_usd", line.MonthlyUsd);
        json.WriteString("source", line.Source);
        json.WriteEndObject();
    }

    private static void WriteSweepPoint(Utf8JsonWriter json, SweepPoint point)
    {
        json.WriteStartObject();
        json.WriteString("parameter", point.Parameter);
        WriteNumber(json, "value", point.Value);
        json.WriteString("setting", point.Setting);
        json.WriteString("value_kind", point.Kind.ToString().ToLowerInvariant());
        WriteArray(json, "options", point.Options, WriteOption);
        json.WriteEndObject();
    }

    private static void WriteEstimate(Utf8JsonWriter json, string name, Estimate estimate)
    {
        json.WriteStartObject(name);
        WriteNumber(json, "mean", estimate.Mean);
        WriteNumber(json, "ci_low", estimate.Lower);
        WriteNumber(json, "ci_high", estimate.Upper);
        WriteNumber(json, "level", estimate.Level);
        json.WriteNumber("replications", estimate.Replications);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double value) => JsonFormat.Number(json, name, value);
}
