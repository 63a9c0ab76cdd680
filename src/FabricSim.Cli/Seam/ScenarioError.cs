namespace FabricSim.Cli.Seam;

/// <summary>One problem in a scenario file, located so an editor can jump to it, with how to fix it.</summary>
internal sealed record ScenarioError(string File, int Line, int Column, string Message, string Fix)
{
    /// <summary>The compiler-style form editors and terminals recognise: <c>file:line:column: message</c>.</summary>
    public override string ToString() =>
        Fix.Length == 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}:{Line}:{Column}: {Message} Fix: {Fix}";
}
