using FabricSim.Cli.Commands;
namespace FabricSim.Cli.Tests;

/// <summary>A stop request (what SIGINT and SIGTERM become) part-way through a run: exit 130 or 143, nothing partial written.</summary>
public sealed class StopTests : IDisposable
{
    private readonly CliHarness cli = new("stop");

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData(ExitCodes.Interrupted, "SIGINT")]
    [InlineData(ExitCodes.Terminated, "SIGTERM")]
    public void A_stop_while_simulating_keeps_the_previous_results_and_exits_with_the_signals_code(int code, string signal)
    {
        string folder = Path.Combine(cli.WorkFolder, "study");
        Assert.Equal(ExitCodes.Ok, cli.Run("sweep", "metro.yaml", "--out", folder));
        using var signals = new StopSignals();
        cli.Service.OnStep = step =>
        {
            if (step == 2)
            {
                signals.Request(code);
            }
        };

        int exitCode = cli.Run(signals, "run", "metro.yaml", "--out", folder);

        Assert.Equal(code, exitCode);
        Assert.Contains($"stopped by {signal}", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{folder} still holds the previous results, unchanged", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "sweep.csv")), "the previous (sweep) results were replaced");
        Assert.Equal(["metro.yaml", "study"], cli.Entries);
    }
}
