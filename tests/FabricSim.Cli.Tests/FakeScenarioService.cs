using FabricSim.Scenarios.Yaml;
using FabricSim.Cli.Service;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;

namespace FabricSim.Cli.Tests;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>Stands in for the simulation layers: answers from fixed data and records what the command line asked.</summary>
internal sealed class FakeScenarioService : IScenarioService
{
    public IReadOnlyList<ScenarioError> ValidationErrors { get; set; } = [];

    public Exception? RunFailure { get; set; }

    public List<(string Path, IReadOnlyList<RunOverride> Overrides, RunOptions Options)> Runs { get; } = [];

    /// <summary>Called at each progress step of a simulation, e.g. to stop it part-way.</summary>
    public Action<int>? OnStep { get; set; }

    public List<string> Sweeps { get; } = [];

    public ScenarioValidation Validate(string scenarioPath, IReadOnlyList<RunOverride> overrides) =>
        new("metro-pair", ["sdci", "ipsec-vpn"], ValidationErrors);

    public ScenarioResult Run(string scenarioPath, IReadOnlyList<RunOverride> overrides, RunOptions options)
    {
        Runs.Add((scenarioPath, overrides, options));
        return Simulate(options, withSweep: false);
    }

    public ScenarioResult Sweep(string scenarioPath, IReadOnlyList<RunOverride> overrides, RunOptions options)
    {
        Sweeps.Add(scenarioPath);
        return Simulate(options, withSweep: true);
    }

    // The study and its checks are quick on the test scenarios, so the real ones answer here too.
    public Scenarios.Resilience.ResilienceResult Resilience(string scenarioPath, int? order, int monteCarloMonths, int worstSetsChecked, CancellationToken cancellation) =>
        Scenarios.PacketCheck.CheckedResilienceStudy.Run(Scenarios.Loading.ScenarioLoader.Load(scenarioPath, []), order, monteCarloMonths, worstSetsChecked, cancellation);

    // Planning, shards and merging run the real study; the command-line tests of them use small scenarios.
    public Scenarios.Shards.WorkPlan Plan(Scenarios.Shards.StudyRequest request) => new ScenarioService().Plan(request);

    public Scenarios.Shards.PartialResult Shard(Scenarios.Shards.StudyRequest request, Scenarios.Shards.Shard shard, RunOptions options) =>
        new ScenarioService().Shard(request, shard, options);

    public Scenarios.Shards.MergedStudy Merge(IReadOnlyList<string> folders, CancellationToken cancellation) =>
        new ScenarioService().Merge(folders, cancellation);

    public string Schema() => """{ "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "FabricSim scenario" }""";

    public string CatalogPops() => "syd1  Sydney  -33.87  151.21";

    public string CatalogPrices() => "port 10G  1250 USD/month  megaport list";

    private ScenarioResult Simulate(RunOptions options, bool withSweep)
    {
        for (int step = 1; step <= 4; step++)
        {
            OnStep?.Invoke(step);
            options.Cancellation.ThrowIfCancellationRequested();
            options.Progress?.Report(new RunProgress(step, 4, $"replication {step} of 4"));
        }
        if (RunFailure is not null)
        {
            throw RunFailure;
        }
        return Result(withSweep);
    }

    private static Estimate Est(double mean, double halfWidth) => new(mean, halfWidth, 0.95, 4);

    private static ScenarioResult Result(bool withSweep)
    {
        OptionResult Option(string name, double p99Ms, double monthlyUsd) => new(
            name, $"{name} design",
            [
                new FlowSummary(name, "erp", "syd", "aws", "business", 1000, 999, Est(100e6, 1e6), Est(p99Ms / 2, 0.1),
                    Est(p99Ms / 2, 0.1), Est(p99Ms * 0.9, 0.1), Est(p99Ms, 0.2), Est(p99Ms * 2, 0.5), Est(0.3, 0.01), Est(0.001, 0.0001), Est(0, 0)),
            ],
            [],
            [new LatencyDistribution(name, "erp", [new CdfPoint(p99Ms / 2, 0.5), new CdfPoint(p99Ms, 0.99), new CdfPoint(p99Ms * 2, 1)])],
            [],
            [new CostLine(name, "ports", "port", 1, "port-month", monthlyUsd, monthlyUsd, "list")],
            "");
        OptionResult[] options = [Option("sdci", 12.5, 1250), Option("ipsec-vpn", 31.25, 90)];
        SweepPoint[] sweep = withSweep
            ? [new SweepPoint("load", 0.5, "50Mbps", SweepValueKind.Factor, options), new SweepPoint("load", 0.9, "90Mbps", SweepValueKind.Factor, options)]
            : [];
        return new ScenarioResult("metro-pair", "name: metro-pair\n", 7, 4, 30, 2, withSweep ? [] : options, sweep);
    }
}
