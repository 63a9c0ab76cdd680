namespace FabricSim.Cli.Commands;

/// <summary>Where the command line writes, and whether a person is watching (a terminal) or a program (a pipe or file).</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsOutputRedirected);
}
