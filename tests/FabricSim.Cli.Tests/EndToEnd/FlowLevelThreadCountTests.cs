using FabricSim.Cli.Tests.Shards;
using FabricSim.Network.Units;
using FabricSim.Reporting.Writing;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Generation;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Running;

namespace FabricSim.Cli.Tests.EndToEnd;

/// <summary>
/// Determinism of the flow level: the paths of a fabric are convolved in parallel, each into its own slot, so one
/// thread and four give the same results folder byte for byte, on generated fabrics spread over several continents
/// (not only the bundled scenarios' one metro) and at a load near saturation.
/// </summary>
public sealed class FlowLevelThreadCountTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), $"fabricsim-flow-threads-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Theory]
    [InlineData(24, GeneratedTopology.Hub, 0.6, 3UL)]
    [InlineData(30, GeneratedTopology.DualHub, 0.9, 11UL)]
    public void One_thread_and_four_write_the_same_folder(int sites, GeneratedTopology topology, double load, ulong seed)
    {
        string text = FabricGenerator.Generate(
            new GeneratorSettings(sites, [CloudProvider.Aws, CloudProvider.Azure, CloudProvider.Google], topology, DataRate.FromGigabitsPerSecond(10), load, seed),
            Catalog.Default, "threads");
        var scenario = ScenarioLoader.LoadText(text, "threads.yaml");

        string one = Write(scenario, jobs: 1);
        string four = Write(scenario, jobs: 4);

        FolderComparison.AssertIdentical(one, four);
        Assert.EndsWith(",flow", File.ReadAllLines(Path.Combine(one, "summary.csv"))[1], StringComparison.Ordinal);
    }

    private string Write(Scenarios.Scenario scenario, int jobs)
    {
        var result = Simulation.Run(scenario, new RunOptions(Jobs: jobs) { Fidelity = Fidelity.Flow });
        string folder = Path.Combine(work, $"jobs-{jobs}");
        new ResultsWriter().Write(result, folder);
        return folder;
    }
}
