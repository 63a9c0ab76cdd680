using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Resilience;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Shards;

/// <summary>
/// A run, sweep or resilience study expanded into its numbered work units, with the hash that names the study: the
/// scenario text and every setting that changes a unit's result (seed, replications, duration, warm-up, fidelity,
/// failure order). Shards of one study carry the same hash; a changed scenario or setting gives another.
/// </summary>
public sealed class WorkPlan
{
    private WorkPlan(StudyKind kind, Scenario scenario, ulong seed, string hash, IReadOnlyList<WorkUnit> units)
    {
        Kind = kind;
        Scenario = scenario;
        Seed = seed;
        ScenarioHash = hash;
        Units = units;
    }

    public StudyKind Kind { get; }

    public Scenario Scenario { get; }

    /// <summary>The root seed; a simulated unit draws from the streams of (Seed, its replication).</summary>
    public ulong Seed { get; }

    /// <summary>SHA-256 (hex) of the scenario text and the settings that shape the units.</summary>
    public string ScenarioHash { get; }

    public IReadOnlyList<WorkUnit> Units { get; }

    /// <summary>How the study decided its fidelity (run and sweep), or "analytic" for a resilience study.</summary>
    public string Fidelity { get; private init; } = "";

    internal RunStudy? Simulated { get; private init; }

    internal ResilienceCells? Failures { get; private init; }

    /// <summary>The units of a run (options × replications) or of a sweep (points × options × replications).</summary>
    public static WorkPlan ForSimulation(Scenario scenario, StudyKind kind, RunOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        if (kind == StudyKind.Resilience)
        {
            throw new ArgumentException("A resilience study is planned with ForResilience.", nameof(kind));
        }
        var study = kind == StudyKind.Sweep ? RunStudy.ForSweep(scenario, options) : RunStudy.ForRun(scenario, options);
        var units = study.Cells.Select((cell, id) => new WorkUnit(id, cell.Point, cell.PointText, cell.Option, cell.OptionName, cell.Replication, "")).ToList();
        var settings = study.Settings;
        string shape = string.Create(CultureInfo.InvariantCulture,
            $"{kind}\nseed={settings.Seed}\nreplications={settings.Replications}\nduration={settings.Duration.Nanoseconds}\nwarm_up={settings.WarmUp.Nanoseconds}\nfidelity={study.Fidelity.Name}\n");
        return new WorkPlan(kind, scenario, settings.Seed, Hash(shape, scenario.SourceText), units)
        {
            Simulated = study,
            Fidelity = study.Fidelity.Name,
        };
    }

    /// <summary>The units of a resilience study: options × failure sets.</summary>
    public static WorkPlan ForResilience(Scenario scenario, int? order, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var cells = ResilienceStudy.Prepare(scenario, order, cancellation: cancellation);
        var units = cells.Cells.Select((cell, id) => new WorkUnit(id, 0, "", cell.Option, cells.OptionName(id), 0, cells.SetName(id))).ToList();
        string shape = string.Create(CultureInfo.InvariantCulture, $"{StudyKind.Resilience}\norder={cells.Order}\n");
        return new WorkPlan(StudyKind.Resilience, scenario, scenario.Run.Seed, Hash(shape, scenario.SourceText), units)
        {
            Failures = cells,
            Fidelity = "analytic",
        };
    }

    private static string Hash(string shape, string scenarioText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("fabricsim-plan/1\n" + shape + scenarioText)));
}
