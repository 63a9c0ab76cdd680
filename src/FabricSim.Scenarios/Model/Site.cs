using System.Net;

namespace FabricSim.Scenarios.Model;

/// <summary>A customer data centre or office; Pop is the PoP it is nearest to (given, or the closest in the catalog).</summary>
public sealed record Site(string Name, string Pop, GeoPoint Location, IReadOnlyList<IPNetwork> Prefixes, int MtuBytes)
{
    /// <summary>Equal-cost BGP paths its router shares flows over by a flow hash (default 1: the best path only).</summary>
    public int MaximumPaths { get; init; } = 1;
}
