using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Shards;

/// <summary>
/// What the command line asked for, enough to plan the same study again in another process: the scenario file (its
/// path, which error messages and the report name), the run settings given outside the file, the fidelity and, for a
/// resilience study, the failure order.
/// </summary>
public sealed record StudyRequest(StudyKind Kind, string ScenarioFile, IReadOnlyList<RunOverride> Overrides, Fidelity Fidelity = Fidelity.Auto, int? Order = null)
{
    /// <summary>Loads the scenario from <paramref name="scenarioText"/> (the file's text) and expands it into units.</summary>
    public WorkPlan Plan(string scenarioText, RunOptions? options = null, CancellationToken cancellation = default)
    {
        var scenario = ScenarioLoader.LoadText(scenarioText, ScenarioFile, Catalogs.Catalog.Default, Overrides);
        return Kind == StudyKind.Resilience
            ? WorkPlan.ForResilience(scenario, Order, cancellation)
            : WorkPlan.ForSimulation(scenario, Kind, (options ?? new RunOptions()) with { Fidelity = Fidelity });
    }
}
