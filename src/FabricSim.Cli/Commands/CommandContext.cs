using FabricSim.Scenarios.Yaml;
using FabricSim.Cli.Service;
using FabricSim.Reporting.Writing;
using FabricSim.Scenarios.Loading;

namespace FabricSim.Cli.Commands;

/// <summary>
/// What every command shares: the console, the folder relative paths start from, the stop signals, and the
/// scenario service, created only when a command needs it (so help and parse errors never touch the simulation layers).
/// </summary>
internal sealed class CommandContext
{
    private readonly Func<IScenarioService> serviceFactory;
    private IScenarioService? service;

    public CommandContext(Func<IScenarioService> serviceFactory, CliConsole console, string currentDirectory, StopSignals signals)
    {
        this.serviceFactory = serviceFactory;
        Console = console;
        CurrentDirectory = currentDirectory;
        Signals = signals;
    }

    public CliConsole Console { get; }

    public string CurrentDirectory { get; }

    public StopSignals Signals { get; }

    public IScenarioService Service => service ??= serviceFactory();

    /// <summary>What a stopped run leaves behind, said when it stops; set by the command before it simulates.</summary>
    public string KeptOnStop { get; set; } = "nothing was written.";

    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);

    /// <summary>
    /// Runs a command body and turns what can go wrong into an exit code: the user's mistakes (exit 2) are
    /// listed one per line as <c>file:line:column: message Fix: ...</c>; a stop by signal exits 130 or 143;
    /// anything else is an internal error (exit 1).
    /// </summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ScenarioValidationException input)
        {
            return ReportErrors(input.Errors);
        }
        catch (ResultsFolderException folder)
        {
            return ReportFolderProblem(folder.Problem);
        }
        catch (OperationCanceledException) when (Signals.Token.IsCancellationRequested)
        {
            Console.Error.WriteLine($"fabricsim: stopped by {Signals.SignalName}; {KeptOnStop}");
            return Signals.ExitCode;
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
            Console.Error.WriteLine(Format(error));
        }
        if (errors.Count == 0)
        {
            Console.Error.WriteLine("fabricsim: the scenario is not valid.");
        }
        return ExitCodes.BadInput;
    }

    public int ReportFolderProblem(FolderProblem problem)
    {
        Console.Error.WriteLine($"fabricsim: {problem.Message} Fix: {problem.Fix}.");
        return ExitCodes.BadInput;
    }

    /// <summary>Checks the scenario file exists and validates with the command line's run settings; returns the errors to report, or none.</summary>
    public ScenarioValidation ValidateFile(string scenarioPath, IReadOnlyList<RunOverride> overrides)
    {
        if (!File.Exists(scenarioPath))
        {
            return ScenarioValidation.Invalid(new ScenarioError(
                scenarioPath, 1, 1, "The scenario file does not exist.", "Check the path, or create the file from one under scenarios/."));
        }
        return Service.Validate(scenarioPath, overrides);
    }

    /// <summary>The compiler-style form editors and terminals recognise: <c>file:line:column: message Fix: ...</c>.</summary>
    public static string Format(ScenarioError error) =>
        error.Fix.Length == 0
            ? $"{error.File}:{error.Line}:{error.Column}: {error.Message}"
            : $"{error.File}:{error.Line}:{error.Column}: {error.Message} Fix: {error.Fix}";
}
