using System.Globalization;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Html;

/// <summary>
/// The element of an option that limits its traffic: the one that dropped the most packets to congestion (a full
/// queue or a rate limit), else, when nothing was dropped, the busiest against its rate. Failures are not congestion.
/// </summary>
internal static class Bottleneck
{
    public static LinkSummary? Of(IReadOnlyList<LinkSummary> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var dropping = links.Where(l => l.DropsQueue + l.DropsPolicer > 0).ToList();
        if (dropping.Count > 0)
        {
            return dropping.OrderByDescending(l => l.DropsQueue + l.DropsPolicer).ThenBy(l => l.Link, StringComparer.Ordinal).First();
        }
        return links.Where(l => double.IsFinite(l.Utilization.Mean))
            .OrderByDescending(l => l.Utilization.Mean).ThenBy(l => l.Link, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>One sentence naming the element, its direction, its load against its rate and its drops by reason.</summary>
    public static string Describe(LinkSummary link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var invariant = CultureInfo.InvariantCulture;
        string what = link.Kind switch
        {
            "vxc" => $"the rate limit of VXC {link.Link} ({link.From} to {link.To})",
            "mcr" => $"the rate limit of MCR {link.Link}",
            "cloud_connection" => $"the cloud connection port {link.Link} ({link.From} to {link.To})",
            _ => $"link {link.Link} ({link.From} to {link.To})",
        };
        string load = link.OfferedBitsPerSecond is { } offered && double.IsFinite(offered.Mean)
            ? string.Create(invariant, $"{offered.Mean / 1e6:0.#} Mbit/s offered, {link.CarriedBitsPerSecond?.Mean / 1e6 ?? double.NaN:0.#} carried of {link.CapacityBitsPerSecond / 1e6:0.#}")
            : string.Create(invariant, $"{link.Utilization.Mean * 100:0.#} % of {link.CapacityBitsPerSecond / 1e6:0.#} Mbit/s");
        string drops = link.DropsQueue + link.DropsPolicer == 0
            ? "no drops"
            : string.Create(invariant, $"{link.DropsPolicer} packets dropped by its rate limit and {link.DropsQueue} by a full queue (all replications)");
        return $"Bottleneck: {what}: {load}; {drops}.";
    }
}
