using FabricSim.Cli.Seam;

namespace FabricSim.Cli;

internal static class Program
{
    /// <summary>
    /// Creates the service the commands run on. It is the one place where the simulation layers are
    /// connected to the command line.
    /// </summary>
    private static IScenarioService CreateScenarioService() => new UnavailableScenarioService();

    public static int Main(string[] args) =>
        CliApplication.Run(args, CreateScenarioService, CliConsole.System, Environment.CurrentDirectory);
}
