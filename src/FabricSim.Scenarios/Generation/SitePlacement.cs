using FabricSim.Engine.Random;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Generation;

/// <summary>Spreads sites over the catalog's PoPs and gives each a size, a /24 and an ASN.</summary>
internal static class SitePlacement
{
    /// <summary>Sites take 4-byte private ASNs (RFC 6996) so a thousand of them never collide with the 2-byte range MCRs use.</summary>
    private const long FirstSiteAsn = 4_200_000_000;

    /// <summary>
    /// Site sizes are log-normal, as enterprise site traffic is (a few large data centres, many small offices);
    /// σ = 1 gives a largest-to-median ratio of about 10 at a hundred sites.
    /// </summary>
    private const double SizeSigma = 1.0;

    public static IReadOnlyList<GeneratedSite> Place(int count, Catalog catalog, ulong seed)
    {
        var random = new RandomStreams(seed, 0);
        var order = random.Get("generate.pops");
        // A seeded shuffle of the PoPs, then round-robin: every metro gets a site before any gets a second one.
        var pops = catalog.Pops.OrderBy(p => p.Code, StringComparer.Ordinal).ToArray();
        for (int i = pops.Length - 1; i > 0; i--)
        {
            int j = order.Next(i + 1);
            (pops[i], pops[j]) = (pops[j], pops[i]);
        }
        var sizes = random.Get("generate.sizes");
        int digits = count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var sites = new List<GeneratedSite>(count);
        for (int i = 0; i < count; i++)
        {
            var pop = pops[i % pops.Length];
            string name = $"s{(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0')}-{pop.Code.ToLowerInvariant()}";
            // 172.16.0.0/12 holds 4096 /24s: 172.(16 + i / 256).(i % 256).0/24.
            string prefix = $"172.{16 + i / 256}.{i % 256}.0/24";
            double weight = Math.Exp(SizeSigma * sizes.NextStandardNormal());
            sites.Add(new GeneratedSite(name, pop, prefix, FirstSiteAsn + i + 1, weight));
        }
        return sites;
    }

    /// <summary>
    /// The PoP with the most sites, where a hub MCR serves them best; among equals, the one nearest to all the sites
    /// (weighted by their size), then catalog code order.
    /// </summary>
    public static Pop Busiest(IEnumerable<GeneratedSite> sites)
    {
        var all = sites.ToList();
        return all.GroupBy(s => s.Pop.Code, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => all.Sum(s => s.Weight * s.Pop.Location.DistanceKm(g.First().Pop.Location)))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().First().Pop;
    }
}
