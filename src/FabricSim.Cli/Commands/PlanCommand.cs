using System.CommandLine;
using System.Globalization;
using FabricSim.Scenarios.Shards;

namespace FabricSim.Cli.Commands;

/// <summary>
/// <c>fabricsim plan FILE</c>: the study's work units, numbered as every shard numbers them, with what each runs and
/// the random streams it draws from; <c>--shards N</c> adds the shard that runs each unit.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CommandContext context)
    {
        var file = CommonSymbols.ScenarioFile();
        var seed = CommonSymbols.Seed();
        var replications = CommonSymbols.Replications();
        var duration = CommonSymbols.Duration();
        var fidelity = CommonSymbols.Fidelity();
        var study = new Option<StudyKind?>("--study")
        {
            Description = "run, sweep or resilience (default: sweep when the scenario has a sweep, else run).",
        };
        var order = new Option<int?>("--order") { Description = "For a resilience study: 1 or 2, as for 'fabricsim resilience'." };
        order.AcceptOnlyFromAmong("1", "2");
        var shards = new Option<int?>("--shards")
        {
            Description = "Show which of N shards (--shard I/N) runs each unit.",
            CustomParser = result =>
            {
                string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1)
                {
                    return n;
                }
                result.AddError($"--shards must be a whole number of at least 1, not '{text}'.");
                return null;
            },
        };
        var command = new Command("plan", "List the numbered work units of a run, sweep or resilience study, as --shard splits them.")
        {
            file, study, order, seed, replications, duration, fidelity, shards,
        };
        command.SetAction(parseResult => context.Guard(() =>
        {
            string scenarioPath = context.FullPath(parseResult.GetValue(file)!);
            var overrides = CommonSymbols.Overrides(parseResult, seed, replications, duration);
            var validation = context.ValidateFile(scenarioPath, overrides);
            if (!validation.IsValid)
            {
                return context.ReportErrors(validation.Errors);
            }
            var kind = parseResult.GetValue(study) ?? (validation.HasSweep ? StudyKind.Sweep : StudyKind.Run);
            var request = new StudyRequest(kind, scenarioPath, kind == StudyKind.Resilience ? [] : overrides, parseResult.GetValue(fidelity), parseResult.GetValue(order));
            var plan = context.Service.Plan(request);
            Write(context.Console.Out, plan, parseResult.GetValue(shards));
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static void Write(TextWriter output, WorkPlan plan, int? shards)
    {
        string kind = plan.Kind.ToString().ToLowerInvariant();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{plan.Scenario.Name}: {kind}, {plan.Units.Count} work units, seed {plan.Seed}, fidelity {plan.Fidelity}, scenario hash {plan.ScenarioHash}"));
        var rows = plan.Units.Select(unit => new[]
        {
            unit.Id.ToString(CultureInfo.InvariantCulture),
            plan.Kind == StudyKind.Sweep ? $"{unit.Point} ({unit.PointText})" : "-",
            unit.Option,
            plan.Kind == StudyKind.Resilience ? "-" : unit.Replication.ToString(CultureInfo.InvariantCulture),
            plan.Kind == StudyKind.Resilience ? unit.FailureSet : "(scenario's own)",
            plan.Kind == StudyKind.Resilience ? "-" : string.Create(CultureInfo.InvariantCulture, $"{plan.Seed}/{unit.Replication}"),
            shards is { } n ? new Shard(unit.Id % n + 1, n).ToString() : "",
        }).ToList();
        string[] header = ["unit", "point", "option", "replication", "failure set", "streams (seed/replication)", shards is null ? "" : "shard"];
        int[] widths = [.. header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max())];
        output.WriteLine(string.Join("  ", header.Select((h, c) => h.PadRight(widths[c]))).TrimEnd());
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }
    }
}
