using System.CommandLine;
using FabricSim.Reporting;
using FabricSim.Reporting.Resilience;
using FabricSim.Reporting.Writing;
using FabricSim.Scenarios.Shards;

namespace FabricSim.Cli.Commands;

/// <summary>
/// <c>fabricsim merge DIR...</c>: checks the shards' partial result folders belong to one study and hold every unit
/// exactly once, then writes the report the single process would have written, byte for byte.
/// </summary>
internal static class MergeCommand
{
    public static Command Create(CommandContext context)
    {
        var folders = new Argument<string[]>("DIR") { Description = "The partial result folders of every shard (written with --shard I/N).", Arity = ArgumentArity.OneOrMore };
        var output = CommonSymbols.OutputFolder();
        output.Description = "Folder for the merged results (default: where the single-process command writes: results/<scenario-name>/, or "
            + "results/<scenario-name>-resilience/). It must be new, empty, or a results folder FabricSim wrote, which is replaced.";
        var force = CommonSymbols.Force();
        var logLatency = CommonSymbols.LogLatency();
        var command = new Command("merge", "Merge the partial result folders of every shard of a run, sweep or resilience study into its report.")
        {
            folders, output, force, logLatency,
        };
        command.SetAction(parseResult => context.Guard(() =>
        {
            var shardFolders = parseResult.GetValue(folders)!.Select(context.FullPath).ToList();
            context.KeptOnStop = "nothing was written.";
            var merged = context.Service.Merge(shardFolders, context.Signals.Token);
            string folder = parseResult.GetValue(output) is { Length: > 0 } chosen
                ? context.FullPath(chosen)
                : ResultsFolder.DefaultFor(context.CurrentDirectory, merged.Kind == StudyKind.Resilience ? merged.ScenarioName + "-resilience" : merged.ScenarioName);
            if (ResultsFolder.Check(folder, parseResult.GetValue(force)) is { } problem)
            {
                return context.ReportFolderProblem(problem);
            }
            string report = merged.Resilience is { } resilience
                ? ResilienceReport.Write(resilience, folder, parseResult.GetValue(force), context.Signals.Token)
                : new ResultsWriter(new ReportOptions(LogLatencyAxis: parseResult.GetValue(logLatency)), parseResult.GetValue(force))
                    .Write(merged.Simulated!, folder, context.Signals.Token);
            context.Console.Out.WriteLine($"Merged {shardFolders.Count} shard folder(s) of {merged.ScenarioName}.");
            context.Console.Out.WriteLine($"Report: {report}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
