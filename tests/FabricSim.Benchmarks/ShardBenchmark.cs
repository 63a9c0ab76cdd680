using System.Diagnostics;
using System.Globalization;

namespace FabricSim.Benchmarks;

/// <summary>
/// Parallel efficiency of sharding: the bundled growth sweep run as 1, 2, 4 and 8 shards, each a separate fabricsim
/// process with one job (as Slurm array tasks or Kubernetes pods would run), started together, then merged; the wall
/// time includes the merge. Needs the built command line (dotnet build src/FabricSim.Cli -c Release).
/// </summary>
internal sealed class ShardBenchmark : IBenchmark
{
    public string Name => "shards";

    public void Run(BenchmarkReport report, bool quick)
    {
        string root = Root();
        string cli = Path.Combine(root, "src", "FabricSim.Cli", "bin", "Release", "net10.0", "fabricsim.dll");
        report.Heading("Sharded sweep: separate processes, one job each, then merge");
        if (!File.Exists(cli))
        {
            report.Note($"skipped: {cli} is not built (dotnet build src/FabricSim.Cli -c Release)");
            return;
        }
        string scenario = Path.Combine(root, "scenarios", "growth-what-if.yaml");
        string[] settings = ["--duration", quick ? "1s" : "4s", "--replications", "2"];
        string work = Path.Combine(Path.GetTempPath(), $"fabricsim-shard-bench-{Environment.ProcessId}");
        try
        {
            double single = 0;
            foreach (int shards in new[] { 1, 2, 4, 8 })
            {
                var clock = Stopwatch.StartNew();
                var processes = Enumerable.Range(1, shards).Select(i => Start(cli,
                    ["sweep", scenario, .. settings, "--jobs", "1", "--shard", $"{i}/{shards}", "--out", Path.Combine(work, $"{shards}", $"shard{i}")])).ToList();
                processes.ForEach(Wait);
                Wait(Start(cli, ["merge", .. Enumerable.Range(1, shards).Select(i => Path.Combine(work, $"{shards}", $"shard{i}")), "--out", Path.Combine(work, $"{shards}", "merged")]));
                double seconds = clock.Elapsed.TotalSeconds;
                single = shards == 1 ? seconds : single;
                report.Figure($"shards_{shards}_wall_s", seconds, "s", $"{shards} shard process(es) and the merge, wall time");
                report.Figure($"shards_{shards}_speedup", single / seconds, "x", $"speed-up of {shards} shards over one ({Environment.ProcessorCount} cores)");
            }
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static Process Start(string cli, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Wait(Process process)
    {
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"fabricsim exited with {process.ExitCode}"));
        }
        process.Dispose();
    }

    private static string Root()
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "Simulator.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }
        return folder ?? throw new InvalidOperationException("the repository root (Simulator.sln) was not found");
    }
}
