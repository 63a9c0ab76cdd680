namespace FabricSim.Architecture.Tests;

/// <summary>One C# file as the analysis sees it: its path from the repository root, with '/' separators, and its text.</summary>
internal sealed record SourceFile(string RelativePath, string Text)
{
    /// <summary>The project folder under src/ that holds the file (e.g. FabricSim.Network), or null outside src/.</summary>
    public string? Project
    {
        get
        {
            var parts = RelativePath.Split('/');
            return parts.Length > 2 && parts[0] == "src" ? parts[1] : null;
        }
    }
}
