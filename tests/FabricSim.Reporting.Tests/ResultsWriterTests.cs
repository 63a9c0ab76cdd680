using FabricSim.Reporting.Writing;

namespace FabricSim.Reporting.Tests;

public sealed class ResultsWriterTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "fabricsim-writer-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Writes_every_table_json_plot_and_the_index()
    {
        string target = Path.Combine(root, "two-sites");
        string index = new ResultsWriter().Write(SyntheticResults.Create(), target);

        Assert.Equal(Path.Combine(target, "index.html"), index);
        string[] expected =
        [
            ".fabricsim-results", "cost.csv", "headroom.csv", "index.html", "latency_cdf.csv", "links.csv", "scenario.yaml", "summary.csv", "summary.json", "timeseries.csv",
        ];
        Assert.Equal(expected, Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var plots = Directory.GetFiles(Path.Combine(target, "plots")).Select(Path.GetFileName).ToHashSet();
        Assert.Equal(20, plots.Count);
        Assert.Contains("latency_cdf_sdci.png", plots);
        Assert.Contains("latency_cdf_sdci.svg", plots);
        Assert.Contains("cost.svg", plots);
        Assert.Equal(SyntheticResults.ScenarioText, File.ReadAllText(Path.Combine(target, "scenario.yaml")));
        Assert.Equal([Path.GetFileName(target)], Directory.GetDirectories(root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_sweep_writes_sweep_csv_and_its_curves()
    {
        string target = Path.Combine(root, "swept");
        new ResultsWriter().Write(SyntheticResults.CreateSweep(), target);
        Assert.True(File.Exists(Path.Combine(target, "sweep.csv")));
        Assert.True(File.Exists(Path.Combine(target, "plots", "sweep_demand-fraction_p99.png")));
        Assert.True(File.Exists(Path.Combine(target, "plots", "sweep_demand-fraction_cost.svg")));
    }

    [Fact]
    public void No_sweep_means_no_sweep_csv()
    {
        string target = Path.Combine(root, "plain");
        new ResultsWriter().Write(SyntheticResults.Create(withSweep: false), target);
        Assert.False(File.Exists(Path.Combine(target, "sweep.csv")));
    }

    [Fact]
    public void Same_result_gives_byte_identical_files()
    {
        var writer = new ResultsWriter();
        string first = Path.Combine(root, "first");
        string second = Path.Combine(root, "second");
        writer.Write(SyntheticResults.Create(), first);
        writer.Write(SyntheticResults.Create(), second);

        var firstFiles = RelativeFiles(first);
        Assert.Equal(firstFiles, RelativeFiles(second));
        Assert.NotEmpty(firstFiles);
        foreach (string file in firstFiles)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))),
                $"{file} differs between two writes of the same result");
        }
    }

    [Fact]
    public void Failure_part_way_leaves_neither_target_nor_temporary_folder()
    {
        string target = Path.Combine(root, "broken");
        var writer = new ResultsWriter(ReportOptions.Default, FailingOn("summary.json"));

        Assert.Throws<IOException>(() => writer.Write(SyntheticResults.Create(), target));

        Assert.False(Directory.Exists(target));
        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void Failure_keeps_the_previous_report_untouched()
    {
        string target = Path.Combine(root, "kept");
        new ResultsWriter().Write(SyntheticResults.Create(withSweep: false), target);
        string before = File.ReadAllText(Path.Combine(target, "summary.csv"));

        var failing = new ResultsWriter(ReportOptions.Default, FailingOn("index.html"));
        Assert.Throws<IOException>(() => failing.Write(SyntheticResults.CreateSweep(), target));

        Assert.Equal(before, File.ReadAllText(Path.Combine(target, "summary.csv")));
        Assert.False(File.Exists(Path.Combine(target, "sweep.csv")));
        Assert.Equal([target], Directory.GetDirectories(root));
    }

    [Fact]
    public void Success_replaces_an_earlier_report_completely()
    {
        string target = Path.Combine(root, "replaced");
        new ResultsWriter().Write(SyntheticResults.Create(withSweep: true), target);
        Assert.True(File.Exists(Path.Combine(target, "sweep.csv")));

        new ResultsWriter().Write(SyntheticResults.Create(withSweep: false), target);

        Assert.False(File.Exists(Path.Combine(target, "sweep.csv")));
        Assert.True(File.Exists(Path.Combine(target, "index.html")));
        Assert.Equal([target], Directory.GetDirectories(root));
    }

    private static Func<string, Stream> FailingOn(string fileName) => path =>
    {
        if (Path.GetFileName(path) == fileName)
        {
            throw new IOException($"Simulated failure writing {fileName}.");
        }
        return File.Create(path);
    };

    private static List<string> RelativeFiles(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path))
            .Order(StringComparer.Ordinal)
            .ToList();
}
