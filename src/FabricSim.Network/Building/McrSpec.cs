using FabricSim.Network.Bfd;
using FabricSim.Network.Units;

namespace FabricSim.Network.Building;

/// <summary>A Megaport Cloud Router: a BGP router at a PoP with an aggregate rate limit; <see cref="Bfd"/> applies to its sessions that do not set their own.</summary>
public sealed record McrSpec(string Name, string Pop, DataRate Rate, long Asn, BfdSettings? Bfd = null)
{
    /// <summary>Equal-cost BGP paths its router shares flows over by a flow hash (default 1: the best path only).</summary>
    public int MaximumPaths { get; init; } = 1;
}
