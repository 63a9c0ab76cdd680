using System.Globalization;
using System.Text;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Html;

/// <summary>
/// A looking glass too large for the report page (a full mesh of a hundred routers prints tens of megabytes): the
/// page shows each router's route count and the first routers' tables as a sample, and the full text goes to a file
/// of its own in the results folder. Small ones stay inline, as a reader expects.
/// </summary>
internal static class LargeLookingGlass
{
    /// <summary>Above this many characters the looking glass leaves the page: a few hundred routes stay inline.</summary>
    public const int InlineLimit = 200_000;

    /// <summary>How many routers' tables the page shows as a sample.</summary>
    public const int SampleRouters = 2;

    public const string FolderName = "looking-glass";

    /// <summary>
    /// The file each large looking glass goes to, keyed by the option result it belongs to (sweep points repeat option
    /// names, so file names are made unique in the order the report lists them).
    /// </summary>
    public static IReadOnlyDictionary<OptionResult, string> Files(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var files = new Dictionary<OptionResult, string>(ReferenceEqualityComparer.Instance);
        var slugs = new FileSlug();
        var options = result.Sweep.Count > 0 ? result.Sweep.SelectMany(point => point.Options) : result.Options;
        foreach (var option in options)
        {
            if (option.LookingGlass.Length > InlineLimit)
            {
                files[option] = FolderName + "/" + slugs.Unique(option.Name) + ".txt";
            }
        }
        return files;
    }

    /// <summary>Router name and route count for each router, and the text of the first <see cref="SampleRouters"/>.</summary>
    public static (IReadOnlyList<(string Router, int Routes)> Counts, string Sample) Summarise(string lookingGlass)
    {
        ArgumentNullException.ThrowIfNull(lookingGlass);
        var counts = new List<(string, int)>();
        var sample = new StringBuilder();
        string? router = null;
        int routes = 0;
        foreach (var line in lookingGlass.Split('\n'))
        {
            // A router's heading is the only line that starts in the first column; its routes are the lines marked "*".
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                if (router is not null)
                {
                    counts.Add((router, routes));
                }
                int paren = line.IndexOf(" (", StringComparison.Ordinal);
                router = paren > 0 ? line[..paren] : line.TrimEnd('\r');
                routes = 0;
            }
            else if (line.StartsWith("  *", StringComparison.Ordinal))
            {
                routes++;
            }
            if (counts.Count < SampleRouters && router is not null)
            {
                sample.Append(line).Append('\n');
            }
        }
        if (router is not null)
        {
            counts.Add((router, routes));
        }
        return (counts, sample.ToString().TrimEnd('\n') + "\n");
    }

    public static string CountText(int routes) => routes.ToString("N0", CultureInfo.InvariantCulture);
}
