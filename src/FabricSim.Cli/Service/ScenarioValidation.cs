using FabricSim.Scenarios.Yaml;
using FabricSim.Scenarios.Loading;

namespace FabricSim.Cli.Service;

/// <summary>The outcome of checking a scenario file: its name and options when it is valid, its errors otherwise.</summary>
internal sealed record ScenarioValidation(string ScenarioName, IReadOnlyList<string> OptionNames, IReadOnlyList<ScenarioError> Errors)
{
    /// <summary>Problems that do not stop a run but that the planner should see (e.g. a VPN carrying more than it can).</summary>
    public IReadOnlyList<ScenarioError> Warnings { get; init; } = [];

    public bool IsValid => Errors.Count == 0;

    /// <summary>The scenario sets requirements, so a run of it ends in a verdict.</summary>
    public bool HasRequirements { get; init; }

    /// <summary>The scenario has a sweep, so its study is a sweep unless the command says otherwise.</summary>
    public bool HasSweep { get; init; }

    public static ScenarioValidation Invalid(params ScenarioError[] errors) => new("", [], errors);
}
