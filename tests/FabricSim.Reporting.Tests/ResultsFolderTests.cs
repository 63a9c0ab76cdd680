using FabricSim.Reporting.Writing;

namespace FabricSim.Reporting.Tests;

/// <summary>
/// Which folders results may go into, and how they are replaced: never a folder FabricSim did not write, never a
/// file it did not write (even with force), and never a moment at which the folder is half old, half new.
/// </summary>
public sealed class ResultsFolderTests : IDisposable
{
    /// <summary>A process id no process has: above the largest Linux allows (2^22).</summary>
    private const int DeadProcess = 9_999_999;

    private readonly string root = Path.Combine(Path.GetTempPath(), "fabricsim-folder-" + Guid.NewGuid().ToString("N"));

    public ResultsFolderTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_folder_holding_the_users_files_is_refused_and_left_as_it_was()
    {
        // The reproducer: '--out /tmp/work' where /tmp/work holds the scenario file replaced the folder with results.
        string work = Path.Combine(root, "work");
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "sdci-vs-ipsec.yaml"), "name: mine\n");

        var problem = ResultsFolder.Check(work, force: false);
        var thrown = Assert.Throws<ResultsFolderException>(() => new ResultsWriter().Write(SyntheticResults.Create(), work));

        Assert.NotNull(problem);
        Assert.Contains("is not a FabricSim results folder", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--force", problem.Fix, StringComparison.Ordinal);
        Assert.Equal(problem, thrown.Problem);
        Assert.Equal(["sdci-vs-ipsec.yaml"], Directory.GetFileSystemEntries(work).Select(Path.GetFileName));
        Assert.Equal([work], Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void A_file_added_to_a_results_folder_makes_it_the_users_again()
    {
        string target = Path.Combine(root, "report");
        new ResultsWriter().Write(SyntheticResults.Create(withSweep: true), target);
        File.WriteAllText(Path.Combine(target, "notes.txt"), "what I concluded");

        var problem = ResultsFolder.Check(target, force: false);

        Assert.NotNull(problem);
        Assert.Contains("notes.txt", problem.Message, StringComparison.Ordinal);
        Assert.Throws<ResultsFolderException>(() => new ResultsWriter().Write(SyntheticResults.Create(withSweep: false), target));
        Assert.True(File.Exists(Path.Combine(target, "sweep.csv")), "the earlier report was touched");
    }

    [Fact]
    public void Force_writes_beside_the_users_files_and_never_deletes_them()
    {
        string target = Path.Combine(root, "shared");
        Directory.CreateDirectory(Path.Combine(target, "plots-mine"));
        File.WriteAllText(Path.Combine(target, "notes.txt"), "keep me");
        File.WriteAllText(Path.Combine(target, "plots-mine", "sketch.svg"), "<svg/>");

        new ResultsWriter(force: true).Write(SyntheticResults.Create(withSweep: true), target);
        new ResultsWriter(force: true).Write(SyntheticResults.Create(withSweep: false), target);

        Assert.Equal("keep me", File.ReadAllText(Path.Combine(target, "notes.txt")));
        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(target, "plots-mine", "sketch.svg")));
        Assert.True(File.Exists(Path.Combine(target, "index.html")));
        Assert.False(File.Exists(Path.Combine(target, "sweep.csv")), "FabricSim's own file from the earlier report should go");
        string manifest = File.ReadAllText(Path.Combine(target, ".fabricsim-results"));
        Assert.DoesNotContain("notes.txt", manifest, StringComparison.Ordinal);
        Assert.Contains("summary.csv", manifest, StringComparison.Ordinal);
        Assert.Equal([target], Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void A_report_written_before_manifests_existed_is_still_replaced()
    {
        string target = Path.Combine(root, "earlier");
        new ResultsWriter().Write(SyntheticResults.Create(withSweep: true), target);
        File.Delete(Path.Combine(target, ".fabricsim-results"));

        Assert.Null(ResultsFolder.Check(target, force: false));
        new ResultsWriter().Write(SyntheticResults.Create(withSweep: false), target);

        Assert.False(File.Exists(Path.Combine(target, "sweep.csv")));
        Assert.True(File.Exists(Path.Combine(target, ".fabricsim-results")));
    }

    [Fact]
    public void A_folder_with_results_names_and_one_other_file_is_not_taken_for_a_report()
    {
        string target = Path.Combine(root, "mixed");
        new ResultsWriter().Write(SyntheticResults.Create(), target);
        File.Delete(Path.Combine(target, ".fabricsim-results"));
        File.WriteAllText(Path.Combine(target, "thesis.tex"), "mine");

        Assert.NotNull(ResultsFolder.Check(target, force: false));
    }

    [Fact]
    public void Force_refuses_to_overwrite_a_users_file_that_has_a_results_name()
    {
        string target = Path.Combine(root, "clash");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "summary.csv"), "my own summary");

        var problem = ResultsFolder.Check(target, force: true);

        Assert.NotNull(problem);
        Assert.Contains("summary.csv", problem.Message, StringComparison.Ordinal);
        Assert.Throws<ResultsFolderException>(() => new ResultsWriter(force: true).Write(SyntheticResults.Create(), target));
        Assert.Equal("my own summary", File.ReadAllText(Path.Combine(target, "summary.csv")));
    }

    [Theory]
    [InlineData("file", "is a file")]
    [InlineData("file-as-parent", "is a file, so the folder")]
    [InlineData("root", "root of the file system")]
    [InlineData("unwritable", "cannot write into")]
    public void Unusable_paths_are_found_before_anything_is_written(string kind, string expected)
    {
        string file = Path.Combine(root, "a-file");
        File.WriteAllText(file, "x");
        string target = kind switch
        {
            "file" => file,
            "file-as-parent" => Path.Combine(file, "results", "x"),
            "root" => Path.GetPathRoot(root)!,
            // Writes into /proc fail whoever the user is, so this holds for root too.
            _ => OperatingSystem.IsLinux() ? "/proc/fabricsim-results" : throw new PlatformNotSupportedException(),
        };

        var problem = ResultsFolder.Check(target, force: false);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Equal([file], Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void New_empty_and_own_folders_are_accepted()
    {
        string empty = Path.Combine(root, "empty");
        Directory.CreateDirectory(empty);
        string own = Path.Combine(root, "own");
        new ResultsWriter().Write(SyntheticResults.Create(), own);

        Assert.Null(ResultsFolder.Check(Path.Combine(root, "new", "deeper"), force: false));
        Assert.Null(ResultsFolder.Check(empty, force: false));
        Assert.Null(ResultsFolder.Check(own, force: false));
        Assert.False(Directory.Exists(Path.Combine(root, "new")), "checking must not create the folder");
    }

    [Fact]
    public void Temporary_folders_of_a_killed_writer_are_removed_by_the_next_write()
    {
        string target = Path.Combine(root, "report");
        string staged = $"{target}.tmp-{DeadProcess}-1";
        Directory.CreateDirectory(staged);
        File.WriteAllText(Path.Combine(staged, ".fabricsim-results"), File.ReadAllText(ManifestOf(WriteReport("model"))));
        string emptyStage = $"{target}.tmp-{DeadProcess}-2";
        Directory.CreateDirectory(emptyStage);
        string userFolder = $"{target}.tmp-{DeadProcess}-3";
        Directory.CreateDirectory(userFolder);
        File.WriteAllText(Path.Combine(userFolder, "mine.txt"), "not FabricSim's");

        new ResultsWriter().Write(SyntheticResults.Create(), target);

        Assert.False(Directory.Exists(staged));
        Assert.False(Directory.Exists(emptyStage));
        Assert.True(File.Exists(Path.Combine(userFolder, "mine.txt")), "a folder without FabricSim's manifest is never removed");
    }

    [Fact]
    public void Without_a_folder_swap_a_kill_between_the_renames_is_repaired_by_the_next_write()
    {
        // Where the file system cannot exchange two folders, the report is moved aside first; a kill right then left
        // no report at all, only '<out>.old-*'. The next write must bring the old report back before anything else.
        string target = Path.Combine(root, "report");
        new ResultsWriter().Write(SyntheticResults.Create(withSweep: true), target);
        string aside = $"{target}.old-{DeadProcess}-1";
        Directory.Move(target, aside);

        Assert.Null(ResultsFolder.Check(target, force: false));
        var noSwap = new ResultsWriter(ReportOptions.Default, File.Create, swap: (_, _) => false);
        var steps = new List<string>();
        var recording = new ResultsWriter(ReportOptions.Default, File.Create, steps.Add, swap: (_, _) => false);
        recording.Write(SyntheticResults.Create(withSweep: false), target);

        Assert.False(Directory.Exists(aside));
        Assert.False(File.Exists(Path.Combine(target, "sweep.csv")));
        Assert.Contains("previous report moved aside", steps);
        Assert.Equal([target], Directory.GetFileSystemEntries(root));
        noSwap.Write(SyntheticResults.Create(withSweep: true), target);
        Assert.True(File.Exists(Path.Combine(target, "sweep.csv")));
    }

    [Fact]
    public void A_stopped_write_leaves_the_previous_report_and_no_temporary_folder()
    {
        string target = Path.Combine(root, "report");
        new ResultsWriter().Write(SyntheticResults.Create(withSweep: true), target);
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new ResultsWriter().Write(SyntheticResults.Create(withSweep: false), target, stop.Token));

        Assert.True(File.Exists(Path.Combine(target, "sweep.csv")));
        Assert.Equal([target], Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void Where_supported_the_swap_exchanges_two_folders_in_one_step()
    {
        string first = Path.Combine(root, "first");
        string second = Path.Combine(root, "second");
        Directory.CreateDirectory(first);
        Directory.CreateDirectory(second);
        File.WriteAllText(Path.Combine(first, "a"), "1");
        File.WriteAllText(Path.Combine(second, "b"), "2");

        if (!FolderExchange.TrySwap(first, second))
        {
            // Not a failure: the writer then uses two renames, tested above. Say so rather than pass silently.
            Assert.Fail("renameat2(RENAME_EXCHANGE) is not supported here; only the fallback path is tested");
        }

        Assert.True(File.Exists(Path.Combine(first, "b")));
        Assert.True(File.Exists(Path.Combine(second, "a")));
    }

    private string WriteReport(string name)
    {
        string folder = Path.Combine(root, name);
        new ResultsWriter().Write(SyntheticResults.Create(), folder);
        return folder;
    }

    private static string ManifestOf(string folder) => Path.Combine(folder, ".fabricsim-results");
}
