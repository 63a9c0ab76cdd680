using FabricSim.Cli.Commands;
namespace FabricSim.Cli.Tests;

/// <summary>
/// The results folder through the command line: a folder that is not FabricSim's, or a path that cannot be a
/// folder, is refused with exit 2 before anything is simulated, and the user's files are never touched.
/// </summary>
public sealed class ResultsFolderCommandTests : IDisposable
{
    private readonly CliHarness cli = new("out");

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData(".")]
    [InlineData("")]
    public void Out_naming_the_folder_of_the_scenario_is_refused_before_simulating(string relative)
    {
        // The reproducer: 'fabricsim run /tmp/work/x.yaml --out /tmp/work' (or '--out .') deleted the scenario file.
        string folder = relative.Length == 0 ? cli.WorkFolder : relative;

        Assert.Equal(ExitCodes.BadInput, cli.Run("run", "metro.yaml", "--out", folder));

        Assert.Contains($"'{cli.WorkFolder}' exists and is not a FabricSim results folder", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--force", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(cli.Service.Runs);
        Assert.Equal(["metro.yaml"], cli.Entries);
    }

    [Fact]
    public void Force_adds_the_results_and_keeps_the_users_files()
    {
        Assert.Equal(ExitCodes.Ok, cli.Run("run", "metro.yaml", "--out", ".", "--force"));

        Assert.Equal("name: metro-pair\n", File.ReadAllText(Path.Combine(cli.WorkFolder, "metro.yaml")));
        Assert.True(File.Exists(Path.Combine(cli.WorkFolder, "index.html")));
    }

    [Fact]
    public void A_second_run_replaces_the_results_folder_the_first_wrote()
    {
        Assert.Equal(ExitCodes.Ok, cli.Run("sweep", "metro.yaml", "--out", "study"));
        Assert.True(File.Exists(Path.Combine(cli.WorkFolder, "study", "sweep.csv")));

        Assert.Equal(ExitCodes.Ok, cli.Run("run", "metro.yaml", "--out", "study"));

        Assert.False(File.Exists(Path.Combine(cli.WorkFolder, "study", "sweep.csv")));
        Assert.True(File.Exists(Path.Combine(cli.WorkFolder, "study", "index.html")));
        Assert.Equal(["metro.yaml", "study"], cli.Entries);
    }

    [Theory]
    [InlineData("metro.yaml", "is a file, not a folder")]
    [InlineData("metro.yaml/results", "is a file, so the folder")]
    [InlineData("/", "root of the file system")]
    [InlineData("/proc/fabricsim-results", "cannot write into")]
    public void Output_paths_that_cannot_work_exit_2_before_simulating(string folder, string expected)
    {
        Assert.Equal(ExitCodes.BadInput, cli.Run("run", "metro.yaml", "--out", folder));

        Assert.Contains(expected, cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Fix: ", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(cli.Service.Runs);
        Assert.Equal(["metro.yaml"], cli.Entries);
    }
}
