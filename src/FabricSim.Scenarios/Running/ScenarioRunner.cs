using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Decision;
using FabricSim.Scenarios.Results;

namespace FabricSim.Scenarios.Running;

/// <summary>
/// Runs every (option, replication) pair of a scenario, in parallel up to the requested number of jobs, and
/// condenses them into a <see cref="ScenarioResult"/>. Each pair draws from streams seeded by (seed, replication)
/// only, so options see the same offered traffic (common random numbers) and results do not depend on scheduling.
/// </summary>
internal static class ScenarioRunner
{
    public static ScenarioResult Run(Scenario scenario, RunOptions options)
    {
        var settings = Effective(scenario.Run, options);
        var fidelity = FidelityChoice.Decide(scenario, settings, options.Fidelity);
        settings = ForFidelity(settings, fidelity);
        var caveats = new List<string>(fidelity.Caveats);
        var optionResults = RunOptions(scenario, settings, options, progressOffset: 0, progressTotal: null, point: "", fidelity, caveats);
        var result = Result(scenario, settings, optionResults, [], fidelity, caveats);
        return result with
        {
            Verdict = VerdictBuilder.Decide(scenario.Requirements, result, AvailabilityStudy(scenario)),
            ComparisonCaveats = [.. Validation.CapacityEquivalenceCheck.Warnings(scenario).Select(warning => warning.Message)],
        };
    }

    /// <summary>The resilience study behind availability requirements, when the scenario sets any; it simulates nothing and takes little time.</summary>
    private static Resilience.ResilienceResult? AvailabilityStudy(Scenario scenario) =>
        scenario.Requirements.Flows.Any(r => r.MinAvailability is not null) ? Resilience.ResilienceStudy.Run(scenario) : null;

    public static ScenarioResult Sweep(Scenario scenario, RunOptions options)
    {
        if (scenario.Sweep is null)
        {
            return Run(scenario, options);
        }
        var cases = Sweeps.SweepExpansion.Expand(scenario);
        var settings = Effective(scenario.Run, options);
        // One fidelity for the whole sweep, decided on its heaviest point, so its curves compare like with like.
        var heaviest = cases.OrderByDescending(c => FidelityChoice.PacketsToSimulate(c.Scenario, Effective(c.Scenario.Run, options))).FirstOrDefault();
        var fidelity = heaviest is null
            ? FidelityChoice.Decide(scenario, settings, options.Fidelity)
            : FidelityChoice.Decide(heaviest.Scenario, Effective(heaviest.Scenario.Run, options), options.Fidelity);
        settings = ForFidelity(settings, fidelity);
        var caveats = new List<string>(fidelity.Caveats);
        int perCase = scenario.Options.Count * settings.Replications;
        var points = new List<SweepPoint>(cases.Count);
        for (int i = 0; i < cases.Count; i++)
        {
            var sweepCase = cases[i];
            var caseSettings = ForFidelity(Effective(sweepCase.Scenario.Run, options), fidelity);
            var results = RunOptions(sweepCase.Scenario, caseSettings, options, i * perCase, cases.Count * perCase, $"{sweepCase.Parameter} = {sweepCase.Text}: ",
                fidelity, caveats);
            points.Add(new SweepPoint(sweepCase.Parameter, sweepCase.Value, sweepCase.Text, Sweeps.SweepExpansion.KindOf(scenario.Sweep, sweepCase.Text), results));
        }
        return Result(scenario, settings, [], points, fidelity, caveats);
    }

    /// <summary>The flow model is deterministic: one evaluation stands for every replication.</summary>
    private static RunSettings ForFidelity(RunSettings settings, FidelityChoice fidelity) =>
        fidelity.Used == Fidelity.Flow ? settings with { Replications = 1 } : settings;

    private static ScenarioResult Result(Scenario scenario, RunSettings settings, IReadOnlyList<OptionResult> options, IReadOnlyList<SweepPoint> sweep,
        FidelityChoice fidelity, IReadOnlyList<string> caveats) =>
        new(scenario.Name, scenario.SourceText, settings.Seed, settings.Replications, settings.Duration.TotalSeconds,
            settings.WarmUp.TotalSeconds, options, sweep)
        {
            UtilizationLimit = scenario.Requirements.UtilizationLimit,
            AnnualGrowth = scenario.Requirements.AnnualGrowth,
            Fidelity = fidelity.Name,
            FidelityReason = fidelity.Reason,
            FidelityCaveats = [.. caveats.Distinct(StringComparer.Ordinal)],
        };

    /// <param name="point">Names the sweep point in progress messages; empty for a run.</param>
    private static List<OptionResult> RunOptions(Scenario scenario, RunSettings settings, RunOptions options, int progressOffset, int? progressTotal, string point,
        FidelityChoice fidelity, List<string> caveats)
    {
        bool flow = fidelity.Used == Fidelity.Flow;
        var optionCaveats = new IReadOnlyList<string>[scenario.Options.Count];
        int replications = settings.Replications;
        var work = scenario.Options.SelectMany((option, o) => Enumerable.Range(0, replications).Select(r => (Option: o, Replication: r))).ToList();
        var outcomes = new ReplicationOutcome[work.Count];
        var demandFlows = new IReadOnlyList<DemandFlows>[scenario.Options.Count];
        var effective = scenario with { Run = settings };
        int completed = 0;
        int total = progressTotal ?? work.Count;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Jobs > 0 ? options.Jobs : Environment.ProcessorCount,
            CancellationToken = options.Cancellation,
        };
        try
        {
            Parallel.For(0, work.Count, parallel, index =>
            {
            var (o, r) = work[index];
            var option = effective.Options[o];
            var run = flow ? FlowRun.Execute(effective, option) : ReplicationRun.Execute(effective, option, settings.Seed, r, options.Cancellation);
            outcomes[index] = run.Outcome;
            demandFlows[o] = run.DemandFlows;
            optionCaveats[o] = run.Caveats;
            int done = Interlocked.Increment(ref completed);
            options.Progress?.Report(new RunProgress(progressOffset + done, total, $"{point}{option.Name} replication {r + 1}/{replications}"));
            });
        }
        catch (AggregateException parallelFailure) when (parallelFailure.InnerExceptions.Count > 0)
        {
            // Every replication fails alike on a modelling error; report the first rather than a wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(parallelFailure.InnerExceptions[0]).Throw();
            throw;
        }
        var results = new List<OptionResult>(scenario.Options.Count);
        for (int o = 0; o < scenario.Options.Count; o++)
        {
            var option = effective.Options[o];
            var mine = outcomes.Skip(o * replications).Take(replications).ToList();
            var aggregated = ResultAggregator.Aggregate(effective, option, demandFlows[o], mine, model: flow);
            caveats.AddRange(optionCaveats[o].Select(c => $"option '{option.Name}': {c}"));
            if (LateConvergence(settings, mine) is { } late)
            {
                caveats.Add($"option '{option.Name}': {late}");
            }
            results.Add(aggregated with { Topology = TopologyBuilder.Build(effective, option, aggregated.Links) });
        }
        return results;
    }

    /// <summary>
    /// Packet sources wait for their route until the end of the warm-up; one whose route came later lost what it sent
    /// in between for want of a route, an artefact of a network simulated from power-on that the converged network
    /// never shows. Says so, with the warm-up that avoids it (the latest route over all replications, rounded up).
    /// </summary>
    private static string? LateConvergence(RunSettings settings, IEnumerable<ReplicationOutcome> outcomes)
    {
        var latest = outcomes.Select(o => o.LateRouteAt).Where(t => t is not null).Select(t => t!.Value).DefaultIfEmpty(SimTime.Zero).Max();
        if (latest <= settings.WarmUp)
        {
            return null;
        }
        double suggested = Math.Ceiling(latest.TotalSeconds * 2 * 10) / 10;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"BGP gave some flows their route only {latest.TotalSeconds:0.###} s into the run, after the warm-up of {settings.WarmUp.TotalSeconds:0.###} s: their packets sent before then were lost for want of a route and count as loss. Fix: set run.warmup to at least {suggested:0.0#} s.");
    }

    /// <summary>The scenario's run settings with command-line overrides applied; a shorter duration scales the warm-up with it.</summary>
    internal static RunSettings Effective(RunSettings run, RunOptions options)
    {
        var settings = run with
        {
            Seed = options.Seed ?? run.Seed,
            Replications = options.Replications ?? run.Replications,
        };
        if (options.Duration is { } duration && duration != run.Duration)
        {
            long warmUp = (long)Math.Round((double)run.WarmUp.Nanoseconds * duration.Nanoseconds / run.Duration.Nanoseconds);
            settings = settings with { Duration = duration, WarmUp = new SimTime(warmUp) };
        }
        return settings;
    }
}
