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
        var optionResults = RunOptions(scenario, settings, options, progressOffset: 0, progressTotal: null, point: "");
        var result = Result(scenario, settings, optionResults, []);
        return result with
        {
            Verdict = VerdictBuilder.Decide(scenario.Requirements, result),
            ComparisonCaveats = [.. Validation.CapacityEquivalenceCheck.Warnings(scenario).Select(warning => warning.Message)],
        };
    }

    public static ScenarioResult Sweep(Scenario scenario, RunOptions options)
    {
        if (scenario.Sweep is null)
        {
            return Run(scenario, options);
        }
        var cases = Sweeps.SweepExpansion.Expand(scenario);
        var settings = Effective(scenario.Run, options);
        int perCase = scenario.Options.Count * settings.Replications;
        var points = new List<SweepPoint>(cases.Count);
        for (int i = 0; i < cases.Count; i++)
        {
            var sweepCase = cases[i];
            var caseSettings = Effective(sweepCase.Scenario.Run, options);
            var results = RunOptions(sweepCase.Scenario, caseSettings, options, i * perCase, cases.Count * perCase, $"{sweepCase.Parameter} = {sweepCase.Text}: ");
            points.Add(new SweepPoint(sweepCase.Parameter, sweepCase.Value, sweepCase.Text, Sweeps.SweepExpansion.KindOf(scenario.Sweep, sweepCase.Text), results));
        }
        return Result(scenario, settings, [], points);
    }

    private static ScenarioResult Result(Scenario scenario, RunSettings settings, IReadOnlyList<OptionResult> options, IReadOnlyList<SweepPoint> sweep) =>
        new(scenario.Name, scenario.SourceText, settings.Seed, settings.Replications, settings.Duration.TotalSeconds,
            settings.WarmUp.TotalSeconds, options, sweep)
        {
            UtilizationLimit = scenario.Requirements.UtilizationLimit,
            AnnualGrowth = scenario.Requirements.AnnualGrowth,
        };

    /// <param name="point">Names the sweep point in progress messages; empty for a run.</param>
    private static List<OptionResult> RunOptions(Scenario scenario, RunSettings settings, RunOptions options, int progressOffset, int? progressTotal, string point)
    {
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
            var run = ReplicationRun.Execute(effective, option, settings.Seed, r, options.Cancellation);
            outcomes[index] = run.Outcome;
            demandFlows[o] = run.DemandFlows;
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
            var aggregated = ResultAggregator.Aggregate(effective, option, demandFlows[o], mine);
            results.Add(aggregated with { Topology = TopologyBuilder.Build(effective, option, aggregated.Links) });
        }
        return results;
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
