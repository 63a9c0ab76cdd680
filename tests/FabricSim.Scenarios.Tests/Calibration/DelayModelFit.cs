using System.Globalization;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Tests.Calibration;

/// <summary>
/// One published round trip between two metros, with what the delay model needs to predict it: the fibre path's
/// great-circle length over land and under sea, along the catalog backbone between the metros' PoPs.
/// </summary>
public sealed record RttObservation(string A, string B, double TerrestrialKm, double SubmarineKm, double RttMs, bool HeldBack)
{
    public double DistanceKm => TerrestrialKm + SubmarineKm;
}

/// <summary>
/// The fitted delay model: one way = 2 x EndDelay (access, equipment and cloud edge at each end) + Σ over the path's
/// backbone links of great-circle km x route factor / 204 km/ms, with the route factor of the link's type (terrestrial
/// within a continent, submarine between continents): the delay the packet-level backbone gives. Fitted by least
/// squares on relative error (each row weighted by 1/RTT²), so short and long paths count alike.
/// </summary>
public sealed record DelayModelFit(double EndDelayMs, double TerrestrialRouteFactor, double SubmarineRouteFactor)
{
    /// <summary>Light in fibre, km per millisecond (c / 1.468).</summary>
    public const double FibreKmPerMs = 204.0;

    public double PredictRttMs(RttObservation row) =>
        4 * EndDelayMs + 2 * (row.TerrestrialKm * TerrestrialRouteFactor + row.SubmarineKm * SubmarineRouteFactor) / FibreKmPerMs;

    /// <summary>Reads the published round trips, routing each pair over <paramref name="catalog"/>'s backbone (shortest in km).</summary>
    public static IReadOnlyList<RttObservation> Read(string path, Catalog catalog)
    {
        var rows = new List<RttObservation>();
        foreach (string line in File.ReadLines(path).Where(l => !l.StartsWith('#')).Skip(1))
        {
            string[] f = line.Split(',');
            double Num(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            var popA = catalog.Pops.Single(p => p.Code == f[11]);
            var popB = catalog.Pops.Single(p => p.Code == f[12]);
            var (land, sea) = BackbonePath(catalog, popA.Code, popB.Code);
            // The metro-to-PoP stretch at each end is access, over land.
            land += new GeoPoint(Num(2), Num(3)).DistanceKm(popA.Location) + new GeoPoint(Num(5), Num(6)).DistanceKm(popB.Location);
            rows.Add(new RttObservation(f[0], f[1], land, sea, (Num(8) + Num(9)) / 2, f[10] == "1"));
        }
        return rows;
    }

    /// <summary>Dijkstra over the backbone by great-circle length; the path's km split into terrestrial and submarine links.</summary>
    public static (double TerrestrialKm, double SubmarineKm) BackbonePath(Catalog catalog, string from, string to)
    {
        var pops = catalog.Pops.ToDictionary(p => p.Code);
        var best = new Dictionary<string, (double Km, double Land, double Sea)> { [from] = (0, 0, 0) };
        var done = new HashSet<string>();
        while (best.Keys.Where(k => !done.Contains(k)).OrderBy(k => best[k].Km).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault() is { } node)
        {
            if (node == to)
            {
                return (best[node].Land, best[node].Sea);
            }
            done.Add(node);
            foreach (var link in catalog.Backbone.Where(l => l.PopA == node || l.PopB == node))
            {
                string next = link.PopA == node ? link.PopB : link.PopA;
                double km = pops[node].Location.DistanceKm(pops[next].Location);
                bool sea = pops[node].Continent != pops[next].Continent;
                var (total, land, under) = best[node];
                if (!best.TryGetValue(next, out var known) || total + km < known.Km)
                {
                    best[next] = (total + km, land + (sea ? 0 : km), under + (sea ? km : 0));
                }
            }
        }
        throw new InvalidOperationException($"The backbone does not join {from} and {to}.");
    }

    /// <summary>Weighted least squares for (4E, rf terrestrial, rf submarine) by the normal equations (3 x 3, Cramer's rule).</summary>
    public static DelayModelFit Fit(IEnumerable<RttObservation> rows)
    {
        var n = new double[3, 3];
        var r = new double[3];
        foreach (var row in rows)
        {
            double[] x = [1, 2 * row.TerrestrialKm / FibreKmPerMs, 2 * row.SubmarineKm / FibreKmPerMs];
            double w = 1 / (row.RttMs * row.RttMs);
            for (int i = 0; i < 3; i++)
            {
                r[i] += w * x[i] * row.RttMs;
                for (int j = 0; j < 3; j++)
                {
                    n[i, j] += w * x[i] * x[j];
                }
            }
        }
        double det = Det(n);
        double[] solution = new double[3];
        for (int k = 0; k < 3; k++)
        {
            var m = (double[,])n.Clone();
            for (int i = 0; i < 3; i++)
            {
                m[i, k] = r[i];
            }
            solution[k] = Det(m) / det;
        }
        return new DelayModelFit(solution[0] / 4, solution[1], solution[2]);
    }

    /// <summary>|predicted - published| / published for each row.</summary>
    public IReadOnlyList<double> RelativeErrors(IEnumerable<RttObservation> rows) =>
        rows.Select(row => Math.Abs(PredictRttMs(row) - row.RttMs) / row.RttMs).ToList();

    /// <summary>The q-quantile of <paramref name="values"/> by linear interpolation between order statistics.</summary>
    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        double position = q * (sorted.Length - 1);
        int lower = (int)Math.Floor(position);
        int upper = Math.Min(sorted.Length - 1, lower + 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    private static double Det(double[,] m) =>
        m[0, 0] * (m[1, 1] * m[2, 2] - m[1, 2] * m[2, 1])
        - m[0, 1] * (m[1, 0] * m[2, 2] - m[1, 2] * m[2, 0])
        + m[0, 2] * (m[1, 0] * m[2, 1] - m[1, 1] * m[2, 0]);
}
