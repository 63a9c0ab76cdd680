namespace FabricSim.Reporting.Writing;

/// <summary>
/// The marker in every folder FabricSim writes: its presence says the folder is FabricSim's to replace, and its
/// list says which files there FabricSim wrote (and so may delete); anything else in the folder belongs to the user.
/// </summary>
internal static class ResultsManifest
{
    public const string FileName = ".fabricsim-results";

    private const string Header = "# FabricSim results folder. fabricsim replaces this folder on a later run with the same --out;";
    private const string Explanation = "# it writes and deletes only the files listed below. Delete this file to keep fabricsim from touching the folder.";

    public static string Text(IEnumerable<string> relativeFiles) =>
        string.Join('\n', new[] { Header, Explanation }.Concat(relativeFiles.Order(StringComparer.Ordinal))) + "\n";

    /// <summary>The files listed by the folder's manifest, or null when the folder has none (it is not FabricSim's).</summary>
    public static IReadOnlySet<string>? Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header)
        {
            return null;
        }
        return lines.Where(line => line.Length > 0 && !line.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The files FabricSim wrote in <paramref name="folder"/>: those its manifest lists or, for a report written
    /// before manifests existed, every file when all of them bear results names and the index is there.
    /// </summary>
    public static IReadOnlySet<string>? Owned(string folder)
    {
        if (Read(folder) is { } listed)
        {
            return listed;
        }
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
        bool earlierReport = files.Contains(ResultsWriter.IndexFileName)
            && Directory.EnumerateDirectories(folder).All(sub => Path.GetFileName(sub) == ResultsWriter.PlotsFolderName)
            && files.All(file => ResultsFolder.FixedFiles.Contains(file, StringComparer.Ordinal)
                || (file.StartsWith(ResultsWriter.PlotsFolderName + "/", StringComparison.Ordinal) && file.Count(c => c == '/') == 1
                    && (file.EndsWith(".png", StringComparison.Ordinal) || file.EndsWith(".svg", StringComparison.Ordinal))));
        return earlierReport ? files : null;
    }

    /// <summary>Every file under <paramref name="folder"/> that its manifest does not list (the manifest itself excepted).</summary>
    public static IReadOnlyList<string> Foreign(string folder, IReadOnlySet<string> owned) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(file => file != FileName && !owned.Contains(file))
            .Order(StringComparer.Ordinal)
            .ToList();
}
