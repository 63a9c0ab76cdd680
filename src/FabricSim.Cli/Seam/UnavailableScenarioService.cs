using FabricSim.Scenarios.Results;

namespace FabricSim.Cli.Seam;

/// <summary>
/// Stands in for the simulation layers until the command line is connected to them: every call fails with an
/// internal error that says so, rather than pretending to produce results.
/// </summary>
internal sealed class UnavailableScenarioService : IScenarioService
{
    public const string Reason = "the scenario loader and simulator are not connected to the command line in this build.";

    public ScenarioValidation Validate(string scenarioPath) => throw Unavailable();

    public ScenarioResult Run(string scenarioPath, RunOverrides overrides, IProgress<RunProgress> progress, CancellationToken cancellationToken) =>
        throw Unavailable();

    public ScenarioResult Sweep(string scenarioPath, RunOverrides overrides, IProgress<RunProgress> progress, CancellationToken cancellationToken) =>
        throw Unavailable();

    public string Schema() => throw Unavailable();

    public string CatalogPops() => throw Unavailable();

    public string CatalogPrices() => throw Unavailable();

    private static InvalidOperationException Unavailable() => new(Reason);
}
