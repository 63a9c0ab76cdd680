namespace FabricSim.Architecture.Tests;

/// <summary>
/// One place where code in namespace <paramref name="From"/> depends on namespace <paramref name="To"/>: a using
/// directive, a qualified name, or a simple name that binds to a type of an enclosing namespace.
/// </summary>
internal sealed record Reference(string From, string To, string File, int Line, string Text)
{
    public string Where => $"{File}:{Line} ({Text})";
}
