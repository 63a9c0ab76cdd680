using FabricSim.Cli.Commands;
using FabricSim.Cli.Tests.EndToEnd;

namespace FabricSim.Cli.Tests;

/// <summary>End-to-end tests of 'fabricsim resilience': the report it writes, its determinism, and bad input.</summary>
public sealed class ResilienceCommandTests : IDisposable
{
    private readonly CliHarness cli = new("resilience");

    public void Dispose() => cli.Dispose();

    [Fact]
    public void The_study_writes_its_tables_and_report_and_prints_the_worst_sets_and_the_same_bytes_twice()
    {
        string scenario = RepositoryFiles.Scenario("one-vs-two-mcr");

        Assert.Equal(ExitCodes.Ok, cli.Run("resilience", scenario, "--out", "first"));
        Assert.Equal(ExitCodes.Ok, cli.Run("resilience", scenario, "--out", "second", "--order", "2"));
        Assert.Equal(ExitCodes.Ok, cli.Run("resilience", scenario, "--out", "third"));

        string first = Path.Combine(cli.WorkFolder, "first");
        Assert.True(File.Exists(Path.Combine(first, "index.html")));
        Assert.True(File.Exists(Path.Combine(first, "availability.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "resilience.csv")), File.ReadAllBytes(Path.Combine(cli.WorkFolder, "third", "resilience.csv")));
        Assert.True(File.ReadAllLines(Path.Combine(cli.WorkFolder, "second", "resilience.csv")).Length > File.ReadAllLines(Path.Combine(first, "resilience.csv")).Length);
        Assert.Contains("Option two-mcr", cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_order_other_than_one_or_two_is_bad_input_and_writes_nothing()
    {
        Assert.Equal(ExitCodes.BadInput, cli.Run("resilience", RepositoryFiles.Scenario("one-vs-two-mcr"), "--out", "x", "--order", "3"));
        Assert.False(Directory.Exists(Path.Combine(cli.WorkFolder, "x")));
    }
}
