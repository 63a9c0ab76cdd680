using System.Diagnostics;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Generation;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;

namespace FabricSim.Benchmarks;

/// <summary>
/// Generating and loading planner-scale scenarios: 100 and 1000 sites with three clouds on a hub (the cases the
/// flow-level estimate is measured on), timed from the settings to a validated scenario.
/// </summary>
internal sealed class GenerateBenchmark : IBenchmark
{
    public string Name => "generate";

    public void Run(BenchmarkReport report, bool quick)
    {
        report.Heading("Generated fabrics (fabricsim generate, then validate)");
        foreach (int sites in quick ? new[] { 100 } : [100, 1000])
        {
            var settings = new GeneratorSettings(sites, [CloudProvider.Aws, CloudProvider.Azure, CloudProvider.Google], GeneratedTopology.Hub,
                DataRate.FromGigabitsPerSecond(10), 0.6, 1);
            var clock = Stopwatch.StartNew();
            string text = FabricGenerator.Generate(settings, Catalog.Default, "benchmark");
            double generate = clock.Elapsed.TotalSeconds;
            var scenario = ScenarioLoader.LoadText(text, $"generated-{sites}.yaml");
            double load = clock.Elapsed.TotalSeconds - generate;
            report.Figure($"generate_{sites}_sites", generate * 1e3, "ms", $"generate {sites} sites, {scenario.Traffic.Count:N0} flows, {text.Length / 1024:N0} KiB of YAML");
            report.Figure($"validate_{sites}_sites", load * 1e3, "ms", $"load and validate it");
        }
    }
}
