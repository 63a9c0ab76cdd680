namespace FabricSim.Network.Bgp;

/// <summary>
/// The BGP decision process (RFC 4271 §9.1.2 with the usual vendor order): locally originated first, then highest
/// local preference, shortest AS path, lowest MED (only between routes from the same neighbouring AS; absent = 0),
/// eBGP over iBGP, lowest peer router id, and finally the session configured first so the choice is deterministic.
/// </summary>
internal static class BestPathSelection
{
    /// <summary>The preferred route of <paramref name="candidates"/>, or null when there are none.</summary>
    public static BgpRoute? Select(IReadOnlyList<BgpRoute> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        BgpRoute? best = null;
        foreach (var candidate in candidates)
        {
            if (best is null || Prefers(candidate, best))
            {
                best = candidate;
            }
        }
        return best;
    }

    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> tie on every step before the router-id tie-break, so a
    /// router with multipath shares flows between them. AS paths need the same length, not the same ASNs (what Cisco
    /// calls "bestpath as-path multipath-relax"): two MCRs with their own ASNs in front of one cloud are equal.
    /// </summary>
    public static bool EqualForMultipath(BgpRoute a, BgpRoute b) => EqualForMultipath(a.AsCandidate, b.AsCandidate);

    public static bool EqualForMultipath(in RouteCandidate a, in RouteCandidate b)
    {
        Compare(a, b, out string decidedBy);
        return !a.IsLocal && !b.IsLocal && decidedBy is "router id" or "session order";
    }

    /// <summary>True when <paramref name="a"/> beats <paramref name="b"/>.</summary>
    public static bool Prefers(BgpRoute a, BgpRoute b) => Decide(a, b) < 0;

    public static bool Prefers(in RouteCandidate a, in RouteCandidate b) => Compare(a, b, out _) < 0;

    /// <summary>Negative when <paramref name="a"/> wins, positive when <paramref name="b"/> wins; names the deciding step.</summary>
    public static int Decide(BgpRoute a, BgpRoute b) => Compare(a, b, out _);

    public static int Compare(BgpRoute a, BgpRoute b, out string decidedBy)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Compare(a.AsCandidate, b.AsCandidate, out decidedBy);
    }

    public static int Compare(in RouteCandidate a, in RouteCandidate b, out string decidedBy)
    {
        if (a.IsLocal != b.IsLocal)
        {
            decidedBy = "locally originated";
            return a.IsLocal ? -1 : 1;
        }
        var x = a.Attributes;
        var y = b.Attributes;
        if (x.LocalPreference != y.LocalPreference)
        {
            decidedBy = "local preference";
            return x.LocalPreference > y.LocalPreference ? -1 : 1;
        }
        if (x.AsPath.Count != y.AsPath.Count)
        {
            decidedBy = "AS path length";
            return x.AsPath.Count < y.AsPath.Count ? -1 : 1;
        }
        if (MedDecides(a, b))
        {
            decidedBy = "MED";
            return (x.Med ?? 0) < (y.Med ?? 0) ? -1 : 1;
        }
        if (a.IsExternal != b.IsExternal)
        {
            decidedBy = "eBGP over iBGP";
            return a.IsExternal ? -1 : 1;
        }
        int byRouterId = a.PeerRouterId.CompareTo(b.PeerRouterId);
        if (byRouterId != 0)
        {
            decidedBy = "router id";
            return byRouterId;
        }
        decidedBy = "session order";
        return a.Ordinal.CompareTo(b.Ordinal);
    }

    /// <summary>
    /// Whether a route counts for the MED step at all: only one with a MED other than 0 (absent counts as 0) can
    /// make that step decide. Without such a route among the candidates every step compares a key of each route on
    /// its own, so the order is a total preorder and a change can be judged against the best alone; with one, MED
    /// between some pairs and not others makes the order intransitive and only the full fold in list order is exact.
    /// </summary>
    public static bool CarriesMed(BgpPathAttributes attributes) => (attributes.Med ?? 0) != 0;

    private static bool MedDecides(in RouteCandidate a, in RouteCandidate b) =>
        (a.Attributes.Med ?? 0) != (b.Attributes.Med ?? 0) && a.NeighborAs == b.NeighborAs;
}
