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
        var monteCarlo = Count("--monte-carlo", MaxMonths,
            "Also sample each flow's availability over N simulated months of random failures and repairs, with a 95 % interval (default 0: off).");
        var packetCheck = Count("--packet-check", MaxChecked,
            "Also run, per option, the K worst failure sets the flows survive at packet level and set the measured outage beside the model's (default 0: off).");
        var shardOption = CommonSymbols.Shard();
        var command = new Command("resilience", "Enumerate the failures of every option and report what survives, the outage, shortfall, latency change and availability.")
        {
            file, order, monteCarlo, packetCheck, output, force, shardOption,
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
                if (parseResult.GetValue(monteCarlo) > 0 || parseResult.GetValue(packetCheck) > 0)
                {
                    context.Console.Error.WriteLine("fabricsim resilience: --monte-carlo and --packet-check run on the whole study, not on a shard; run them without --shard (nothing was written).");
                    return ExitCodes.BadInput;
                }
                var request = new Scenarios.Shards.StudyRequest(Scenarios.Shards.StudyKind.Resilience, scenarioPath, [], Order: parseResult.GetValue(order));
                var partial = context.Service.Shard(request, shard, new Scenarios.Running.RunOptions(Cancellation: context.Signals.Token));
                return ShardOutput.Report(context, partial, PartialResultWriter.Write(partial, folder, parseResult.GetValue(force), context.Signals.Token));
            }
            var result = context.Service.Resilience(scenarioPath, parseResult.GetValue(order), parseResult.GetValue(monteCarlo), parseResult.GetValue(packetCheck),
                context.Signals.Token);
            string report = ResilienceReport.Write(result, folder, parseResult.GetValue(force), context.Signals.Token);
            ResilienceText.Write(context.Console.Out, result);
            context.Console.Out.WriteLine($"Report: {report}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Months a Monte-Carlo check may sample: a million months of a large fabric is already hours.</summary>
    private const int MaxMonths = 1_000_000;

    /// <summary>Failure sets per option a packet check may run, each a packet simulation of its own.</summary>
    private const int MaxChecked = 100;

    private static Option<int> Count(string name, int max, string description) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => 0,
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count) && count <= max)
            {
                return count;
            }
            result.AddError($"{name} must be a whole number from 0 to {max}, not '{text}'.");
            return 0;
        },
    };
}
