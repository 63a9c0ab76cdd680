using FabricSim.Scenarios.Decision;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Tables;

/// <summary>The verdict as the first lines a reader sees: the recommendation, then one line per option.</summary>
public static class VerdictText
{
    public static void Write(TextWriter writer, Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(verdict);
        writer.WriteLine(verdict.Summary);
        int width = verdict.Options.Max(o => o.Option.Length);
        foreach (var option in verdict.Options)
        {
            writer.WriteLine($"  {option.Option.PadRight(width)}  {Label(option.Outcome),-12}  {option.Explanation}");
        }
    }

    /// <summary>What is printed when a scenario sets no requirements: how to get a verdict.</summary>
    public const string NoRequirements = "No verdict: the scenario sets no requirements (add a 'requirements:' block with bounds and a budget).";

    private static string Label(Outcome outcome) => outcome.ToString().ToLowerInvariant();

    /// <summary>The rows of the checks table: option, flow, requirement, limit, measured, outcome, margin, replications to settle.</summary>
    internal static IReadOnlyList<string> CheckHeadings { get; } =
        ["option", "flow", "requirement", "limit", "measured (95% CI)", "outcome", "margin", "replications to settle"];

    internal static IEnumerable<IReadOnlyList<string>> CheckRows(Verdict verdict) =>
        verdict.Options.SelectMany(option => option.Checks).Select(check => (IReadOnlyList<string>)
        [
            check.Option,
            check.Flow,
            $"{check.Metric} ({check.Scope})",
            $"{(check.IsUpperBound ? "≤" : "≥")} {VerdictFigures.Format(check.Bound, check.Unit)}",
            check.Basis is { } basis ? $"{VerdictFigures.WithInterval(check.Measured, check.Unit)} ({basis})" : VerdictFigures.WithInterval(check.Measured, check.Unit),
            check.Reason is { } reason ? $"{Label(check.Outcome)}: {reason}" : Label(check.Outcome),
            VerdictFigures.Format(check.Margin, check.Unit),
            check.ReplicationsToSettle?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ]);
}
