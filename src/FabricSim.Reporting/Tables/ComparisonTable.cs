using FabricSim.Scenarios.Results;
using Spectre.Console;

namespace FabricSim.Reporting.Tables;

/// <summary>The comparison of options as a console table, drawn to any writer (a terminal, a log file, a test).</summary>
public static class ComparisonTable
{
    private const int PlainWidth = 160;

    /// <param name="writer">Where the table goes.</param>
    /// <param name="result">The result whose options are compared.</param>
    /// <param name="plain">No colours, no escape codes and an ASCII border: for redirected output and logs.</param>
    /// <param name="width">
    /// The width the table may take, in characters; null lets a terminal tell its own. Plain output defaults to a
    /// fixed width so logs of the same result are identical.
    /// </param>
    public static void Write(TextWriter writer, ScenarioResult result, bool plain, int? width = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        FidelityText.Write(writer, result);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if ((width ?? (plain ? PlainWidth : null)) is int fixedWidth)
        {
            console.Profile.Width = fixedWidth;
        }
        console.Write(Build(result, plain));
    }

    private static Table Build(ScenarioResult result, bool plain)
    {
        bool sweep = result.Sweep.Count > 0;
        string what = sweep ? $"sweep of {result.Sweep[0].Parameter} over {result.Sweep.Count} points, " : "";
        var table = new Table
        {
            Border = plain ? TableBorder.Ascii : TableBorder.Rounded,
            Title = new TableTitle(Markup.Escape($"{result.ScenarioName}: {what}{result.Replications} replication(s), seed {result.Seed}")),
        };
        var headings = sweep ? [result.Sweep[0].Parameter, .. ComparisonRow.Headings] : ComparisonRow.Headings;
        int names = sweep ? 3 : 2;
        for (int column = 0; column < headings.Count; column++)
        {
            var heading = new TableColumn(Markup.Escape(headings[column]));
            // Names read left-aligned and whole (a narrow terminal wraps the numbers instead); numbers are
            // right-aligned so their decimal points line up.
            table.AddColumn(column < names ? heading.NoWrap() : heading.RightAligned());
        }
        var rows = sweep
            ? ComparisonRow.ForSweep(result).Select(r => (IReadOnlyList<string>)[r.Setting, .. r.Row.Cells])
            : ComparisonRow.For(result).Select(r => r.Cells);
        foreach (var cells in rows)
        {
            table.AddRow(cells.Select(cell => new Text(cell)).ToArray());
        }
        return table;
    }
}
