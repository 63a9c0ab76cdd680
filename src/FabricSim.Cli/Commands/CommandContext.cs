using FabricSim.Cli.Seam;

namespace FabricSim.Cli.Commands;

/// <summary>
/// What every command shares: the console, the folder relative paths start from, and the scenario service,
/// created only when a command needs it (so help and parse errors never touch the simulation layers).
/// </summary>
internal sealed class CommandContext
{
    private readonly Func<IScenarioService> serviceFactory;
    private IScenarioService? service;

    public CommandContext(Func<IScenarioService> serviceFactory, CliConsole console, string currentDirectory)
    {
        this.serviceFactory = serviceFactory;
        Console = console;
        CurrentDirectory = currentDirectory;
    }

    public CliConsole Console { get; }

    public string CurrentDirectory { get; }

    public IScenarioService Service => service ??= serviceFactory();

    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);

    /// <summary>
    /// Runs a command body and turns what can go wrong into an exit code: the user's mistakes (exit 2) are
    /// listed one per line as <c>file:line:column: message</c>; anything else is an internal error (exit 1).
    /// </summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ScenarioInputException input)
        {
            return ReportErrors(input.Errors);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("fabricsim: cancelled; no results were written.");
            return ExitCodes.InternalError;
        }
#pragma warning disable CA1031 // The command line is the outermost layer: every failure must become a message and an exit code, not a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"fabricsim: internal error: {exception.Message}");
            return ExitCodes.InternalError;
        }
    }

    public int ReportErrors(IReadOnlyList<ScenarioError> errors)
    {
        foreach (var error in errors)
        {
            Console.Error.WriteLine(error.ToString());
        }
        if (errors.Count == 0)
        {
            Console.Error.WriteLine("fabricsim: the scenario is not valid.");
        }
        return ExitCodes.BadInput;
    }

    /// <summary>Checks the scenario file exists and validates; returns the errors to report, or none.</summary>
    public ScenarioValidation ValidateFile(string scenarioPath)
    {
        if (!File.Exists(scenarioPath))
        {
            return ScenarioValidation.Invalid(new ScenarioError(
                scenarioPath, 1, 1, "The scenario file does not exist.", "Check the path, or create the file from one under scenarios/."));
        }
        return Service.Validate(scenarioPath);
    }
}
