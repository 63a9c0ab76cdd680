using System.Globalization;
using System.Text;
using FabricSim.Cli.Seam;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Schema;

namespace FabricSim.Cli.Service;

/// <summary>Connects the command line to the scenario loader, the simulator and the catalogs.</summary>
internal sealed class ScenarioService : IScenarioService
{
    public ScenarioValidation Validate(string scenarioPath)
    {
        try
        {
            var scenario = ScenarioLoader.Load(scenarioPath);
            return new ScenarioValidation(scenario.Name, scenario.Options.Select(o => o.Name).ToList(), [])
            {
                Warnings = Convert(Scenarios.Validation.VpnCapacityCheck.Warnings(scenario)),
            };
        }
        catch (ScenarioValidationException invalid)
        {
            return new ScenarioValidation("", [], Convert(invalid));
        }
    }

    public ScenarioResult Run(string scenarioPath, RunOverrides overrides, IProgress<Seam.RunProgress> progress, CancellationToken cancellationToken) =>
        Simulation.Run(Load(scenarioPath), Options(overrides, progress, cancellationToken));

    public ScenarioResult Sweep(string scenarioPath, RunOverrides overrides, IProgress<Seam.RunProgress> progress, CancellationToken cancellationToken) =>
        Simulation.Sweep(Load(scenarioPath), Options(overrides, progress, cancellationToken));

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

    private static Scenario Load(string path)
    {
        try
        {
            return ScenarioLoader.Load(path);
        }
        catch (ScenarioValidationException invalid)
        {
            throw new ScenarioInputException(Convert(invalid));
        }
    }

    private static Scenarios.Running.RunOptions Options(RunOverrides overrides, IProgress<Seam.RunProgress> progress, CancellationToken cancellation) =>
        new(overrides.Seed, overrides.Replications, overrides.Jobs ?? 0, overrides.Duration,
            Progress: new Progress(progress), Cancellation: cancellation);

    private static List<Seam.ScenarioError> Convert(ScenarioValidationException invalid) => Convert(invalid.Errors);

    private static List<Seam.ScenarioError> Convert(IEnumerable<Scenarios.Loading.ScenarioError> errors) =>
        errors.Select(e => new Seam.ScenarioError(e.File, e.Line, e.Column, e.Message, e.Fix)).ToList();

    /// <summary>Relays the simulator's progress to the command line's display.</summary>
    private sealed class Progress(IProgress<Seam.RunProgress> display) : IProgress<Scenarios.Running.RunProgress>
    {
        public void Report(Scenarios.Running.RunProgress value) => display.Report(new Seam.RunProgress(value.Completed, value.Total, value.Description));
    }
}
