using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

/// <summary>A virtual cloud router at a PoP with an aggregate rate limit and its own ASN.</summary>
public sealed record Mcr(string Name, string Pop, DataRate Rate, long Asn, int MtuBytes, Network.Bfd.BfdSettings? Bfd)
{
    /// <summary>Equal-cost BGP paths its router shares flows over by a flow hash (default 1: the best path only).</summary>
    public int MaximumPaths { get; init; } = 1;

    /// <summary>Megaport's diversity zone (red or blue) at the PoP; MCRs in one zone may share a device.</summary>
    public string? DiversityZone { get; init; }
}
