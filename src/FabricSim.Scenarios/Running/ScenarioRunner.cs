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
    public static ScenarioResult Run(Scenario scenario, RunOptions options) => RunAll(RunStudy.ForRun(scenario, options), options);

    public static ScenarioResult Sweep(Scenario scenario, RunOptions options) => RunAll(RunStudy.ForSweep(scenario, options), options);

    /// <summary>Every cell in this process, then the same aggregation a merge of shards ends in.</summary>
    private static ScenarioResult RunAll(RunStudy study, RunOptions options)
    {
        var runs = study.ExecuteAll([.. Enumerable.Range(0, study.Cells.Count)], options);
        return study.Aggregate([.. runs.Select(run => run!)]);
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
