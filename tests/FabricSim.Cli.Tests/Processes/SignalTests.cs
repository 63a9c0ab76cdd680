using FabricSim.Cli.Commands;
using FabricSim.Cli.Tests.EndToEnd;

namespace FabricSim.Cli.Tests.Processes;

/// <summary>
/// Ctrl-C and SIGTERM sent to a real fabricsim process part-way through a long run: it stops simulating, says so
/// and what it kept, exits 130 or 143, and leaves no results or temporary folder behind.
/// </summary>
public sealed class SignalTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "fabricsim-signal-" + Guid.NewGuid().ToString("N"));

    public SignalTests() => Directory.CreateDirectory(work);

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Theory]
    [InlineData("INT", ExitCodes.Interrupted, "SIGINT")]
    [InlineData("TERM", ExitCodes.Terminated, "SIGTERM")]
    public void A_signal_stops_the_run_exits_with_its_code_and_writes_nothing(string signal, int expectedCode, string named)
    {
        string results = Path.Combine(work, "results");
        // Twelve thousand simulated seconds take many minutes here: the run is surely still simulating when signalled.
        using var cli = CliProcess.Start(work, new Dictionary<string, string>(),
            "run", RepositoryFiles.Scenario("sdci-vs-ipsec"), "--duration", "12000s", "--replications", "1", "--jobs", "1", "--out", results);
        cli.WaitForOutput("Simulating", TimeSpan.FromMinutes(1));
        Thread.Sleep(TimeSpan.FromSeconds(1));

        cli.Signal(signal);
        int exitCode = cli.WaitForExit(TimeSpan.FromMinutes(1));

        Assert.Equal(expectedCode, exitCode);
        Assert.Contains($"stopped by {named}", cli.Error, StringComparison.Ordinal);
        Assert.Contains("no results were written", cli.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(work));
    }
}
