using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bgp;

/// <summary>
/// The attributes a route travels with. <see cref="AsPath"/> lists ASNs nearest first. <see cref="Med"/> is null
/// when absent (compared as 0, RFC 4271 §9.1.2.2). <see cref="LocalPreference"/> is meaningful inside one AS.
/// </summary>
internal sealed record BgpPathAttributes(
    IReadOnlyList<long> AsPath,
    Ipv4Address NextHop,
    long? Med,
    long LocalPreference,
    RouteSource Source)
{
    public const long DefaultLocalPreference = 100;

    /// <summary>
    /// The attributes as the peer sent them, when a session's import policy rewrote them into these; null when these
    /// are as received (or were never received). The table keeps only what import made of a route, so the received
    /// form, needed to re-apply a changed policy, rides along here: one reference per rewritten instance, which
    /// prefixes and routers share, instead of one per route.
    /// </summary>
    public BgpPathAttributes? ImportedFrom { get; init; }

    public bool PathContains(long asn)
    {
        // Indexed, not foreach: enumerating the interface would allocate an enumerator per received route.
        if (AsPath is long[] path)
        {
            return path.AsSpan().Contains(asn);
        }
        for (int i = 0; i < AsPath.Count; i++)
        {
            if (AsPath[i] == asn)
            {
                return true;
            }
        }
        return false;
    }

    public string AsPathText => AsPath.Count == 0 ? "i" : string.Join(' ', AsPath) + " i";
}
