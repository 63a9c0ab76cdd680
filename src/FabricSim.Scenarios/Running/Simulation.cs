using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Running;

/// <summary>
/// The entry point for code and notebooks: load a scenario, simulate every design option with replications, and
/// get plain result records back.
/// </summary>
/// <example>
/// <code>
/// var result = Simulation.Run("scenarios/sdci-vs-ipsec.yaml", new RunOptions(Replications: 5));
/// foreach (var option in result.Options) Console.WriteLine($"{option.Name}: {option.MonthlyCostUsd:N0} USD/month");
/// </code>
/// </example>
public static class Simulation
{
    /// <summary>Loads, validates and runs a scenario file. Bad input throws <see cref="ScenarioValidationException"/>.</summary>
    /// <summary>
    /// What <c>validate</c> says of a scenario's size: nothing when every packet fits run.max_packets; a note when the
    /// flow-level model will evaluate it instead (as <c>auto</c> does); a <see cref="Yaml.ScenarioValidationException"/>
    /// when it must run at packet level and does not fit.
    /// </summary>
    public static Yaml.ScenarioError? FidelityNote(Scenario scenario, Fidelity fidelity = Fidelity.Auto)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.PacketBudgetExcess is null)
        {
            return null;
        }
        var choice = FidelityChoice.Decide(scenario, scenario.Run, fidelity);
        return scenario.PacketBudgetExcess with
        {
            Message = $"{scenario.PacketBudgetExcess.Message}; it runs at flow level ({choice.Reason}), and --fidelity packet is refused",
            Fix = "none needed at flow level; to run it at packet level: " + scenario.PacketBudgetExcess.Fix,
        };
    }

    public static ScenarioResult Run(string scenarioPath, RunOptions? options = null) =>
        Run(ScenarioLoader.Load(scenarioPath), options);

    public static ScenarioResult Run(Scenario scenario, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ScenarioRunner.Run(scenario, options ?? new RunOptions());
    }

    /// <summary>Runs the scenario at every value of its sweep; the result's Sweep holds one point per value, option and flow.</summary>
    public static ScenarioResult Sweep(string scenarioPath, RunOptions? options = null) =>
        Sweep(ScenarioLoader.Load(scenarioPath), options);

    public static ScenarioResult Sweep(Scenario scenario, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ScenarioRunner.Sweep(scenario, options ?? new RunOptions());
    }
}
