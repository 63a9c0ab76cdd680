using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FabricSim.Reporting.Writing;

/// <summary>
/// Tidies up after a writer that was killed: its temporary siblings of a results folder
/// (<c>&lt;folder&gt;.tmp-PID-N</c>, <c>&lt;folder&gt;.old-PID-N</c>) are removed once that process is gone, and a
/// folder that was moved aside but never replaced is moved back.
/// </summary>
internal static partial class StaleFolders
{
    public static string Name(string target, string purpose, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{target}.{purpose}-{Environment.ProcessId}-{number}");

    public static void Clean(string target)
    {
        string? parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }
        string prefix = Path.GetFileName(target) + ".";
        var leftovers = Directory.EnumerateDirectories(parent)
            .Select(path => (Path: path, Name: Path.GetFileName(path)))
            .Where(entry => entry.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(entry => (entry.Path, Match: Leftover().Match(entry.Name[prefix.Length..])))
            .Where(entry => entry.Match.Success && IsDead(entry.Match.Groups["pid"].Value))
            // Moved-aside folders first, so a missing target is restored before temporary copies go.
            .OrderBy(entry => entry.Match.Groups["purpose"].Value == "old" ? 0 : 1)
            .ThenBy(entry => entry.Path, StringComparer.Ordinal)
            .ToList();
        foreach (var (path, match) in leftovers)
        {
            bool ours = ResultsManifest.Read(path) is not null || !Directory.EnumerateFileSystemEntries(path).Any();
            if (!ours)
            {
                continue;
            }
            if (match.Groups["purpose"].Value == "old" && !Directory.Exists(target))
            {
                Directory.Move(path, target);
            }
            else
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }

    private static bool IsDead(string pidText)
    {
        if (!int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
        {
            return false;
        }
        if (pid == Environment.ProcessId)
        {
            return false;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    [GeneratedRegex(@"^(?<purpose>tmp|old)-(?<pid>[0-9]+)-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Leftover();
}
