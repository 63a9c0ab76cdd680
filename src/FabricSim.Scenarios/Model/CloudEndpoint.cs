using System.Net;

namespace FabricSim.Scenarios.Model;

/// <summary>A cloud network (AWS VPC, Azure VNet, Google VPC) in a region, reached through the on-ramp PoP.</summary>
public sealed record CloudEndpoint(
    string Name,
    CloudProvider Provider,
    string Region,
    string OnRamp,
    GeoPoint RegionLocation,
    IReadOnlyList<IPNetwork> Prefixes)
{
    /// <summary>The cloud's product enabled to carry traffic between the customer's connections (sitelink, global_reach, ncc_site_to_site), or null.</summary>
    public string? Transit { get; init; }

    /// <summary>Equal-cost BGP paths its router shares flows over by a flow hash (default 1: the best path only).</summary>
    public int MaximumPaths { get; init; } = 1;
}
