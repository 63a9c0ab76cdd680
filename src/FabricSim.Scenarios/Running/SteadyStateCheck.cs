using System.Globalization;
using FabricSim.Network.Building;
using FabricSim.Network.Metrics;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Running;

/// <summary>
/// Whether a TCP bulk transfer's throughput had settled in the measured window. A TCP window leaves slow start far
/// above its long-run size and falls only loss event by loss event: on a long, lightly lossy path that takes tens of
/// seconds, so a short window reports a rate well above the long run (long-haul-replication's VPN: 21 Mbit/s over
/// 10 s, 6 over 400 s). MSER-5 (White, "An effective truncation heuristic for bias reduction in simulation output",
/// Simulation 69(6), 1997; White, Cobb and Spratt, WSC 2000) finds the start of the window whose removal makes the
/// rest's mean most precise: when it removes anything and the rest's mean differs materially from the window's,
/// the window still held the start-up. MSER looks at the level of the series, not at its swings, so a regular
/// congestion-avoidance cycle is not mistaken for a trend.
/// </summary>
internal static class SteadyStateCheck
{
    /// <summary>Samples per batch: MSER-5, the heuristic's usual form.</summary>
    internal const int BatchSize = 5;

    /// <summary>Fewer batches than this in the window and the test cannot tell a start-up from noise.</summary>
    internal const int MinimumBatches = 10;

    /// <summary>A start-up that moves the window's mean by less than this share of the settled mean is left unsaid.</summary>
    internal const double MaterialShare = 0.10;

    /// <summary>
    /// Batches a start-up must span to be one: a single high or low batch at the window's start is one swing of a
    /// congestion-window cycle (or of a loss-recovery episode) as likely as a start-up, and no longer warm-up removes it.
    /// </summary>
    internal const int MinimumStartUpBatches = 2;

    /// <param name="Samples">Samples at the window's start that MSER-5 truncates (a multiple of the batch size).</param>
    /// <param name="WindowMean">Mean over the whole window, as the run reports it.</param>
    /// <param name="SettledMean">Mean over the samples after the truncation.</param>
    internal readonly record struct Truncation(int Samples, double WindowMean, double SettledMean)
    {
        /// <summary>A start-up above the rest, long enough and large enough to matter: slow start's aftermath.</summary>
        public bool IsMaterial => Samples >= MinimumStartUpBatches * BatchSize && WindowMean - SettledMean > MaterialShare * Math.Abs(SettledMean);
    }

    /// <summary>
    /// MSER-5 over evenly spaced samples: batch means of five (the oldest leftover samples dropped), then the
    /// truncation d ≤ half the batches that minimises the rest's variance divided by its count squared. Null when
    /// the series is too short to tell.
    /// </summary>
    internal static Truncation? Mser(IReadOnlyList<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        int batches = samples.Count / BatchSize;
        if (batches < MinimumBatches)
        {
            return null;
        }
        int offset = samples.Count - batches * BatchSize;
        var means = new double[batches];
        for (int b = 0; b < batches; b++)
        {
            double sum = 0;
            for (int i = 0; i < BatchSize; i++)
            {
                sum += samples[offset + b * BatchSize + i];
            }
            means[b] = sum / BatchSize;
        }

        // Suffix sums make each candidate truncation O(1).
        var tailSum = new double[batches + 1];
        var tailSquares = new double[batches + 1];
        for (int b = batches - 1; b >= 0; b--)
        {
            tailSum[b] = tailSum[b + 1] + means[b];
            tailSquares[b] = tailSquares[b + 1] + means[b] * means[b];
        }
        int best = 0;
        double bestStatistic = double.PositiveInfinity;
        for (int d = 0; d <= batches / 2; d++)
        {
            int n = batches - d;
            double mean = tailSum[d] / n;
            double spread = Math.Max(0, tailSquares[d] / n - mean * mean);
            double statistic = spread / n;
            // Ties keep the smaller truncation: a flat series needs none.
            if (statistic < bestStatistic * (1 - 1e-12))
            {
                best = d;
                bestStatistic = statistic;
            }
        }
        return new Truncation(best * BatchSize, tailSum[0] / batches, tailSum[best] / (batches - best));
    }

    /// <summary>
    /// For every TCP bulk demand of one option: its throughput series over the measured window (its flows added up),
    /// averaged over the replications for MSER-5; where that finds a material start-up and the replications agree on
    /// it (<see cref="ReplicationsAgree"/>), a caveat with the warm-up that would have left it out. Nothing for a
    /// flow-level evaluation, which has no series.
    /// </summary>
    internal static IEnumerable<string> Caveats(Scenario scenario, IReadOnlyList<ReplicationRun> replications)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(replications);
        if (replications.Count == 0)
        {
            yield break;
        }
        var bulk = scenario.Traffic.Where(d => d.Type == TrafficType.TcpBulk).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        double warmUp = scenario.Run.WarmUp.TotalSeconds;
        foreach (var demand in replications[0].DemandFlows.Where(d => bulk.Contains(d.Demand)))
        {
            if (WindowSeries(demand, replications, warmUp) is not { } series)
            {
                continue;
            }
            var average = new double[series.Times.Length];
            foreach (var values in series.PerReplication)
            {
                for (int i = 0; i < average.Length; i++)
                {
                    average[i] += values[i] / series.PerReplication.Count;
                }
            }
            if (Mser(average) is { IsMaterial: true } truncation && ReplicationsAgree(series.PerReplication, truncation))
            {
                yield return Describe(scenario.Run, demand.ReportedName, truncation, series.Times);
            }
        }
    }

    /// <summary>
    /// MSER picks its truncation on the average, so on a noisy, slowly varying series it finds a "start-up" now and
    /// then (SteadyStateCheckTests measures how often). A real start-up is the same in every replication, which all
    /// start alike, whereas noise is independent between them: per replication, the truncated samples' mean less the
    /// rest's, and a one-sided paired t-test at 95 % across the replications (the differences' mean against t·s/√R).
    /// One-sided because the start-up looked for has a known sign: slow start leaves the window above its long-run
    /// size. With one replication there is nothing to test against and MSER stands alone; identical replications
    /// (a path without a random element) differ by exactly what MSER found.
    /// </summary>
    internal static bool ReplicationsAgree(IReadOnlyList<double[]> replications, Truncation truncation)
    {
        ArgumentNullException.ThrowIfNull(replications);
        int count = replications.Count;
        if (count < 2)
        {
            return true;
        }
        var differences = new double[count];
        for (int r = 0; r < count; r++)
        {
            var values = replications[r];
            int offset = values.Length % BatchSize;
            int cut = offset + truncation.Samples;
            double head = 0, tail = 0;
            for (int i = offset; i < cut; i++)
            {
                head += values[i];
            }
            for (int i = cut; i < values.Length; i++)
            {
                tail += values[i];
            }
            differences[r] = head / truncation.Samples - tail / (values.Length - cut);
        }
        double mean = differences.Average();
        double spread = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (count - 1));
        double t = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, count - 1, 0.95);
        return mean > t * spread / Math.Sqrt(count);
    }

    private static (double[] Times, List<double[]> PerReplication)? WindowSeries(DemandFlows demand, IReadOnlyList<ReplicationRun> replications, double warmUp)
    {
        double[]? times = null;
        var perReplication = new List<double[]>(replications.Count);
        foreach (var replication in replications)
        {
            double[]? values = null;
            foreach (var series in replication.Outcome.Measurements.Series)
            {
                if (series.Metric != "throughput_bps" || !demand.FlowNames.Contains(series.Series, StringComparer.Ordinal))
                {
                    continue;
                }
                // A sample covers the interval that ends at its time: those ending after the warm-up are measured.
                var points = series.Points().Where(p => p.TimeSeconds > warmUp + 1e-9).ToArray();
                times ??= [.. points.Select(p => p.TimeSeconds)];
                values ??= new double[points.Length];
                if (points.Length != values.Length || points.Length != times.Length)
                {
                    // Replications and flows sample alike; a series that does not is not added up with guesses.
                    return null;
                }
                for (int i = 0; i < points.Length; i++)
                {
                    values[i] += points[i].Value;
                }
            }
            if (values is null)
            {
                return null;
            }
            perReplication.Add(values);
        }
        return times is null ? null : (times, perReplication);
    }

    private static string Describe(RunSettings run, string flow, Truncation truncation, double[] times)
    {
        int offset = times.Length % BatchSize;
        double startUp = times[offset + truncation.Samples - 1] - run.WarmUp.TotalSeconds;
        // MSER's truncation is a lower bound on the start-up's length: the suggestion doubles it, rounded up.
        double warmUp = Math.Ceiling(run.WarmUp.TotalSeconds + 2 * startUp);
        double duration = Math.Ceiling(run.Duration.TotalSeconds + (warmUp - run.WarmUp.TotalSeconds));
        return string.Create(CultureInfo.InvariantCulture,
            $"TCP flow '{flow}' was still in its start-up in the measured window: its first {startUp:0.#} s ran above the rest (window {truncation.WindowMean / 1e6:0.##} Mbit/s, the rest {truncation.SettledMean / 1e6:0.##} Mbit/s, MSER-5), so its throughput is biased above the long run; a TCP window falls from its slow-start peak only loss event by loss event. Fix: set run.warmup to at least {warmUp:0} s and run.duration to at least {duration:0} s.");
    }
}
