using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Catalogs;

/// <summary>List prices with their sources; looked up by item and tier.</summary>
public sealed class PriceBook(IReadOnlyList<PriceEntry> entries, string note, int hoursPerMonth)
{
    public IReadOnlyList<PriceEntry> Entries { get; } = entries;

    /// <summary>The caveat every report should repeat: list prices change; Megaport figures are assumptions.</summary>
    public string Note { get; } = note;

    public int HoursPerMonth { get; } = hoursPerMonth;

    /// <summary>The first tier that exists among <paramref name="tiers"/> (most specific first), else null.</summary>
    public PriceEntry? Find(string item, params ReadOnlySpan<string> tiers)
    {
        foreach (string tier in tiers)
        {
            foreach (var entry in Entries)
            {
                if (entry.Item == item && entry.Tier == tier)
                {
                    return entry;
                }
            }
        }
        return null;
    }

    /// <summary>The smallest rate tier at or above <paramref name="rate"/>: what a provider bills for a rate between tiers.</summary>
    public PriceEntry? FindRateTier(string item, DataRate rate)
    {
        PriceEntry? best = null;
        DataRate bestRate = default;
        foreach (var entry in Entries)
        {
            if (entry.Item != item || !DataRate.TryParse(entry.Tier, out var tierRate, out _) || tierRate < rate)
            {
                continue;
            }
            if (best is null || tierRate < bestRate)
            {
                best = entry;
                bestRate = tierRate;
            }
        }
        return best;
    }
}
