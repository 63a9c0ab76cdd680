using System.Globalization;
using FabricSim.Scenarios.Catalogs;

namespace FabricSim.Scenarios.Cost;

/// <summary>
/// A provider's price per GB by slice of the month's total volume ("first 10 TB at 0.09, next 40 TB at 0.085, ..."):
/// each slice is billed at its own price, so the bill depends on the total, not on how it is split among demands.
/// In the price book a slice is an entry whose tier is "&lt;region key&gt;/&lt;upper bound&gt;" (e.g. "default/10TB") or
/// "&lt;region key&gt;/above"; 1 TB is 1024 GB, as providers count the slices.
/// </summary>
internal sealed class VolumeTiers
{
    private const decimal GigabytesPerTerabyte = 1024m;

    private readonly List<(decimal UpToGigabytes, PriceEntry Price)> _slices;

    private VolumeTiers(List<(decimal, PriceEntry)> slices, string key)
    {
        _slices = slices;
        Key = key;
    }

    /// <summary>The region key whose slices were found ("default" when none more specific exists).</summary>
    public string Key { get; }

    public IEnumerable<PriceEntry> Prices => _slices.Select(s => s.Price);

    /// <summary>The slices of <paramref name="item"/> for the first of <paramref name="keys"/> that has any, else null.</summary>
    public static VolumeTiers? Find(PriceBook prices, string item, IEnumerable<string> keys)
    {
        foreach (string key in keys)
        {
            var slices = new List<(decimal, PriceEntry)>();
            foreach (var entry in prices.Entries)
            {
                if (entry.Item == item && entry.Tier.StartsWith(key + "/", StringComparison.Ordinal))
                {
                    slices.Add((UpperBound(entry), entry));
                }
            }
            if (slices.Count > 0)
            {
                slices.Sort((a, b) => a.Item1.CompareTo(b.Item1));
                return new VolumeTiers(slices, key);
            }
        }
        return null;
    }

    /// <summary>One price for every GB: a provider whose volume slices the price book does not hold.</summary>
    public static VolumeTiers Flat(PriceEntry price, string key) => new([(decimal.MaxValue, price)], key);

    /// <summary>The month's charge for <paramref name="gigabytes"/> in all, each slice at its price.</summary>
    public decimal Charge(decimal gigabytes)
    {
        decimal charge = 0, below = 0;
        foreach (var (upTo, price) in _slices)
        {
            if (gigabytes <= below)
            {
                break;
            }
            charge += (Math.Min(gigabytes, upTo) - below) * price.Value;
            below = upTo;
        }
        return charge;
    }

    /// <summary>The slices in words, for the basis column of cost.csv.</summary>
    public string Describe() => string.Join("; ", _slices.Select(s =>
        (s.UpToGigabytes == decimal.MaxValue ? "above" : "to " + (s.UpToGigabytes / GigabytesPerTerabyte).ToString("0.##", CultureInfo.InvariantCulture) + " TB")
        + " at " + s.Price.Value.ToString(CultureInfo.InvariantCulture)));

    private static decimal UpperBound(PriceEntry entry)
    {
        string bound = entry.Tier[(entry.Tier.IndexOf('/', StringComparison.Ordinal) + 1)..];
        if (bound == "above")
        {
            return decimal.MaxValue;
        }
        if (bound.EndsWith("TB", StringComparison.Ordinal)
            && decimal.TryParse(bound[..^2], NumberStyles.Number, CultureInfo.InvariantCulture, out decimal terabytes) && terabytes > 0)
        {
            return terabytes * GigabytesPerTerabyte;
        }
        throw new InvalidOperationException($"Price {entry.Item} tier '{entry.Tier}': a volume slice ends in '<n>TB' or 'above'.");
    }
}
