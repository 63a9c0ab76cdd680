namespace FabricSim.Cli.Tests;

/// <summary>
/// The results folder through the command line: a folder that is not FabricSim's, or a path that cannot be a
/// folder, is refused with exit 2 before anything is simulated, and the user's files are never touched.
/// </summary>
public sealed class ResultsFolderCommandTests : IDisposable
{
    private readonly string workFolder = Path.Combine(Path.GetTempPath(), "fabricsim-out-" + Guid.NewGuid().ToString("N"));
    private readonly FakeScenarioService service = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public ResultsFolderCommandTests()
    {
        Directory.CreateDirectory(workFolder);
        File.WriteAllText(Path.Combine(workFolder, "metro.yaml"), "name: metro-pair\n");
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
        Directory.Delete(workFolder, recursive: true);
    }

    private int Run(params string[] args) =>
        CliApplication.Run(args, () => service, new CliConsole(output, error, IsTerminal: false), workFolder);

    [Theory]
    [InlineData(".")]
    [InlineData("")]
    public void Out_naming_the_folder_of_the_scenario_is_refused_before_simulating(string relative)
    {
        // The reproducer: 'fabricsim run /tmp/work/x.yaml --out /tmp/work' (or '--out .') deleted the scenario file.
        string folder = relative.Length == 0 ? workFolder : relative;

        Assert.Equal(ExitCodes.BadInput, Run("run", "metro.yaml", "--out", folder));

        Assert.Contains($"'{workFolder}' exists and is not a FabricSim results folder", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--force", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(service.Runs);
        Assert.Equal(["metro.yaml"], Directory.GetFileSystemEntries(workFolder).Select(Path.GetFileName));
    }

    [Fact]
    public void Force_adds_the_results_and_keeps_the_users_files()
    {
        Assert.Equal(ExitCodes.Ok, Run("run", "metro.yaml", "--out", ".", "--force"));

        Assert.Equal("name: metro-pair\n", File.ReadAllText(Path.Combine(workFolder, "metro.yaml")));
        Assert.True(File.Exists(Path.Combine(workFolder, "index.html")));
    }

    [Fact]
    public void A_second_run_replaces_the_results_folder_the_first_wrote()
    {
        Assert.Equal(ExitCodes.Ok, Run("sweep", "metro.yaml", "--out", "study"));
        Assert.True(File.Exists(Path.Combine(workFolder, "study", "sweep.csv")));

        Assert.Equal(ExitCodes.Ok, Run("run", "metro.yaml", "--out", "study"));

        Assert.False(File.Exists(Path.Combine(workFolder, "study", "sweep.csv")));
        Assert.True(File.Exists(Path.Combine(workFolder, "study", "index.html")));
        Assert.Equal(["metro.yaml", "study"], Directory.GetFileSystemEntries(workFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("metro.yaml", "is a file, not a folder")]
    [InlineData("metro.yaml/results", "is a file, so the folder")]
    [InlineData("/", "root of the file system")]
    [InlineData("/proc/fabricsim-results", "cannot write into")]
    public void Output_paths_that_cannot_work_exit_2_before_simulating(string folder, string expected)
    {
        Assert.Equal(ExitCodes.BadInput, Run("run", "metro.yaml", "--out", folder));

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Fix: ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(service.Runs);
        Assert.Equal(["metro.yaml"], Directory.GetFileSystemEntries(workFolder).Select(Path.GetFileName));
    }
}
