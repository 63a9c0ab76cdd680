using System.Diagnostics;
using FabricSim.Cli.Commands;
using FabricSim.Cli.Service;
using FabricSim.Cli.Tests.EndToEnd;
using FabricSim.Cli.Tests.Shards;

namespace FabricSim.Cli.Tests.Slurm;

/// <summary>
/// Integration test of deploy/slurm: a single-node Slurm cluster on localhost (state and config in a temporary
/// folder) runs a 4-shard sweep as a job array through deploy/slurm/submit.sh, then the dependent merge job; the merged
/// folder must equal the single-process sweep byte for byte. Where Slurm cannot start (no root, packages missing), the
/// test is reported as skipped with the reason.
/// </summary>
public sealed class SlurmIntegrationTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), $"fabricsim-slurm-{Guid.NewGuid():N}");
    private string? cluster;

    private static string LocalSlurm => Path.Combine(RepositoryFiles.Root, "tests", "FabricSim.Cli.Tests", "Slurm", "local-slurm.sh");

    public SlurmIntegrationTests() => Directory.CreateDirectory(work);

    [SkippableFact]
    public void A_four_shard_sweep_on_a_slurm_job_array_merges_to_the_single_process_sweep()
    {
        cluster = Path.Combine(work, "cluster");
        var (started, says) = Shell(LocalSlurm, "start", cluster);
        Skip.If(started != 0, $"Slurm could not be started on this machine: {says.Trim()}");
        string scenario = RepositoryFiles.Scenario("growth-what-if");
        string[] settings = ["--duration", "0.5s", "--replications", "1"];
        string results = Path.Combine(work, "results");
        var environment = new Dictionary<string, string>
        {
            ["SLURM_CONF"] = Path.Combine(cluster, "slurm.conf"),
            ["FABRICSIM"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "fabricsim.dll")}",
            ["FABRICSIM_ARGS"] = string.Join(' ', settings),
            ["COMMAND"] = "sweep",
        };
        var (submitted, ids) = Shell(Path.Combine(RepositoryFiles.Root, "deploy", "slurm", "submit.sh"), [scenario, "4", results], environment);
        Assert.True(submitted == 0, $"submit.sh failed: {ids}");

        string merged = Path.Combine(results, "merged");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(Path.Combine(merged, "index.html")) && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            Thread.Sleep(500);
        }
        Assert.True(File.Exists(Path.Combine(merged, "index.html")),
            $"the merge job did not write its report in 3 minutes (jobs {ids.Trim()}); logs: {string.Join(" | ", Directory.GetFiles(results, "*.log").Select(File.ReadAllText))}");
        Assert.Equal(4, Directory.GetDirectories(results, "shard-*-of-4").Length);

        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, CliApplication.Run(["sweep", scenario, .. settings, "--out", Path.Combine(work, "single")], () => new ScenarioService(),
            new CliConsole(output, error, IsTerminal: false), work));
        FolderComparison.AssertIdentical(Path.Combine(work, "single"), merged);
    }

    private static (int ExitCode, string Output) Shell(string script, params string[] arguments) => Shell(script, arguments, new Dictionary<string, string>());

    private static (int ExitCode, string Output) Shell(string script, string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    public void Dispose()
    {
        if (cluster is not null)
        {
            Shell(LocalSlurm, "stop", cluster);
        }
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
            // A daemon still closing its log; the folder is under the temporary folder.
        }
    }
}
