using System.CommandLine;
using FabricSim.Reporting.Resilience;
using FabricSim.Reporting.Writing;

namespace FabricSim.Cli.Commands;

/// <summary>
/// <c>fabricsim resilience FILE</c>: which failures each option survives, with what outage, shortfall and latency
/// change, and each flow's availability; written into a results folder like <c>run</c>, the worst sets printed.
/// </summary>
internal static class ResilienceCommand
{
    public static Command Create(CommandContext context)
    {
        var file = CommonSymbols.ScenarioFile();
        var output = CommonSymbols.OutputFolder();
        output.Description = "Folder for the results (default: results/<scenario-name>-resilience/ under the current folder). It must be new, empty, or "
            + "a results folder FabricSim wrote, which is replaced.";
        var force = CommonSymbols.Force();
        var order = new Option<int?>("--order")
        {
            Description = "1: every single failure and the pairs that share a risk (default, or the file's resilience.order); 2: also every pair of failures.",
        };
        order.AcceptOnlyFromAmong("1", "2");
        var shardOption = CommonSymbols.Shard();
        var command = new Command("resilience", "Enumerate the failures of every option and report what survives, the outage, shortfall, latency change and availability.")
        {
            file, order, output, force, shardOption,
        };
        command.SetAction(parseResult => context.Guard(() =>
        {
            string scenarioPath = context.FullPath(parseResult.GetValue(file)!);
            var validation = context.ValidateFile(scenarioPath, []);
            if (!validation.IsValid)
            {
                return context.ReportErrors(validation.Errors);
            }
            var shard = parseResult.GetValue(shardOption);
            string folder = parseResult.GetValue(output) is { Length: > 0 } chosen
                ? context.FullPath(chosen)
                : shard is not null
                    ? CommonSymbols.ShardFolder(context.CurrentDirectory, validation.ScenarioName + "-resilience", shard)
                    : ResultsFolder.DefaultFor(context.CurrentDirectory, validation.ScenarioName + "-resilience");
            if (ResultsFolder.Check(folder, parseResult.GetValue(force)) is { } problem)
            {
                return context.ReportFolderProblem(problem);
            }
            context.KeptOnStop = Directory.Exists(folder)
                ? $"no results were written; {folder} still holds the previous results, unchanged."
                : $"no results were written; {folder} was not created.";
            if (shard is not null)
            {
                var request = new Scenarios.Shards.StudyRequest(Scenarios.Shards.StudyKind.Resilience, scenarioPath, [], Order: parseResult.GetValue(order));
                var partial = context.Service.Shard(request, shard, new Scenarios.Running.RunOptions(Cancellation: context.Signals.Token));
                return ShardOutput.Report(context, partial, PartialResultWriter.Write(partial, folder, parseResult.GetValue(force), context.Signals.Token));
            }
            var result = context.Service.Resilience(scenarioPath, parseResult.GetValue(order));
            string report = ResilienceReport.Write(result, folder, parseResult.GetValue(force), context.Signals.Token);
            ResilienceText.Write(context.Console.Out, result);
            context.Console.Out.WriteLine($"Report: {report}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
