using FabricSim.Network.Addressing;
using FabricSim.Network.Geography;

namespace FabricSim.Network.Building;

/// <summary>A customer location (data centre, office) with its router and the networks behind it.</summary>
public sealed record SiteSpec(string Name, GeoLocation Location, IReadOnlyList<Ipv4Prefix> Prefixes)
{
    /// <summary>Equal-cost BGP paths its router shares flows over by a flow hash (default 1: the best path only).</summary>
    public int MaximumPaths { get; init; } = 1;
}
