using FabricSim.Scenarios.Results;

namespace FabricSim.Cli.Seam;

/// <summary>
/// Everything the command line needs from the scenario and simulation layers, kept narrow so the command
/// line can be exercised without simulating anything.
/// </summary>
/// <remarks>
/// Bad input (a scenario that does not load or validate) is reported by <see cref="Validate"/> as errors, or by
/// the other methods as a <see cref="ScenarioInputException"/>; any other exception is an internal error.
/// </remarks>
internal interface IScenarioService
{
    /// <summary>Loads and checks a scenario file without simulating it.</summary>
    ScenarioValidation Validate(string scenarioPath);

    /// <summary>Simulates every option of the scenario, with replications, and returns the results.</summary>
    ScenarioResult Run(string scenarioPath, RunOverrides overrides, IProgress<RunProgress> progress, CancellationToken cancellationToken);

    /// <summary>Simulates the scenario at every point of its sweep axes; the result's Sweep holds the curves.</summary>
    ScenarioResult Sweep(string scenarioPath, RunOverrides overrides, IProgress<RunProgress> progress, CancellationToken cancellationToken);

    /// <summary>The JSON Schema of scenario files, for editor validation.</summary>
    string Schema();

    /// <summary>The catalog of points of presence, as text for the console.</summary>
    string CatalogPops();

    /// <summary>The catalog of list prices with their sources, as text for the console.</summary>
    string CatalogPrices();
}
