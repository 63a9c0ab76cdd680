using FabricSim.Cli.Commands;
using FabricSim.Cli.Service;

namespace FabricSim.Cli;

internal static class Program
{
    /// <summary>The one place where the simulation layers are connected to the command line.</summary>
    private static IScenarioService CreateScenarioService() => new ScenarioService();

    public static int Main(string[] args)
    {
        using var signals = StopSignals.Register();
        return CliApplication.Run(args, CreateScenarioService, CliConsole.System, Environment.CurrentDirectory, signals);
    }
}
