using FabricSim.Cli.Seam;

namespace FabricSim.Cli;

internal static class Program
{
    /// <summary>
    /// Creates the service the commands run on. It is the one place where the simulation layers are
    /// connected to the command line.
    /// </summary>
    internal static Func<IScenarioService> ScenarioServiceFactory { get; set; } = () => new UnavailableScenarioService();

    public static int Main(string[] args) =>
        CliApplication.Run(args, ScenarioServiceFactory, CliConsole.System, Environment.CurrentDirectory);
}
