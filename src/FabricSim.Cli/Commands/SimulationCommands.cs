using System.CommandLine;
using FabricSim.Cli.Seam;
using FabricSim.Reporting;
using FabricSim.Reporting.Tables;
using FabricSim.Reporting.Writing;
using FabricSim.Scenarios.Results;

namespace FabricSim.Cli.Commands;

/// <summary>
/// The commands that simulate: <c>run</c> and <c>sweep</c> write a report, <c>compare</c> only prints the
/// comparison. All of them check the scenario first, so bad input fails fast and writes nothing.
/// </summary>
internal static class SimulationCommands
{
    private delegate ScenarioResult Simulation(
        IScenarioService service, string scenarioPath, RunOverrides overrides, IProgress<RunProgress> progress, CancellationToken cancellationToken);

    public static Command Run(CommandContext context) => Create(
        context, "run", "Simulate every option of a scenario and write the results and report.",
        (service, path, overrides, progress, cancellationToken) => service.Run(path, overrides, progress, cancellationToken),
        writesReport: true);

    public static Command Sweep(CommandContext context) => Create(
        context, "sweep", "Simulate a scenario at every point of its what-if axes and write the sweep curves and report.",
        (service, path, overrides, progress, cancellationToken) => service.Sweep(path, overrides, progress, cancellationToken),
        writesReport: true);

    public static Command Compare(CommandContext context) => Create(
        context, "compare", "Simulate every option of a scenario and print the comparison table only.",
        (service, path, overrides, progress, cancellationToken) => service.Run(path, overrides, progress, cancellationToken),
        writesReport: false);

    private static Command Create(CommandContext context, string name, string description, Simulation simulate, bool writesReport)
    {
        var file = CommonSymbols.ScenarioFile();
        var seed = CommonSymbols.Seed();
        var replications = CommonSymbols.Replications();
        var jobs = CommonSymbols.Jobs();
        var duration = CommonSymbols.Duration();
        var output = CommonSymbols.OutputFolder();
        var logLatency = CommonSymbols.LogLatency();
        var command = new Command(name, description) { file, seed, replications, jobs, duration };
        if (writesReport)
        {
            command.Options.Add(output);
            command.Options.Add(logLatency);
        }
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(context.Guard(() =>
        {
            string scenarioPath = context.FullPath(parseResult.GetValue(file)!);
            var validation = context.ValidateFile(scenarioPath);
            if (!validation.IsValid)
            {
                return context.ReportErrors(validation.Errors);
            }
            var overrides = new RunOverrides(parseResult.GetValue(seed), parseResult.GetValue(replications), parseResult.GetValue(jobs),
                parseResult.GetValue(duration) is { } text ? Engine.Time.SimTime.Parse(text) : null);
            var result = ProgressDisplay.Track(context.Console, $"Simulating {validation.ScenarioName}",
                progress => simulate(context.Service, scenarioPath, overrides, progress, cancellationToken));
            string? report = null;
            if (writesReport)
            {
                string folder = parseResult.GetValue(output) is { Length: > 0 } chosen
                    ? context.FullPath(chosen)
                    : Path.Combine(context.CurrentDirectory, "results", FileSlug.Of(result.ScenarioName));
                var writer = new ResultsWriter(new ReportOptions(LogLatencyAxis: parseResult.GetValue(logLatency)));
                report = writer.Write(result, folder);
            }
            context.Console.Out.WriteLine();
            ComparisonTable.Write(context.Console.Out, result, plain: !context.Console.IsTerminal);
            if (report is not null)
            {
                context.Console.Out.WriteLine();
                context.Console.Out.WriteLine($"Report: {report}");
            }
            return ExitCodes.Ok;
        })));
        return command;
    }
}
