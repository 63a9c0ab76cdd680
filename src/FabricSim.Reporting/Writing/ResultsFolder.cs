namespace FabricSim.Reporting.Writing;

/// <summary>
/// Decides, before anything is simulated, whether results may go into a folder: only a new folder, an empty one,
/// or one FabricSim wrote itself (it carries a manifest) may be replaced. <c>--force</c> also admits other
/// folders, but then FabricSim adds its files beside the user's and never deletes or overwrites a file it did not write.
/// </summary>
public static class ResultsFolder
{
    /// <summary>Names of the files every report has; plots vary with the result and are checked when written.</summary>
    internal static readonly string[] FixedFiles =
        ["summary.csv", "links.csv", "timeseries.csv", "cost.csv", "headroom.csv", "sweep.csv", "latency_cdf.csv", "summary.json", "verdict.json", "scenario.yaml", "runs.parquet", ResultsWriter.IndexFileName];

    /// <summary>Where a scenario's results go when no folder is chosen: results/&lt;scenario-name&gt;/ under the current folder.</summary>
    public static string DefaultFor(string currentDirectory, string scenarioName) =>
        Path.Combine(currentDirectory, "results", FileSlug.Of(scenarioName));

    /// <summary>What stops results from being written into <paramref name="folder"/>, or null when nothing does.</summary>
    public static FolderProblem? Check(string folder, bool force)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        string? parent = Path.GetDirectoryName(target);
        if (parent is null)
        {
            return new FolderProblem($"'{target}' is the root of the file system; results need a folder of their own.",
                "choose a new folder, e.g. --out ./results/my-study");
        }
        if (File.Exists(target))
        {
            return new FolderProblem($"'{target}' is a file, not a folder.", $"choose a new folder, e.g. --out {target}-results");
        }
        string existing = parent;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                return new FolderProblem($"'{existing}' is a file, so the folder '{target}' cannot be made inside it.",
                    "choose a folder whose parents are folders, e.g. --out ./results/my-study");
            }
            existing = Path.GetDirectoryName(existing) ?? existing;
        }
        if (Directory.Exists(target) && Ownership(target, force) is { } refused)
        {
            return refused;
        }
        return Writable(existing) ?? (force && Directory.Exists(target) ? Writable(target) : null);
    }

    /// <summary>Whether a folder is wholly FabricSim's: a manifest, and nothing in it that the manifest does not list.</summary>
    internal static bool IsWhollyOwned(string target) =>
        !Directory.Exists(target)
        || !Directory.EnumerateFileSystemEntries(target).Any()
        || (ResultsManifest.Owned(target) is { } owned && ResultsManifest.Foreign(target, owned).Count == 0);

    private static FolderProblem? Ownership(string target, bool force)
    {
        var owned = ResultsManifest.Owned(target);
        if (owned is null && !Directory.EnumerateFileSystemEntries(target).Any())
        {
            return null;
        }
        var foreign = ResultsManifest.Foreign(target, owned ?? new HashSet<string>());
        if (foreign.Count == 0)
        {
            return null;
        }
        if (!force)
        {
            return owned is null
                ? new FolderProblem($"'{target}' exists and is not a FabricSim results folder.",
                    "choose an empty or new folder, or add --force (which keeps every file already there)")
                : new FolderProblem($"'{target}' holds files FabricSim did not write: {List(foreign)}.",
                    "move them elsewhere or choose another folder, or add --force (which keeps them)");
        }
        var clashes = foreign.Where(file => FixedFiles.Contains(file, StringComparer.Ordinal) || file.StartsWith(ResultsWriter.PlotsFolderName + "/", StringComparison.Ordinal)).ToList();
        return clashes.Count == 0
            ? null
            : new FolderProblem($"'{target}' holds files FabricSim did not write with the names of results files: {List(clashes)}; even --force never replaces them.",
                "move or rename them, or choose another folder");
    }

    private static FolderProblem? Writable(string folder)
    {
        string probe = Path.Combine(folder, $".fabricsim-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return null;
        }
        catch (Exception denied) when (denied is IOException or UnauthorizedAccessException)
        {
            return new FolderProblem($"cannot write into '{folder}': {denied.Message}", "choose a folder you can write to with --out, or change its permissions");
        }
    }

    private static string List(IReadOnlyList<string> files) =>
        string.Join(", ", files.Take(5)) + (files.Count > 5 ? $" and {files.Count - 5} more" : "");
}
