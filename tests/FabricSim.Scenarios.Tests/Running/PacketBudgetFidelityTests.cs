using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Generation;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// run.max_packets bounds what packet level would simulate; a planner-scale scenario above it still runs at flow level,
/// which simulates none, and is refused only where it must run at packet level.
/// </summary>
public sealed class PacketBudgetFidelityTests
{
    /// <summary>Forty generated sites on a hub at 10 Gbit/s for three hours: about 3e10 packets, above the 2e9 default budget.</summary>
    private static Scenario PlannerScale() => ScenarioLoader.LoadText(
        FabricGenerator.Generate(new GeneratorSettings(40, [CloudProvider.Aws], GeneratedTopology.Hub, DataRate.FromGigabitsPerSecond(10), 0.6, 1)
        {
            Duration = SimTime.FromSeconds(3 * 3600),
            Replications = 1,
        }, Catalog.Default, "test"), "planner.yaml");

    [Fact]
    public void Above_the_packet_budget_a_scenario_loads_and_runs_at_flow_level()
    {
        var scenario = PlannerScale();

        var note = Simulation.FidelityNote(scenario);
        Assert.NotNull(note);
        Assert.Contains("above run.max_packets", note.Message, StringComparison.Ordinal);
        Assert.Contains("it runs at flow level", note.Message, StringComparison.Ordinal);
        Assert.True(note.Line > 0);

        var result = Simulation.Run(scenario, new RunOptions(Jobs: 1));
        Assert.Equal("flow", result.Fidelity);
        Assert.All(Assert.Single(result.Options).Flows, f => Assert.True(f.ThroughputBitsPerSecond.Mean > 0, f.Flow));
    }

    [Fact]
    public void Packet_level_above_the_budget_is_refused_at_the_flow_that_needs_most_and_says_flow_level_would_run_it()
    {
        var scenario = PlannerScale();

        var refused = Assert.Throws<ScenarioValidationException>(() => Simulation.Run(scenario, new RunOptions(Jobs: 1) { Fidelity = Fidelity.Packet }));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("planner.yaml", error.File);
        Assert.Contains("above run.max_packets", error.Message, StringComparison.Ordinal);
        Assert.Contains("--fidelity flow", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Within_the_budget_nothing_is_said()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "hub-vs-mesh.yaml"));

        Assert.Null(Simulation.FidelityNote(scenario));
    }
}
