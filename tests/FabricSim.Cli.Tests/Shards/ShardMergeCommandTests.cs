using FabricSim.Cli.Commands;
using FabricSim.Cli.Service;
using FabricSim.Cli.Tests.EndToEnd;

namespace FabricSim.Cli.Tests.Shards;

/// <summary>
/// End-to-end tests of --shard I/N and merge with the real simulator: the merged folder equals the single process's
/// byte for byte (run, sweep, resilience), and a merge of shards that do not add up to one study exits 2 and writes nothing.
/// Scenarios are cut to a fraction of a second of simulated time to keep the suite fast.
/// </summary>
public sealed class ShardMergeCommandTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), $"fabricsim-shards-{Guid.NewGuid():N}");
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public ShardMergeCommandTests() => Directory.CreateDirectory(work);

    private int Fabricsim(params string[] args) =>
        CliApplication.Run(args, () => new ScenarioService(), new CliConsole(output, error, IsTerminal: false), work);

    private string In(string name) => Path.Combine(work, name);

    /// <summary>Runs the command whole and as N shards merged; asserts the two folders are identical.</summary>
    private void AssertShardsMergeToSingle(string command, string scenario, int shards, params string[] settings)
    {
        Assert.Equal(0, Fabricsim([command, scenario, .. settings, "--out", In("single")]));
        // Shards run in reverse order and with a different --jobs: neither may change a unit's result.
        for (int i = shards; i >= 1; i--)
        {
            string[] jobs = command == "resilience" ? [] : ["--jobs", i % 2 == 0 ? "1" : "2"];
            Assert.Equal(0, Fabricsim([command, scenario, .. settings, .. jobs, "--shard", $"{i}/{shards}", "--out", In($"shard{i}")]));
            Assert.True(File.Exists(Path.Combine(In($"shard{i}"), ".fabricsim-results")), "a partial folder goes through the results writer");
        }
        Assert.Equal(0, Fabricsim(["merge", .. Enumerable.Range(1, shards).Select(i => In($"shard{i}")), "--out", In("merged")]));
        FolderComparison.AssertIdentical(In("single"), In("merged"));
    }

    [Fact]
    public void Merged_run_shards_equal_the_single_process_run_byte_for_byte() =>
        AssertShardsMergeToSingle("run", RepositoryFiles.Scenario("multicloud-bgp"), 3, "--duration", "1s", "--replications", "2");

    [Fact]
    public void Merged_sweep_shards_equal_the_single_process_sweep_byte_for_byte_runs_parquet_included()
    {
        AssertShardsMergeToSingle("sweep", RepositoryFiles.Scenario("growth-what-if"), 4, "--duration", "0.5s", "--replications", "2");
        Assert.True(File.Exists(Path.Combine(In("merged"), "runs.parquet")));
    }

    [Fact]
    public void Merged_resilience_shards_equal_the_single_process_study_byte_for_byte() =>
        AssertShardsMergeToSingle("resilience", RepositoryFiles.Scenario("hub-vs-mesh"), 3, "--order", "2");

    private void WriteResilienceShards(string scenario, int shards, params int[] which)
    {
        foreach (int i in which)
        {
            Assert.Equal(0, Fabricsim(["resilience", scenario, "--shard", $"{i}/{shards}", "--out", In($"shard{i}")]));
        }
    }

    [Fact]
    public void A_missing_shard_is_refused_with_the_missing_units_and_nothing_written()
    {
        WriteResilienceShards(RepositoryFiles.Scenario("hub-vs-mesh"), 3, 1, 3);
        Assert.Equal(ExitCodes.BadInput, Fabricsim("merge", In("shard1"), In("shard3"), "--out", In("merged")));
        Assert.Contains("units are in no folder given", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("the folders hold shards 1/3, 3/3", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(In("merged")));
    }

    [Fact]
    public void A_shard_given_twice_is_refused_and_nothing_written()
    {
        WriteResilienceShards(RepositoryFiles.Scenario("hub-vs-mesh"), 2, 1, 2);
        Assert.Equal(ExitCodes.BadInput, Fabricsim("merge", In("shard1"), In("shard2"), In("shard1"), "--out", In("merged")));
        Assert.Contains("shard 1/2 given twice", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(In("merged")));
    }

    [Fact]
    public void Shards_of_a_scenario_changed_between_them_are_refused_and_nothing_written()
    {
        string scenario = In("fabric.yaml");
        File.Copy(RepositoryFiles.Scenario("hub-vs-mesh"), scenario);
        WriteResilienceShards(scenario, 2, 1);
        File.AppendAllText(scenario, "\n# edited after the first shard ran\n");
        WriteResilienceShards(scenario, 2, 2);
        Assert.Equal(ExitCodes.BadInput, Fabricsim("merge", In("shard1"), In("shard2"), "--out", In("merged")));
        Assert.Contains("the scenario or its settings changed between shards", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(In("merged")));
    }

    [Fact]
    public void A_folder_that_is_not_a_shard_is_refused()
    {
        Directory.CreateDirectory(In("photos"));
        Assert.Equal(ExitCodes.BadInput, Fabricsim("merge", In("photos"), "--out", In("merged")));
        Assert.Contains("has no shard.json", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(In("merged")));
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("2")]
    [InlineData("a/b")]
    public void A_malformed_shard_is_a_usage_error(string shard)
    {
        Assert.Equal(ExitCodes.BadInput, Fabricsim("resilience", RepositoryFiles.Scenario("hub-vs-mesh"), "--shard", shard, "--out", In("x")));
        Assert.Contains("write I/N with 1 ≤ I ≤ N", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(In("x")));
    }

    [Fact]
    public void Plan_prints_the_unit_count_and_one_row_per_unit_with_its_shard()
    {
        Assert.Equal(0, Fabricsim("plan", RepositoryFiles.Scenario("growth-what-if"), "--replications", "2", "--shards", "4"));
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Six points × one option × two replications.
        Assert.Contains("sweep, 12 work units, seed 11", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 1 + 12, lines.Length);
        Assert.StartsWith("5 ", lines[2 + 5], StringComparison.Ordinal);
        Assert.EndsWith("2/4", lines[2 + 5].TrimEnd(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        Directory.Delete(work, recursive: true);
    }
}
