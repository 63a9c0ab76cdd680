using System.CommandLine;
using FabricSim.Cli.Commands;
using FabricSim.Cli.Service;

namespace FabricSim.Cli;

/// <summary>The <c>fabricsim</c> command: parses the arguments, runs the chosen command, returns the exit code.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, Func<IScenarioService> serviceFactory, CliConsole console, string currentDirectory, StopSignals? signals = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        using var ownSignals = signals is null ? new StopSignals() : null;
        var context = new CommandContext(serviceFactory, console, currentDirectory, signals ?? ownSignals!);
        var root = new RootCommand("FabricSim: compare cloud interconnection designs (SDCI ports, MCR, MVE, VXCs, IPsec VPN) by simulation.")
        {
            SimulationCommands.Run(context),
            ValidateCommand.Create(context),
            SimulationCommands.Compare(context),
            SimulationCommands.Sweep(context),
            ResilienceCommand.Create(context),
            PlanCommand.Create(context),
            MergeCommand.Create(context),
            SchemaCommand.Create(context),
            GenerateCommand.Create(context),
            ImportCommand.Create(context),
            CatalogCommand.Create(context),
        };
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // A mistake on the command line is bad input (2), which the library would report as a generic 1.
            foreach (var error in parseResult.Errors)
            {
                console.Error.WriteLine($"fabricsim: {error.Message}");
            }
            console.Error.WriteLine("Run 'fabricsim --help' for usage.");
            return ExitCodes.BadInput;
        }
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            // Commands turn their own failures into messages and exit codes; see CommandContext.Guard.
            EnableDefaultExceptionHandler = false,
            // Signals are handled by StopSignals, so a stopped run still reports what it kept and exits 130 or 143.
            ProcessTerminationTimeout = null,
        };
        return context.Guard(() => parseResult.InvokeAsync(configuration).GetAwaiter().GetResult());
    }
}
