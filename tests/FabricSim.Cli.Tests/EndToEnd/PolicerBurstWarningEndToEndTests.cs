using FabricSim.Cli.Commands;
using FabricSim.Cli.Service;

namespace FabricSim.Cli.Tests.EndToEnd;

/// <summary>
/// validate on the bundled long-haul scenario warns about the policed VXC with its file:line:column and the fix,
/// and still exits 0: the warned design is one of the options compared, not an error.
/// </summary>
public sealed class PolicerBurstWarningEndToEndTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "fabricsim-burst-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public PolicerBurstWarningEndToEndTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        _output.Dispose();
        _error.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public void Validate_warns_about_the_policed_long_haul_vxc_only_and_exits_0()
    {
        string file = RepositoryFiles.Scenario("long-haul-replication");
        string[] lines = File.ReadAllLines(file);
        // Both VXC options name their VXC syd-tokyo: the warning points at dx-policed's.
        int option = Array.FindIndex(lines, l => l.Contains("name: dx-policed", StringComparison.Ordinal));
        int line = Array.FindIndex(lines, option, l => l.Contains("name: syd-tokyo", StringComparison.Ordinal)) + 1;

        int exitCode = CliApplication.Run(["validate", file], () => new ScenarioService(), new CliConsole(_output, _error, IsTerminal: false), _work);

        string all = _output.ToString() + _error.ToString();
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains($"long-haul-replication.yaml:{line}:", all, StringComparison.Ordinal);
        Assert.Contains("VXC 'syd-tokyo' in option 'dx-policed'", all, StringComparison.Ordinal);
        Assert.Contains("customer_shaper: true", all, StringComparison.Ordinal);
        Assert.DoesNotContain("option 'dx-shaped'", all, StringComparison.Ordinal);
    }
}
