using System.Text.Json;
using System.Text.Json.Serialization;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Metrics;
using FabricSim.Scenarios.Resilience;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Shards;

/// <summary>
/// The raw result of each unit as JSON, lossless for everything the aggregation reads: numbers are written in their
/// shortest round-trip form (NaN and infinities by name), latency histograms as their non-empty buckets with the
/// exact count, extremes and sum, so merged histograms equal the single process's bucket for bucket.
/// </summary>
internal static class UnitResultsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new HistogramConverter(), new SeriesConverter(), new SimTimeConverter() },
        WriteIndented = false,
    };

    /// <summary>One unit's raw result: a simulated replication or a failure set's outcome.</summary>
    internal sealed record UnitResult(int Id, ReplicationRun? Run, FailureSetOutcome? FailureSet);

    internal sealed record UnitResults(IReadOnlyList<UnitResult> Units);

    public static byte[] Write(IReadOnlyList<UnitResult> units) => JsonSerializer.SerializeToUtf8Bytes(new UnitResults(units), Options);

    public static IReadOnlyList<UnitResult> Read(Stream json) =>
        JsonSerializer.Deserialize<UnitResults>(json, Options)?.Units ?? throw new JsonException("the units file is empty");

    private sealed class HistogramConverter : JsonConverter<LatencyHistogram>
    {
        public override LatencyHistogram Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var stored = JsonSerializer.Deserialize<StoredHistogram>(ref reader, options) ?? throw new JsonException("a histogram is null");
            long[] counts = new long[stored.Buckets.Count == 0 ? 0 : stored.Buckets[^1][0] + 1];
            foreach (long[] bucket in stored.Buckets)
            {
                counts[bucket[0]] = bucket[1];
            }
            return LatencyHistogram.FromState(new LatencyHistogramState(counts, stored.Count, stored.Min, stored.Max, stored.Sum));
        }

        public override void Write(Utf8JsonWriter writer, LatencyHistogram value, JsonSerializerOptions options)
        {
            var state = value.State();
            var buckets = new List<long[]>();
            for (int i = 0; i < state.Counts.Length; i++)
            {
                if (state.Counts[i] != 0)
                {
                    buckets.Add([i, state.Counts[i]]);
                }
            }
            JsonSerializer.Serialize(writer, new StoredHistogram(state.Count, state.Min, state.Max, state.Sum, buckets), options);
        }

        /// <param name="Buckets">[index, count] of each non-empty bucket, in increasing index.</param>
        private sealed record StoredHistogram(long Count, long Min, long Max, double Sum, IReadOnlyList<long[]> Buckets);
    }

    private sealed class SeriesConverter : JsonConverter<TimeSeries>
    {
        public override TimeSeries Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var stored = JsonSerializer.Deserialize<StoredSeries>(ref reader, options) ?? throw new JsonException("a series is null");
            return TimeSeries.FromPoints(stored.Series, stored.Metric, [.. stored.Points.Select(p => (p[0], p[1]))], stored.Stride);
        }

        public override void Write(Utf8JsonWriter writer, TimeSeries value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new StoredSeries(value.Series, value.Metric, value.Stride, [.. value.Points().Select(p => new[] { p.TimeSeconds, p.Value })]), options);

        private sealed record StoredSeries(string Series, string Metric, int Stride, IReadOnlyList<double[]> Points);
    }

    private sealed class SimTimeConverter : JsonConverter<SimTime>
    {
        public override SimTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, SimTime value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Nanoseconds);
    }
}
