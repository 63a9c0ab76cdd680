using System.Globalization;
using FabricSim.Scenarios.Running;
using Spectre.Console;

namespace FabricSim.Cli.Commands;

/// <summary>Shows a run's progress: a live bar for a person at a terminal, one plain line per step for logs and pipes.</summary>
internal static class ProgressDisplay
{
    public static T Track<T>(CliConsole console, string title, Func<IProgress<RunProgress>, T> work)
    {
        return console.IsTerminal ? WithBar(console, title, work) : WithLines(console, title, work);
    }

    private static T WithBar<T>(CliConsole console, string title, Func<IProgress<RunProgress>, T> work)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Out) });
        return terminal.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: 1);
                var result = work(new InlineProgress<RunProgress>(step =>
                {
                    task.MaxValue = Math.Max(1, step.Total);
                    task.Value = step.Completed;
                    task.Description = Markup.Escape(step.Description.Length > 0 ? step.Description : title);
                }));
                task.Value = task.MaxValue;
                return result;
            });
    }

    private static T WithLines<T>(CliConsole console, string title, Func<IProgress<RunProgress>, T> work)
    {
        console.Out.WriteLine(title);
        return work(new InlineProgress<RunProgress>(step => console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"[{step.Completed}/{step.Total}] {step.Description}"))));
    }
}
