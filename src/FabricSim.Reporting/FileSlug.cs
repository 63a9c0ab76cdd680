using System.Text;

namespace FabricSim.Reporting;

/// <summary>
/// Turns names chosen in a scenario (options, swept parameters) into file-name parts that are safe on every
/// file system, unique within one report, and the same from run to run.
/// </summary>
internal sealed class FileSlug
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public string Unique(string name)
    {
        string slug = Of(name);
        string candidate = slug;
        for (int suffix = 2; !used.Add(candidate); suffix++)
        {
            candidate = $"{slug}-{suffix}";
        }
        return candidate;
    }

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new StringBuilder(name.Length);
        foreach (char character in name)
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                slug.Append(char.ToLowerInvariant(character));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        string text = slug.ToString().TrimEnd('-');
        return text.Length == 0 ? "unnamed" : text;
    }
}
