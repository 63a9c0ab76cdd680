using FabricSim.Engine.Statistics;
using FabricSim.Network.Building;
using FabricSim.Network.Metrics;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Cost;
using FabricSim.Scenarios.Decision;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Reachability;
using FabricSim.Scenarios.Results;

namespace FabricSim.Scenarios.Running;

// FabricSim.Estimate (the flow-level model) is a namespace too; here Estimate is the result type.
using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>
/// Condenses the replications of one option into result records: each metric is computed per replication and
/// then estimated across replications; latency distributions pool every replication's histogram.
/// </summary>
internal static class ResultAggregator
{
    private static readonly double[] CdfProbabilities = BuildCdfProbabilities();

    /// <param name="model">The outcome is the flow-level model's: its figures carry no confidence interval.</param>
    public static OptionResult Aggregate(Scenario scenario, DesignOption option, IReadOnlyList<DemandFlows> demandFlows,
        IReadOnlyList<ReplicationOutcome> replications, bool model = false, int firstUnit = 0)
    {
        var flows = new List<FlowSummary>();
        var runs = new List<RunRecord>();
        var distributions = new List<LatencyDistribution>();
        var policy = new PolicyReachability(scenario.Sites, scenario.Clouds, option, scenario.Catalog.Products, scenario.Traffic);
        // Looked up by name, not searched: a planner's fabric has thousands of demands and flows.
        var demands = FirstByName(scenario.Traffic, d => d.Name);
        var groups = FirstByName(demandFlows, g => g.ReportedName);
        var measured = replications.Select(r => FirstByName(r.Measurements.Flows, f => f.Flow)).ToList();
        foreach (var group in demandFlows)
        {
            var perReplication = replications.Select((r, i) => Combine(group, r, measured[i])).ToList();
            runs.AddRange(perReplication.Select((combined, r) => Record(firstUnit + r, r, option.Name, group, combined)));
            var summary = Summarize(option.Name, group, perReplication);
            summary = model ? ModelFigures.Of(summary) : summary;
            flows.Add(policy.Check(demands[group.Demand]).Unreachable
                ? summary with { Unreachable = true, OutageSeconds = EstimateBuilder.From([]) }
                : summary);
            var pooled = new LatencyHistogram();
            foreach (var combined in perReplication)
            {
                pooled.Merge(combined.Delay);
            }
            distributions.Add(new LatencyDistribution(option.Name, group.ReportedName, Cdf(pooled)));
        }
        // Only a demand that declares no mean rate is billed at what the simulation carried, from its source onwards:
        // what came back (responses, acknowledgements) is billed in its own direction.
        var carriedRates = flows
            .Select(f => (Flow: f, Group: groups[f.Flow]))
            .Where(x => demands[x.Group.Demand].From == x.Group.Source)
            .Select(x => x.Flow)
            .GroupBy(f => groups[f.Flow].Demand)
            .ToDictionary(g => g.Key, g => new DataRate((long)Math.Round(Math.Max(0, g.Sum(f => f.ThroughputBitsPerSecond.Mean)))), StringComparer.Ordinal);
        var monthlyRates = MonthlyDemand.Rates(scenario, carriedRates);
        var result = new OptionResult(
            option.Name,
            option.Description,
            flows,
            model ? [.. Links(option.Name, replications).Select(ModelFigures.Of)] : Links(option.Name, replications),
            distributions,
            TimeSeries(option.Name, demandFlows, replications[0].Measurements),
            CostModel.Monthly(scenario, option, monthlyRates),
            replications[0].LookingGlass);
        return result with
        {
            Runs = [.. runs.OrderBy(run => run.Unit)],
            Headroom = HeadroomAnalysis.For(option, result, scenario.Requirements, scenario.Catalog.Products, scenario.Run.WarmUp.TotalSeconds,
                CostModel.ResizedTotals(scenario, option, monthlyRates)),
        };
    }

    /// <summary>One replication's view of a reported flow: its simulated flows added together.</summary>
    /// <param name="Completion">A finite transfer's completion: the last of its copies to finish (NaN if one had not); null otherwise.</param>
    /// <param name="ResponseTime">Request-to-response times of an exchange's copies pooled; null for a flow that answers nothing.</param>
    /// <param name="Loss">Lost among packets decided; for a request/response flow, among its messages, any of whose segments lost loses it.</param>
    private sealed record Combined(long Sent, long Received, long Dropped, double Throughput, double Jitter, double Outage, LatencyHistogram Delay,
        double? Completion, LatencyHistogram? ResponseTime, double Loss);

    /// <summary>The first item of each name, as a search in order would find it.</summary>
    private static Dictionary<string, T> FirstByName<T>(IEnumerable<T> items, Func<T, string> name)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byName.TryAdd(name(item), item);
        }
        return byName;
    }

    private static Combined Combine(DemandFlows group, ReplicationOutcome outcome, Dictionary<string, FlowMeasurement> measured)
    {
        long sent = 0, received = 0, dropped = 0;
        double throughput = 0, jitterWeighted = 0, outage = 0;
        double? completion = null;
        var delay = new LatencyHistogram();
        LatencyHistogram? responseTime = null;
        MessageCounts? messages = null;
        foreach (string name in group.FlowNames)
        {
            FlowMeasurement flow = measured[name];
            sent += flow.PacketsSent;
            received += flow.PacketsReceived;
            dropped += flow.PacketsDropped;
            throughput += flow.ThroughputBitsPerSecond;
            jitterWeighted += flow.JitterMs * flow.PacketsReceived;
            outage = Math.Max(outage, outcome.OutageSeconds.GetValueOrDefault(name));
            delay.Merge(flow.DelayHistogram);
            if (flow.ResponseTime is { } answered)
            {
                (responseTime ??= new LatencyHistogram()).Merge(answered);
            }
            if (flow.Messages is { } counted)
            {
                messages = messages is null ? counted
                    : new MessageCounts(messages.Sent + counted.Sent, messages.Completed + counted.Completed, messages.Lost + counted.Lost);
            }
            if (flow.CompletionSeconds is { } finished)
            {
                completion = completion is { } sofar ? (double.IsNaN(finished) ? finished : Math.Max(sofar, finished)) : finished;
            }
        }
        double jitter = received == 0 ? double.NaN : jitterWeighted / received;
        double loss = messages?.LossRatio ?? (received + dropped == 0 ? double.NaN : dropped / (double)(received + dropped));
        return new Combined(sent, received, dropped, throughput, jitter, outage, delay, completion, responseTime, loss);
    }

    private static RunRecord Record(int unit, int replication, string option, DemandFlows group, Combined run)
    {
        static double Ms(double ns) => ns / 1e6;
        bool arrived = run.Delay.Count > 0;
        return new RunRecord(unit, replication, option, group.ReportedName, group.Source, group.Destination, group.TrafficClass,
            run.Sent, run.Received, run.Dropped, run.Throughput,
            arrived ? Ms(run.Delay.Mean) : double.NaN,
            arrived ? Ms(run.Delay.Quantile(0.50)) : double.NaN,
            arrived ? Ms(run.Delay.Quantile(0.95)) : double.NaN,
            arrived ? Ms(run.Delay.Quantile(0.99)) : double.NaN,
            arrived ? Ms(run.Delay.Max) : double.NaN,
            run.Jitter,
            run.Loss,
            run.Outage)
        {
            CompletionSeconds = run.Completion,
        };
    }

    private static FlowSummary Summarize(string option, DemandFlows group, IReadOnlyList<Combined> reps)
    {
        static double Ms(double ns) => ns / 1e6;
        static double Quantile(LatencyHistogram h, double q) => h.Count == 0 ? double.NaN : Ms(h.Quantile(q));
        return new FlowSummary(
            option, group.ReportedName, group.Source, group.Destination, group.TrafficClass,
            reps.Sum(r => r.Sent), reps.Sum(r => r.Received),
            EstimateBuilder.From(reps.Select(r => r.Throughput)),
            EstimateBuilder.From(reps.Select(r => r.Delay.Count == 0 ? double.NaN : Ms(r.Delay.Mean))),
            EstimateBuilder.FromHistogramQuantiles(reps.Select(r => Quantile(r.Delay, 0.50))),
            EstimateBuilder.FromHistogramQuantiles(reps.Select(r => Quantile(r.Delay, 0.95))),
            EstimateBuilder.FromHistogramQuantiles(reps.Select(r => Quantile(r.Delay, 0.99))),
            EstimateBuilder.From(reps.Select(r => r.Delay.Count == 0 ? double.NaN : Ms(r.Delay.Max))),
            EstimateBuilder.From(reps.Select(r => r.Jitter)),
            EstimateBuilder.FromRatios(reps.Select(r => r.Loss)),
            EstimateBuilder.From(reps.Select(r => r.Outage)))
        {
            TransferCompletionSeconds = reps.Any(r => r.Completion is not null)
                ? EstimateBuilder.From(reps.Select(r => r.Completion ?? double.NaN))
                : null,
            ResponseTimeP50Ms = ResponseQuantile(reps, 0.50),
            ResponseTimeP95Ms = ResponseQuantile(reps, 0.95),
            ResponseTimeP99Ms = ResponseQuantile(reps, 0.99),
        };
    }

    private static Estimate? ResponseQuantile(IReadOnlyList<Combined> reps, double q) =>
        reps.Any(r => r.ResponseTime is not null)
            ? EstimateBuilder.FromHistogramQuantiles(reps.Select(r =>
                r.ResponseTime is { Count: > 0 } h ? h.Quantile(q) / 1e6 : double.NaN))
            : null;

    /// <summary>Link directions that carried traffic in any replication; idle backbone spans would only clutter the report.</summary>
    private static List<LinkSummary> Links(string option, IReadOnlyList<ReplicationOutcome> replications)
    {
        var first = replications[0].Measurements.Links;
        var summaries = new List<LinkSummary>();
        for (int i = 0; i < first.Count; i++)
        {
            var perReplication = replications.Select(r => r.Measurements.Links[i]).ToList();
            if (perReplication.All(l => l.PacketsSent == 0 && l.QueueDrops == 0))
            {
                continue;
            }
            var link = first[i];
            summaries.Add(new LinkSummary(
                option, link.Link, link.From, link.To, link.CapacityBitsPerSecond,
                EstimateBuilder.From(perReplication.Select(l => l.Utilization)),
                EstimateBuilder.From(perReplication.Select(l => l.MeanQueuePackets)),
                EstimateBuilder.FromRatios(perReplication.Select(l => l.DropRatio)),
                perReplication.Sum(l => l.PacketsSent),
                perReplication.Sum(l => l.QueueDrops + l.LostToFailure))
            {
                Kind = link.Kind,
                OfferedBitsPerSecond = EstimateBuilder.From(perReplication.Select(l => l.OfferedBitsPerSecond)),
                CarriedBitsPerSecond = EstimateBuilder.From(perReplication.Select(l => l.CarriedBitsPerSecond)),
                DropsQueue = perReplication.Sum(l => l.DropsQueue),
                DropsPolicer = perReplication.Sum(l => l.DropsPolicer),
                DropsFailure = perReplication.Sum(l => l.LostToFailure),
            });
        }
        return summaries;
    }

    /// <summary>Replication 0's sampled series, for the flows of the demands and the links that carried traffic.</summary>
    private static List<TimeSeriesPoint> TimeSeries(string option, IReadOnlyList<DemandFlows> demandFlows, FabricMeasurements measurements)
    {
        var busyLinks = measurements.Links.Where(l => l.PacketsSent > 0).Select(l => $"{l.Link}:{l.From}>{l.To}").ToHashSet(StringComparer.Ordinal);
        var flowNames = demandFlows.SelectMany(g => g.FlowNames).ToHashSet(StringComparer.Ordinal);
        var points = new List<TimeSeriesPoint>();
        foreach (var series in measurements.Series)
        {
            if (!flowNames.Contains(series.Series) && !busyLinks.Contains(series.Series))
            {
                continue;
            }
            foreach (var (time, value) in series.Points())
            {
                points.Add(new TimeSeriesPoint(option, series.Series, series.Metric, time, value));
            }
        }
        return points;
    }

    private static List<CdfPoint> Cdf(LatencyHistogram histogram)
    {
        if (histogram.Count == 0)
        {
            return [];
        }
        var values = new double[CdfProbabilities.Length];
        histogram.Quantiles(CdfProbabilities, values);
        var points = new List<CdfPoint>(CdfProbabilities.Length);
        for (int k = 0; k < values.Length; k++)
        {
            points.Add(new CdfPoint(values[k] / 1e6, CdfProbabilities[k]));
        }
        return points;
    }

    /// <summary>Every percent, then the tail in finer steps, so p99.9 stays visible on a plot.</summary>
    private static double[] BuildCdfProbabilities()
    {
        var probabilities = Enumerable.Range(0, 100).Select(i => i / 100.0).ToList();
        probabilities.AddRange([0.995, 0.999, 0.9995, 0.9999, 1.0]);
        return [.. probabilities];
    }
}
