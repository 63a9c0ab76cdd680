namespace FabricSim.Cli.Tests;

/// <summary>A stop request (what SIGINT and SIGTERM become) part-way through a run: exit 130 or 143, nothing partial written.</summary>
public sealed class StopTests : IDisposable
{
    private readonly string workFolder = Path.Combine(Path.GetTempPath(), "fabricsim-stop-" + Guid.NewGuid().ToString("N"));
    private readonly FakeScenarioService service = new();
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public StopTests()
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

    [Theory]
    [InlineData(ExitCodes.Interrupted, "SIGINT")]
    [InlineData(ExitCodes.Terminated, "SIGTERM")]
    public void A_stop_while_simulating_keeps_the_previous_results_and_exits_with_the_signals_code(int code, string signal)
    {
        string folder = Path.Combine(workFolder, "study");
        using (var first = new StopSignals())
        {
            Assert.Equal(ExitCodes.Ok, CliApplication.Run(["sweep", "metro.yaml", "--out", folder], () => service, new CliConsole(output, error, false), workFolder, first));
        }
        using var signals = new StopSignals();
        service.OnStep = step =>
        {
            if (step == 2)
            {
                signals.Request(code);
            }
        };

        int exitCode = CliApplication.Run(["run", "metro.yaml", "--out", folder], () => service, new CliConsole(output, error, false), workFolder, signals);

        Assert.Equal(code, exitCode);
        Assert.Contains($"stopped by {signal}", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{folder} still holds the previous results, unchanged", error.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "sweep.csv")), "the previous (sweep) results were replaced");
        Assert.Equal(["metro.yaml", "study"], Directory.GetFileSystemEntries(workFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
