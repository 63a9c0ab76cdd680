namespace FabricSim.Scenarios.Validation;

/// <summary>Where an element is named in the scenario text, for warnings about a whole element rather than one key.</summary>
internal static class NameLocation
{
    /// <summary>
    /// The line and column of "name: NAME" (not a longer name that starts the same), searching after where
    /// <paramref name="within"/> (its option) is named, since names are unique only within an option; anywhere in the
    /// file when not found after it, and the file's start when not found at all.
    /// </summary>
    public static (int Line, int Column) Find(string text, string name, string? within = null)
    {
        string[] lines = text.Split('\n');
        int from = within is null ? 0 : Math.Max(0, Search(lines, within, 0).Line);
        var (line, column) = Search(lines, name, from);
        if (line < 0)
        {
            (line, column) = Search(lines, name, 0);
        }
        return line < 0 ? (1, 1) : (line + 1, column + 1);
    }

    private static (int Line, int Column) Search(string[] lines, string name, int from)
    {
        for (int i = from; i < lines.Length; i++)
        {
            int at = lines[i].IndexOf("name: " + name, StringComparison.Ordinal);
            if (at >= 0 && (at + 6 + name.Length == lines[i].TrimEnd('\r').Length || !char.IsLetterOrDigit(lines[i][at + 6 + name.Length]) && lines[i][at + 6 + name.Length] != '-'))
            {
                return (i, at);
            }
        }
        return (-1, -1);
    }
}
