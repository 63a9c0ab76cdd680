using FabricSim.Engine.Time;
using FabricSim.Scenarios.Decision;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;

namespace FabricSim.Scenarios.Running;

/// <summary>
/// A run or a sweep laid out as numbered cells (point, option, replication), each simulated on its own by
/// <see cref="Execute"/> and condensed together by <see cref="Aggregate"/>. The single-process path and a merge of
/// shards both end in <see cref="Aggregate"/> over the same cells' raw results, so they write the same report.
/// </summary>
internal sealed class RunStudy
{
    private readonly Scenario scenario;
    private readonly RunSettings settings;
    private readonly IReadOnlyList<StudyPoint> points;
    private readonly bool isSweep;

    /// <summary>A point's scenario with its effective run settings, and how progress messages name it.</summary>
    private sealed record StudyPoint(Scenario Scenario, string Label, Sweeps.SweepCase? Case);

    private RunStudy(Scenario scenario, RunSettings settings, FidelityChoice fidelity, IReadOnlyList<StudyPoint> points, bool isSweep)
    {
        this.scenario = scenario;
        this.settings = settings;
        Fidelity = fidelity;
        this.points = points;
        this.isSweep = isSweep;
        Cells = [.. points.SelectMany((point, p) => point.Scenario.Options.SelectMany((option, o) =>
            Enumerable.Range(0, point.Scenario.Run.Replications).Select(r => new StudyCell(p, point.Case?.Text ?? "", o, option.Name, r))))];
    }

    public FidelityChoice Fidelity { get; }

    /// <summary>The effective run settings: the file's, the command line's overrides, one replication at flow level.</summary>
    public RunSettings Settings => settings;

    public IReadOnlyList<StudyCell> Cells { get; }

    public static RunStudy ForRun(Scenario scenario, RunOptions options)
    {
        var settings = ScenarioRunner.Effective(scenario.Run, options);
        var fidelity = FidelityChoice.Decide(scenario, settings, options.Fidelity);
        settings = ForFidelity(settings, fidelity);
        return new RunStudy(scenario, settings, fidelity, [new StudyPoint(scenario with { Run = settings }, "", null)], isSweep: false);
    }

    public static RunStudy ForSweep(Scenario scenario, RunOptions options)
    {
        if (scenario.Sweep is null)
        {
            return ForRun(scenario, options);
        }
        var cases = Sweeps.SweepExpansion.Expand(scenario);
        var settings = ScenarioRunner.Effective(scenario.Run, options);
        // One fidelity for the whole sweep, decided on its heaviest point, so its curves compare like with like.
        var heaviest = cases.OrderByDescending(c => FidelityChoice.PacketsToSimulate(c.Scenario, ScenarioRunner.Effective(CaseRun(scenario, c), options))).FirstOrDefault();
        var fidelity = heaviest is null
            ? FidelityChoice.Decide(scenario, settings, options.Fidelity)
            : FidelityChoice.Decide(heaviest.Scenario, ScenarioRunner.Effective(CaseRun(scenario, heaviest), options), options.Fidelity);
        settings = ForFidelity(settings, fidelity);
        var points = cases.Select(c => new StudyPoint(c.Scenario with { Run = ForFidelity(ScenarioRunner.Effective(CaseRun(scenario, c), options), fidelity) },
            $"{c.Parameter} = {c.Text}: ", c)).ToList();
        return new RunStudy(scenario, settings, fidelity, points, isSweep: true);
    }

    /// <summary>
    /// A point is mapped again from the file's text, which does not hold the run settings given on the command line; they
    /// stay the loaded scenario's unless the sweep is over a run setting itself.
    /// </summary>
    private static RunSettings CaseRun(Scenario scenario, Sweeps.SweepCase sweepCase) =>
        scenario.Sweep!.Path.StartsWith("run.", StringComparison.Ordinal) ? sweepCase.Scenario.Run : scenario.Run;

    /// <summary>The flow model is deterministic: one evaluation stands for every replication.</summary>
    private static RunSettings ForFidelity(RunSettings settings, FidelityChoice fidelity) =>
        fidelity.Used == Running.Fidelity.Flow ? settings with { Replications = 1 } : settings;

    /// <summary>Simulates one cell; it draws from streams seeded by (seed, replication) only, wherever and whenever it runs.</summary>
    /// <param name="jobs">Threads the flow-level estimate may use for its paths; 0 for every core.</param>
    public ReplicationRun Execute(int cell, CancellationToken cancellation, int jobs = 0)
    {
        var (point, option) = Locate(Cells[cell]);
        return Fidelity.Used == Running.Fidelity.Flow
            ? FlowRun.Execute(point.Scenario, option, jobs)
            : ReplicationRun.Execute(point.Scenario, option, point.Scenario.Run.Seed, Cells[cell].Replication, cancellation);
    }

    /// <summary>How progress names a cell.</summary>
    public string Describe(int cell)
    {
        var (point, option) = Locate(Cells[cell]);
        return $"{point.Label}{option.Name} replication {Cells[cell].Replication + 1}/{point.Scenario.Run.Replications}";
    }

    private (StudyPoint Point, DesignOption Option) Locate(StudyCell cell) =>
        (points[cell.Point], points[cell.Point].Scenario.Options[cell.Option]);

    /// <summary>Runs the given cells, in parallel up to the requested jobs; the array holds each cell's result at its index, null for cells not run.</summary>
    public ReplicationRun?[] ExecuteAll(IReadOnlyList<int> cells, RunOptions options)
    {
        var runs = new ReplicationRun?[Cells.Count];
        int completed = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.Jobs > 0 ? options.Jobs : Environment.ProcessorCount,
            CancellationToken = options.Cancellation,
        };
        try
        {
            Parallel.For(0, cells.Count, parallel, index =>
            {
                int cell = cells[index];
                runs[cell] = Execute(cell, options.Cancellation, options.Jobs);
                int done = Interlocked.Increment(ref completed);
                options.Progress?.Report(new RunProgress(done, cells.Count, Describe(cell)));
            });
        }
        catch (AggregateException parallelFailure) when (parallelFailure.InnerExceptions.Count > 0)
        {
            // Every replication fails alike on a modelling error; report the first rather than a wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(parallelFailure.InnerExceptions[0]).Throw();
            throw;
        }
        return runs;
    }

    /// <summary>Condenses every cell's raw result (indexed as <see cref="Cells"/>) into the study's result.</summary>
    public ScenarioResult Aggregate(IReadOnlyList<ReplicationRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var caveats = new List<string>(Fidelity.Caveats);
        var results = new List<IReadOnlyList<OptionResult>>(points.Count);
        int first = 0;
        foreach (var point in points)
        {
            results.Add(AggregatePoint(point.Scenario, runs, first, caveats, Fidelity.Used == Running.Fidelity.Flow));
            first += point.Scenario.Options.Count * point.Scenario.Run.Replications;
        }
        if (!isSweep)
        {
            var result = Result(results[0], []);
            return result with
            {
                Verdict = VerdictBuilder.Decide(scenario.Requirements, result, AvailabilityStudy(scenario)),
                ComparisonCaveats = [.. Validation.CapacityEquivalenceCheck.Warnings(scenario).Select(warning => warning.Message)],
            };
        }
        var sweep = points.Select((point, p) => new SweepPoint(point.Case!.Parameter, point.Case.Value, point.Case.Text,
            Sweeps.SweepExpansion.KindOf(scenario.Sweep!, point.Case.Text), results[p])).ToList();
        return Result([], sweep);

        ScenarioResult Result(IReadOnlyList<OptionResult> options, IReadOnlyList<SweepPoint> sweepPoints) =>
            new(scenario.Name, scenario.SourceText, settings.Seed, settings.Replications, settings.Duration.TotalSeconds,
                settings.WarmUp.TotalSeconds, options, sweepPoints)
            {
                UtilizationLimit = scenario.Requirements.UtilizationLimit,
                AnnualGrowth = scenario.Requirements.AnnualGrowth,
                Fidelity = Fidelity.Name,
                FidelityReason = Fidelity.Reason,
                FidelityCaveats = [.. caveats.Distinct(StringComparer.Ordinal)],
            };
    }

    /// <summary>The resilience study behind availability requirements, when the scenario sets any; it simulates nothing and takes little time.</summary>
    private static Resilience.ResilienceResult? AvailabilityStudy(Scenario scenario) =>
        scenario.Requirements.Flows.Any(r => r.MinAvailability is not null) ? Resilience.ResilienceStudy.Run(scenario) : null;

    /// <summary>
    /// Packet sources wait for their route until the end of the warm-up; one whose route came later lost what it sent
    /// in between for want of a route, an artefact of a network simulated from power-on that the converged network
    /// never shows. Says so, with the warm-up that avoids it (the latest route over all replications, rounded up).
    /// </summary>
    private static string? LateConvergence(RunSettings settings, IEnumerable<ReplicationOutcome> outcomes)
    {
        var latest = outcomes.Select(o => o.LateRouteAt ?? SimTime.Zero).DefaultIfEmpty(SimTime.Zero).Max();
        if (latest <= settings.WarmUp)
        {
            return null;
        }
        double suggested = Math.Ceiling(latest.TotalSeconds * 2 * 10) / 10;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"BGP gave some flows their route only {latest.TotalSeconds:0.###} s into the run, after the warm-up of {settings.WarmUp.TotalSeconds:0.###} s: their packets sent before then were lost for want of a route and count as loss. Fix: set run.warmup to at least {suggested:0.0#} s.");
    }

    private static List<OptionResult> AggregatePoint(Scenario effective, IReadOnlyList<ReplicationRun> runs, int first, List<string> caveats, bool flow)
    {
        int replications = effective.Run.Replications;
        var results = new List<OptionResult>(effective.Options.Count);
        for (int o = 0; o < effective.Options.Count; o++)
        {
            var option = effective.Options[o];
            int start = first + o * replications;
            var mine = Enumerable.Range(start, replications).Select(i => runs[i]).ToList();
            var aggregated = ResultAggregator.Aggregate(effective, option, mine[0].DemandFlows, [.. mine.Select(r => r.Outcome)], model: flow, firstUnit: start);
            caveats.AddRange(mine[0].Caveats.Select(c => $"option '{option.Name}': {c}"));
            if (LateConvergence(effective.Run, mine.Select(r => r.Outcome)) is { } late)
            {
                caveats.Add($"option '{option.Name}': {late}");
            }
            caveats.AddRange(SteadyStateCheck.Caveats(effective, mine).Select(c => $"option '{option.Name}': {c}"));
            results.Add(aggregated with { Topology = TopologyBuilder.Build(effective, option, aggregated.Links) });
        }
        return results;
    }
}
