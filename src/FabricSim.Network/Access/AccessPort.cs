using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Access;

/// <summary>
/// A physical access circuit from a customer site's router into a PoP switch, sold at 1, 10, 100 or 400 Gbps.
/// It is a link; its failure is the link's failure. Many VXCs ride one port as VLANs.
/// </summary>
internal sealed class AccessPort
{
    private static readonly long[] SpeedsGbps = [1, 10, 100, 400];

    public AccessPort(string name, Node site, Node pop, Link link)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Site = site ?? throw new ArgumentNullException(nameof(site));
        Pop = pop ?? throw new ArgumentNullException(nameof(pop));
        Link = link ?? throw new ArgumentNullException(nameof(link));
        if (!IsStandardSpeed(link.Rate))
        {
            throw new ArgumentException($"Port '{name}' runs at {link.Rate}; ports come in 1, 10, 100 or 400 Gbps.", nameof(link));
        }
    }

    public string Name { get; }
    public Node Site { get; }
    public Node Pop { get; }
    public Link Link { get; }
    public DataRate Speed => Link.Rate;

    public static bool IsStandardSpeed(DataRate rate) => Array.IndexOf(SpeedsGbps, rate.BitsPerSecond / 1_000_000_000) >= 0 && rate.BitsPerSecond % 1_000_000_000 == 0;
}
