using System.Globalization;
using System.Text;
using FabricSim.Scenarios;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Schema;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Cli.Service;

/// <summary>Connects the command line to the scenario loader, the simulator and the catalogs.</summary>
internal sealed class ScenarioService : IScenarioService
{
    public ScenarioValidation Validate(string scenarioPath, IReadOnlyList<RunOverride> overrides)
    {
        try
        {
            var scenario = ScenarioLoader.Load(scenarioPath, overrides);
            var fidelity = Simulation.FidelityNote(scenario);
            return new ScenarioValidation(scenario.Name, scenario.Options.Select(o => o.Name).ToList(), [])
            {
                Warnings = [.. Scenarios.Validation.VpnCapacityCheck.Warnings(scenario), .. Scenarios.Validation.PolicerBurstCheck.Warnings(scenario),
                    .. Scenarios.Validation.CapacityEquivalenceCheck.Warnings(scenario),
                    .. fidelity is null ? Array.Empty<ScenarioError>() : [fidelity]],
                HasRequirements = !scenario.Requirements.IsEmpty,
                HasSweep = scenario.Sweep is not null,
            };
        }
        catch (ScenarioValidationException invalid)
        {
            return new ScenarioValidation("", [], invalid.Errors);
        }
    }

    // The overrides are already in the loaded scenario's run settings, checked like the file's own values.
    public ScenarioResult Run(string scenarioPath, IReadOnlyList<RunOverride> overrides, RunOptions options) =>
        Simulation.Run(ScenarioLoader.Load(scenarioPath, overrides), options);

    public ScenarioResult Sweep(string scenarioPath, IReadOnlyList<RunOverride> overrides, RunOptions options) =>
        Simulation.Sweep(ScenarioLoader.Load(scenarioPath, overrides), options);

    public Scenarios.Resilience.ResilienceResult Resilience(string scenarioPath, int? order, int monteCarloMonths, int worstSetsChecked, CancellationToken cancellation) =>
        Scenarios.PacketCheck.CheckedResilienceStudy.Run(ScenarioLoader.Load(scenarioPath, []), order, monteCarloMonths, worstSetsChecked, cancellation);

    public Scenarios.Shards.WorkPlan Plan(Scenarios.Shards.StudyRequest request) =>
        request.Plan(File.ReadAllText(request.ScenarioFile));

    public Scenarios.Shards.PartialResult Shard(Scenarios.Shards.StudyRequest request, Scenarios.Shards.Shard shard, RunOptions options) =>
        Scenarios.Shards.StudyShards.Run(request, File.ReadAllText(request.ScenarioFile), shard, options);

    public Scenarios.Shards.MergedStudy Merge(IReadOnlyList<string> folders, CancellationToken cancellation) =>
        Scenarios.Shards.StudyShards.Merge(folders, cancellation);

    public string Schema() => ScenarioSchema.Generate();

    public string CatalogPops()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"code",-6} {"city",-16} {"country",-8} {"region",-14} {"lat",9} {"lon",10}  on-ramps");
        foreach (var pop in Catalog.Default.Pops.OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{pop.Code,-6} {pop.City,-16} {pop.Country,-8} {pop.Region,-14} {pop.Location.LatitudeDegrees,9:F4} {pop.Location.LongitudeDegrees,10:F4}  {string.Join(", ", pop.OnRamps)}");
        }
        return text.ToString().TrimEnd();
    }

    public string CatalogPrices()
    {
        var prices = Catalog.Default.Prices;
        var text = new StringBuilder();
        text.AppendLine(prices.Note.Trim());
        text.AppendLine();
        foreach (var entry in prices.Entries)
        {
            string tier = entry.Tier.Length == 0 ? "" : $" [{entry.Tier}]";
            text.AppendLine(CultureInfo.InvariantCulture, $"{entry.Item}{tier}: {entry.Value} {entry.Unit}  ({entry.Citation})");
        }
        return text.ToString().TrimEnd();
    }
}
