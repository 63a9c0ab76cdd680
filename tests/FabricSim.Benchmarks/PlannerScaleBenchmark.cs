using System.Diagnostics;
using FabricSim.Network.Units;
using FabricSim.Reporting.Writing;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Generation;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Running;

namespace FabricSim.Benchmarks;

/// <summary>
/// The flow-level estimate at planner scale: generated hub fabrics of 100 and 1000 sites with AWS, Azure and Google,
/// 10 Gbit/s ports, 60 s, from the generated text to a written report, against the targets of 10 s and 1 GB for 100
/// sites and 2 minutes for 1000. Each stage is timed apart so whatever grows badly with the number of sites shows.
/// </summary>
internal sealed class PlannerScaleBenchmark : IBenchmark
{
    public string Name => "planner";

    public void Run(BenchmarkReport report, bool quick)
    {
        report.Heading("Flow level at planner scale: generated hub, aws+azure+google, 10 Gbit/s ports, 60 s, load 0.6");
        // The first evaluation pays for JIT compilation, which a planner's first question pays once too; a small
        // fabric takes it so the figures below are the model's own.
        Evaluate(Generate(10), report: null, 10);
        foreach (int sites in quick ? new[] { 30, 100 } : [100, 1000])
        {
            Evaluate(Generate(sites), report, sites);
        }
        report.Note("Memory is the process's peak working set (runtime included), which only grows: cases run smallest first,");
        report.Note("so each figure is the peak up to and including that case. Allocated is every managed byte the case allocated.");
    }

    private static string Generate(int sites) => FabricGenerator.Generate(
        new GeneratorSettings(sites, [CloudProvider.Aws, CloudProvider.Azure, CloudProvider.Google], GeneratedTopology.Hub,
            DataRate.FromGigabitsPerSecond(10), 0.6, 1),
        Catalog.Default, "benchmark");

    private static void Evaluate(string text, BenchmarkReport? report, int sites)
    {
        string loadBefore = LoadAverage();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        string folder = Path.Combine(Path.GetTempPath(), $"fabricsim-planner-bench-{Environment.ProcessId}");
        var clock = Stopwatch.StartNew();
        var scenario = ScenarioLoader.LoadText(text, $"generated-{sites}.yaml");
        double load = clock.Elapsed.TotalSeconds;
        var result = Simulation.Run(scenario, new RunOptions() { Fidelity = Fidelity.Flow });
        double estimate = clock.Elapsed.TotalSeconds - load;
        new ResultsWriter().Write(result, folder);
        double total = clock.Elapsed.TotalSeconds;
        double write = total - load - estimate;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Directory.Delete(folder, recursive: true);
        if (report is null)
        {
            return;
        }
        int flows = result.Options.Sum(o => o.Flows.Count);
        // Other work on shared cores stretches wall times several-fold; the load average says how far to trust them.
        report.Note($"{sites} sites: target {(sites <= 100 ? "< 10 s and < 1 GB" : "< 2 min")} on 2 cores; load average before the case {loadBefore}");
        report.Figure($"planner_wall_{sites}_sites", total, "s", $"{sites} sites, {flows:N0} flows: load, estimate, write report");
        report.Figure($"planner_load_{sites}_sites", load * 1e3, "ms", "  load and validate the scenario");
        report.Figure($"planner_estimate_{sites}_sites", estimate * 1e3, "ms", "  flow-level estimate (every option)");
        report.Figure($"planner_write_{sites}_sites", write * 1e3, "ms", "  write the results folder");
        report.Figure($"planner_allocated_{sites}_sites", allocated / 1048576.0, "MB", "  allocated by the case");
        report.Figure($"planner_working_set_peak_{sites}_sites", Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, "MB", "  process peak working set");
    }

    /// <summary>The one-minute load average where the system publishes it (Linux), else "unknown".</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
