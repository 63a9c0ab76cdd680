using System.Diagnostics;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Tests;

namespace FabricSim.Benchmarks;

/// <summary>
/// The flow-level model's wall time on the largest bundled scenario it evaluates (multicloud-bgp: three clouds behind
/// one MCR, every flow routed by BGP policy) and how many times faster it is than packet level on that same run.
/// </summary>
internal sealed class FlowLevelBenchmark : IBenchmark
{
    private const string Scenario = "multicloud-bgp.yaml";

    public string Name => "flow";

    public void Run(BenchmarkReport report, bool quick)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, Scenario));
        report.Heading($"Flow level against packet level: {Scenario}, {scenario.Run.Replications} replications of {scenario.Run.Duration.TotalSeconds:0} s");
        // The first evaluation pays for JIT compilation; time the next ones.
        Simulation.Run(scenario, new RunOptions(Jobs: 1) { Fidelity = Fidelity.Flow });
        int repeats = quick ? 3 : 10;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < repeats; i++)
        {
            Simulation.Run(scenario, new RunOptions(Jobs: 1) { Fidelity = Fidelity.Flow });
        }
        double flowSeconds = clock.Elapsed.TotalSeconds / repeats;
        report.Figure("flow_wall_multicloud", flowSeconds * 1000, "ms", "flow level, whole scenario (one evaluation)");
        clock.Restart();
        Simulation.Run(scenario, new RunOptions(Jobs: 1) { Fidelity = Fidelity.Packet });
        double packetSeconds = clock.Elapsed.TotalSeconds;
        report.Figure("packet_wall_multicloud", packetSeconds * 1000, "ms", "packet level, same run on one core");
        report.Figure("packet_flow_speed_ratio", packetSeconds / flowSeconds, "x", "packet wall time / flow wall time");
        report.Note("Both on one core, back to back; the machine is shared, so compare ratios from the same run.");
    }
}
