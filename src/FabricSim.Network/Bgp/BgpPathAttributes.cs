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

    public bool PathContains(long asn)
    {
        foreach (long hop in AsPath)
        {
            if (hop == asn)
            {
                return true;
            }
        }
        return false;
    }

    public string AsPathText => AsPath.Count == 0 ? "i" : string.Join(' ', AsPath) + " i";
}
