using FabricSim.Scenarios.Yaml;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;

namespace FabricSim.Cli.Service;

/// <summary>
/// Everything the command line needs from the scenario and simulation layers, kept narrow so the command
/// line can be exercised without simulating anything.
/// </summary>
/// <remarks>
/// Bad input (a scenario that does not load or validate, with the command line's run settings applied) is
/// reported by <see cref="Validate"/> as errors, or by the other methods as a <see cref="ScenarioValidationException"/>;
/// any other exception is an internal error.
/// </remarks>
internal interface IScenarioService
{
    /// <summary>Loads and checks a scenario file, with the command line's run settings in place of the file's, without simulating it.</summary>
    ScenarioValidation Validate(string scenarioPath, IReadOnlyList<RunOverride> overrides);

    /// <summary>Simulates every option of the scenario, with replications, and returns the results.</summary>
    ScenarioResult Run(string scenarioPath, IReadOnlyList<RunOverride> overrides, RunOptions options);

    /// <summary>Simulates the scenario at every point of its sweep axes; the result's Sweep holds the curves.</summary>
    ScenarioResult Sweep(string scenarioPath, IReadOnlyList<RunOverride> overrides, RunOptions options);

    /// <summary>
    /// Enumerates the scenario's failure sets per option (up to <paramref name="order"/>, else the file's) and what each
    /// does to every flow; samples <paramref name="monteCarloMonths"/> months of random failures and runs the
    /// <paramref name="worstSetsChecked"/> worst sets at packet level when they are above zero.
    /// </summary>
    Scenarios.Resilience.ResilienceResult Resilience(string scenarioPath, int? order, int monteCarloMonths, int worstSetsChecked, CancellationToken cancellation);

    /// <summary>Expands the study the request names into its numbered work units, without running any.</summary>
    Scenarios.Shards.WorkPlan Plan(Scenarios.Shards.StudyRequest request);

    /// <summary>Runs the units of one shard of the study and returns their raw results with the shard's manifest.</summary>
    Scenarios.Shards.PartialResult Shard(Scenarios.Shards.StudyRequest request, Scenarios.Shards.Shard shard, RunOptions options);

    /// <summary>Checks the shards' partial result folders belong together and cover every unit once, and merges them.</summary>
    Scenarios.Shards.MergedStudy Merge(IReadOnlyList<string> folders, CancellationToken cancellation);

    /// <summary>The JSON Schema of scenario files, for editor validation.</summary>
    string Schema();

    /// <summary>The catalog of points of presence, as text for the console.</summary>
    string CatalogPops();

    /// <summary>The catalog of list prices with their sources, as text for the console.</summary>
    string CatalogPrices();
}
