using FabricSim.Cli.Commands;
using System.Security.Cryptography;
using FabricSim.Cli.Tests.EndToEnd;

namespace FabricSim.Cli.Tests.Processes;

/// <summary>
/// Many runs into one results folder, each killed (SIGKILL, no clean-up) at a random step of writing its
/// results: after every one the folder holds exactly the complete earlier results or the complete new ones, and
/// nothing beside it changed but FabricSim's own temporary folders, which the next run removes.
/// </summary>
public sealed class ResultsWritingFaultTests : IDisposable
{
    private const string KillAt = "FABRICSIM_TEST_KILL_AT_WRITE_STEP";
    private const int Runs = 10;

    private readonly string work = Path.Combine(Path.GetTempPath(), "fabricsim-fault-" + Guid.NewGuid().ToString("N"));

    public ResultsWritingFaultTests() => Directory.CreateDirectory(work);

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void A_kill_at_any_step_of_writing_leaves_the_complete_old_or_the_complete_new_results()
    {
        string beside = Path.Combine(work, "notes.txt");
        File.WriteAllText(beside, "the user's file next to the results");
        var expected = new Dictionary<int, Dictionary<string, string>>();
        foreach (int seed in new[] { 1, 2 })
        {
            string reference = Path.Combine(work, $"reference-{seed}");
            var (code, _, error) = Run(reference, seed, killAt: null);
            Assert.True(code == ExitCodes.Ok, error);
            expected[seed] = Snapshot(reference);
        }
        Assert.NotEqual(expected[1]["summary.csv"], expected[2]["summary.csv"]);
        // One step per file written plus the staging folder, the manifest and the swap; a step beyond the last is a run that completes.
        int steps = expected[1].Count + 3;
        string target = Path.Combine(work, "out");
        var random = new Random(20261203);
        int? current = null;
        var killedAt = new List<int>();
        for (int run = 0; run < Runs; run++)
        {
            int seed = run % 2 + 1;
            int step = random.Next(1, steps + 2);
            var (code, _, error) = Run(target, seed, step);

            Assert.True(code is ExitCodes.Ok or 137, $"run {run} killed at step {step} exited {code}: {error}");
            if (code == ExitCodes.Ok)
            {
                current = seed;
            }
            else
            {
                killedAt.Add(step);
            }
            var now = Directory.Exists(target) ? Snapshot(target) : null;
            bool isOld = current is { } old ? now is not null && Same(now, expected[old]) : now is null;
            bool isNew = now is not null && Same(now, expected[seed]);
            Assert.True(isOld || isNew, $"run {run} (seed {seed}) killed at step {step}: the folder is neither the complete old nor the complete new results");
            if (isNew)
            {
                current = seed;
            }
            Assert.Equal("the user's file next to the results", File.ReadAllText(beside));
            Assert.All(Directory.GetFileSystemEntries(work).Select(Path.GetFileName),
                name => Assert.True(name is "notes.txt" or "out" or "reference-1" or "reference-2" || name!.StartsWith("out.tmp-", StringComparison.Ordinal)
                    || name.StartsWith("out.old-", StringComparison.Ordinal), $"unexpected '{name}' beside the results"));
        }
        Assert.NotEmpty(killedAt);

        var (finalCode, _, finalError) = Run(target, 2, killAt: null);

        Assert.True(finalCode == ExitCodes.Ok, finalError);
        Assert.True(Same(Snapshot(target), expected[2]));
        Assert.Equal(["notes.txt", "out", "reference-1", "reference-2"], Directory.GetFileSystemEntries(work).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private (int Code, string Output, string Error) Run(string folder, int seed, int? killAt)
    {
        var environment = new Dictionary<string, string>();
        if (killAt is { } step)
        {
            environment[KillAt] = step.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return CliProcess.Run(work, environment, "run", RepositoryFiles.Scenario("growth-what-if"), "--duration", "1s", "--replications", "1", "--jobs", "1",
            "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", folder);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            file => Path.GetRelativePath(folder, file),
            file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))),
            StringComparer.Ordinal);

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(entry => b.TryGetValue(entry.Key, out string? hash) && hash == entry.Value);
}
