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
    public static bool EqualForMultipath(BgpRoute a, BgpRoute b)
    {
        Compare(a, b, out string decidedBy);
        return !a.IsLocal && !b.IsLocal && decidedBy is "router id" or "session order";
    }

    /// <summary>True when <paramref name="a"/> beats <paramref name="b"/>.</summary>
    public static bool Prefers(BgpRoute a, BgpRoute b) => Decide(a, b) < 0;

    /// <summary>Negative when <paramref name="a"/> wins, positive when <paramref name="b"/> wins; names the deciding step.</summary>
    public static int Decide(BgpRoute a, BgpRoute b) => Compare(a, b, out _);

    public static int Compare(BgpRoute a, BgpRoute b, out string decidedBy)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.IsLocal != b.IsLocal)
        {
            decidedBy = "locally originated";
            return a.IsLocal ? -1 : 1;
        }
        if (a.Attributes.LocalPreference != b.Attributes.LocalPreference)
        {
            decidedBy = "local preference";
            return a.Attributes.LocalPreference > b.Attributes.LocalPreference ? -1 : 1;
        }
        if (a.Attributes.AsPath.Count != b.Attributes.AsPath.Count)
        {
            decidedBy = "AS path length";
            return a.Attributes.AsPath.Count < b.Attributes.AsPath.Count ? -1 : 1;
        }
        if (a.NeighborAs == b.NeighborAs)
        {
            long medA = a.Attributes.Med ?? 0;
            long medB = b.Attributes.Med ?? 0;
            if (medA != medB)
            {
                decidedBy = "MED";
                return medA < medB ? -1 : 1;
            }
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
        return (a.Session?.Ordinal ?? -1).CompareTo(b.Session?.Ordinal ?? -1);
    }
}
