using System.Globalization;
using System.Text.RegularExpressions;

namespace FabricSim.Reporting.Plots;

/// <summary>
/// Skia's SVG canvas numbers clip paths (in hex) from a process-wide counter, so the same plot drawn twice gets different
/// ids. Renumbering them in order of first appearance makes the SVG depend on the plot alone.
/// </summary>
internal static partial class SvgClipIds
{
    public static string Normalize(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var renumbered = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, match =>
        {
            if (!renumbered.TryGetValue(match.Value, out string? replacement))
            {
                replacement = "cl_" + renumbered.Count.ToString(CultureInfo.InvariantCulture);
                renumbered.Add(match.Value, replacement);
            }
            return replacement;
        });
    }

    [GeneratedRegex(@"\bcl_[0-9a-fA-F]+\b")]
    private static partial Regex ClipId();
}
