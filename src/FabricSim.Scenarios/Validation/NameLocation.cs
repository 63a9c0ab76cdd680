namespace FabricSim.Scenarios.Validation;

/// <summary>Where an element is named in the scenario text, for warnings about a whole element rather than one key.</summary>
internal static class NameLocation
{
    /// <summary>The line and column of "name: NAME" (not a longer name that starts the same), or the file's start when not found.</summary>
    public static (int Line, int Column) Find(string text, string name)
    {
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int at = lines[i].IndexOf("name: " + name, StringComparison.Ordinal);
            if (at >= 0 && (at + 6 + name.Length == lines[i].TrimEnd('\r').Length || !char.IsLetterOrDigit(lines[i][at + 6 + name.Length]) && lines[i][at + 6 + name.Length] != '-'))
            {
                return (i + 1, at + 1);
            }
        }
        return (1, 1);
    }
}
