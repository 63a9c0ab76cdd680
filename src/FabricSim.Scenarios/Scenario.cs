using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios;

/// <summary>
/// A validated, reference-resolved scenario: every name it mentions exists, every unit has been parsed,
/// generators have been expanded and every demand is reachable in every option.
/// </summary>
public sealed record Scenario(
    string Name,
    string Description,
    string SourceFile,
    string SourceText,
    RunSettings Run,
    Catalog Catalog,
    IReadOnlyList<Pop> Pops,
    BackboneSettings Backbone,
    IReadOnlyList<Site> Sites,
    IReadOnlyList<CloudEndpoint> Clouds,
    IReadOnlyList<DesignOption> Options,
    IReadOnlyList<Demand> Traffic,
    IReadOnlyList<Failure> Failures,
    Sweep? Sweep)
{
    /// <summary>The bounds and budget the verdict holds every option to; empty when the file sets none.</summary>
    public Requirements Requirements { get; init; } = Requirements.None;

    /// <summary>What the resilience study enumerates beyond single failures; the defaults when the file has no resilience block.</summary>
    public ResilienceSettings Resilience { get; init; } = ResilienceSettings.Default;

    /// <summary>
    /// Set when simulating every packet would exceed run.max_packets: an error wherever the run must be at packet
    /// level, while the flow-level model, which simulates none, may still evaluate the scenario.
    /// </summary>
    internal Yaml.ScenarioError? PacketBudgetExcess { get; init; }

    public Pop FindPop(string code) => Pops.First(pop => pop.Code == code);

    public Site? FindSite(string name) => Sites.FirstOrDefault(site => site.Name == name);

    public CloudEndpoint? FindCloud(string name) => Clouds.FirstOrDefault(cloud => cloud.Name == name);

    public DesignOption FindOption(string name) => Options.First(option => option.Name == name);
}
