using FabricSim.Cli.Commands;
namespace FabricSim.Cli.Tests;

/// <summary>
/// A scratch folder holding one scenario file, the fake scenario service and the captured console: what each
/// command-line test starts from.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    public CliHarness(string purpose)
    {
        WorkFolder = Path.Combine(Path.GetTempPath(), $"fabricsim-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(WorkFolder);
        File.WriteAllText(Path.Combine(WorkFolder, "metro.yaml"), "name: metro-pair\n");
    }

    public string WorkFolder { get; }

    public FakeScenarioService Service { get; } = new();

    public StringWriter Output { get; } = new();

    public StringWriter Error { get; } = new();

    public int Run(params string[] args) =>
        CliApplication.Run(args, () => Service, new CliConsole(Output, Error, IsTerminal: false), WorkFolder);

    public int Run(StopSignals signals, params string[] args) =>
        CliApplication.Run(args, () => Service, new CliConsole(Output, Error, IsTerminal: false), WorkFolder, signals);

    /// <summary>Names of what the scratch folder holds, in order.</summary>
    public IEnumerable<string?> Entries => Directory.GetFileSystemEntries(WorkFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

    public void Dispose()
    {
        Output.Dispose();
        Error.Dispose();
        Directory.Delete(WorkFolder, recursive: true);
    }
}
