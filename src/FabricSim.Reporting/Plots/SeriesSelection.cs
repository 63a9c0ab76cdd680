namespace FabricSim.Reporting.Plots;

/// <summary>
/// Beyond as many series as there are distinct colours no plot stays readable, so a plot of a large design draws the
/// series that matter most (the slowest flows, the busiest links) and says in its title how many it left out; the
/// CSV files keep every series.
/// </summary>
internal static class SeriesSelection
{
    public static int MaximumSeries => SeriesStyle.DistinctColors;

    /// <summary>All items when they fit; else the highest-scoring ones, in their original order.</summary>
    /// <param name="items">The candidate series.</param>
    /// <param name="score">Higher draws first; ties keep the original order.</param>
    /// <param name="what">What the series are, for the note ("flows", "links").</param>
    /// <param name="file">The CSV file that holds every series.</param>
    /// <param name="note">Empty when nothing was left out; else e.g. " (50 slowest of 870 flows; all in latency_cdf.csv)".</param>
    public static List<T> Limit<T>(IReadOnlyList<T> items, Func<T, double> score, string which, string what, string file, out string note)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count <= MaximumSeries)
        {
            note = "";
            return [.. items];
        }
        var chosen = items.Select((item, index) => (Item: item, Index: index, Score: score(item)))
            .OrderByDescending(entry => double.IsFinite(entry.Score) ? entry.Score : double.NegativeInfinity)
            .ThenBy(entry => entry.Index)
            .Take(MaximumSeries)
            .OrderBy(entry => entry.Index)
            .Select(entry => entry.Item)
            .ToList();
        note = $" ({MaximumSeries} {which} of {items.Count} {what}; all in {file})";
        return chosen;
    }
}
