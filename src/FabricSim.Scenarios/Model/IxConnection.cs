using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

/// <summary>
/// A Port's connection to an Internet exchange in its metro (Megaport IX), at a rate limit, peering from
/// <see cref="Asn"/> with the exchange's route servers. <see cref="Peers"/> names the sites that are networks at the
/// exchange, reached over it.
/// </summary>
public sealed record IxConnection(string Name, string Port, string Exchange, DataRate Rate, long Asn, IReadOnlyList<string> Peers)
{
    /// <summary>The VLAN the connection is delivered on at the Port; null when Megaport allocates it.</summary>
    public int? Vlan { get; init; }

    /// <summary>The largest IP packet the exchange carries: 1500 bytes, no jumbo frames.</summary>
    public int MtuBytes { get; init; } = 1500;
}
