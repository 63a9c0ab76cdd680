using System.CommandLine;
using FabricSim.Cli.Service;
using FabricSim.Reporting;
using FabricSim.Reporting.Tables;
using FabricSim.Reporting.Writing;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Yaml;
using FabricSim.Scenarios.Running;

namespace FabricSim.Cli.Commands;

/// <summary>
/// The commands that simulate: <c>run</c> and <c>sweep</c> write a report, <c>compare</c> only prints the
/// comparison. All of them check the scenario, the command line's settings and the results folder first, so bad
/// input fails fast and writes nothing.
/// </summary>
internal static class SimulationCommands
{
    private delegate ScenarioResult Simulation(IScenarioService service, string scenarioPath, IReadOnlyList<RunOverride> overrides, RunOptions options);

    public static Command Run(CommandContext context) => Create(
        context, "run", "Simulate every option of a scenario and write the results and report.",
        (service, path, overrides, options) => service.Run(path, overrides, options),
        writesReport: true, Scenarios.Shards.StudyKind.Run);

    public static Command Sweep(CommandContext context) => Create(
        context, "sweep", "Simulate a scenario at every point of its what-if axes and write the sweep curves and report.",
        (service, path, overrides, options) => service.Sweep(path, overrides, options),
        writesReport: true, Scenarios.Shards.StudyKind.Sweep);

    public static Command Compare(CommandContext context) => Create(
        context, "compare", "Simulate every option of a scenario and print the comparison table only.",
        (service, path, overrides, options) => service.Run(path, overrides, options),
        writesReport: false);

    private static Command Create(CommandContext context, string name, string description, Simulation simulate, bool writesReport,
        Scenarios.Shards.StudyKind kind = Scenarios.Shards.StudyKind.Run)
    {
        var shardOption = CommonSymbols.Shard();
        var file = CommonSymbols.ScenarioFile();
        var seed = CommonSymbols.Seed();
        var replications = CommonSymbols.Replications();
        var jobs = CommonSymbols.Jobs();
        var duration = CommonSymbols.Duration();
        var fidelity = CommonSymbols.Fidelity();
        var output = CommonSymbols.OutputFolder();
        var force = CommonSymbols.Force();
        var logLatency = CommonSymbols.LogLatency();
        var check = new Option<bool>("--check")
        {
            Description = $"Exit with {ExitCodes.RequirementsNotMet} when no option is shown to meet the scenario's requirements, so a pipeline can gate on the design.",
        };
        var command = new Command(name, description) { file, seed, replications, jobs, duration, fidelity };
        if (!writesReport)
        {
            command.Options.Add(check);
        }
        if (writesReport)
        {
            command.Options.Add(output);
            command.Options.Add(force);
            command.Options.Add(logLatency);
            command.Options.Add(shardOption);
        }
        command.SetAction(parseResult => context.Guard(() =>
        {
            string scenarioPath = context.FullPath(parseResult.GetValue(file)!);
            var overrides = CommonSymbols.Overrides(parseResult, seed, replications, duration);
            var validation = context.ValidateFile(scenarioPath, overrides);
            if (!validation.IsValid)
            {
                return context.ReportErrors(validation.Errors);
            }
            bool gate = !writesReport && parseResult.GetValue(check);
            if (gate && !validation.HasRequirements)
            {
                return context.ReportErrors([new ScenarioError(scenarioPath, 1, 1, "--check needs requirements to check, and the scenario sets none",
                    "add a 'requirements:' block with bounds and a budget (see docs/requirements.md)")]);
            }
            string? folder = null;
            var shard = writesReport ? parseResult.GetValue(shardOption) : null;
            if (writesReport)
            {
                folder = parseResult.GetValue(output) is { Length: > 0 } chosen
                    ? context.FullPath(chosen)
                    : shard is not null
                        ? CommonSymbols.ShardFolder(context.CurrentDirectory, validation.ScenarioName, shard)
                        : ResultsFolder.DefaultFor(context.CurrentDirectory, validation.ScenarioName);
                if (ResultsFolder.Check(folder, parseResult.GetValue(force)) is { } problem)
                {
                    return context.ReportFolderProblem(problem);
                }
                context.KeptOnStop = Directory.Exists(folder)
                    ? $"no results were written; {folder} still holds the previous results, unchanged."
                    : $"no results were written; {folder} was not created.";
            }
            else
            {
                context.KeptOnStop = "nothing was written.";
            }
            var token = context.Signals.Token;
            if (shard is not null)
            {
                var request = new Scenarios.Shards.StudyRequest(kind, scenarioPath, overrides, parseResult.GetValue(fidelity));
                var partial = ProgressDisplay.Track(context.Console, $"Simulating shard {shard} of {validation.ScenarioName}",
                    progress => context.Service.Shard(request, shard, new RunOptions(Jobs: parseResult.GetValue(jobs) ?? 0, Progress: progress, Cancellation: token)));
                return ShardOutput.Report(context, partial, PartialResultWriter.Write(partial, folder!, parseResult.GetValue(force), token));
            }
            var result = ProgressDisplay.Track(context.Console, $"Simulating {validation.ScenarioName}",
                progress => simulate(context.Service, scenarioPath, overrides,
                    new RunOptions(Jobs: parseResult.GetValue(jobs) ?? 0, Progress: progress, Cancellation: token) { Fidelity = parseResult.GetValue(fidelity) }));
            string? report = null;
            if (folder is not null)
            {
                var writer = new ResultsWriter(new ReportOptions(LogLatencyAxis: parseResult.GetValue(logLatency)), parseResult.GetValue(force));
                report = writer.Write(result, folder, token);
            }
            context.Console.Out.WriteLine();
            if (result.Sweep.Count == 0)
            {
                if (result.Verdict is { } verdict)
                {
                    VerdictText.Write(context.Console.Out, verdict);
                }
                else
                {
                    context.Console.Out.WriteLine(VerdictText.NoRequirements);
                }
                foreach (string caveat in result.ComparisonCaveats)
                {
                    context.Console.Out.WriteLine($"Caveat: {caveat}");
                }
                context.Console.Out.WriteLine();
                foreach (var option in result.Options)
                {
                    context.Console.Out.WriteLine(HeadroomText.Summary(option, result.UtilizationLimit, result.AnnualGrowth));
                }
                context.Console.Out.WriteLine();
            }
            ComparisonTable.Write(context.Console.Out, result, plain: !context.Console.IsTerminal);
            if (report is not null)
            {
                context.Console.Out.WriteLine();
                context.Console.Out.WriteLine($"Report: {report}");
            }
            return gate && result.Verdict is { AnyOptionMeetsRequirements: false } ? ExitCodes.RequirementsNotMet : ExitCodes.Ok;
        }));
        return command;
    }
}
