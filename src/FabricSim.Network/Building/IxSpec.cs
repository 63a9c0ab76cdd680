using FabricSim.Network.Units;

namespace FabricSim.Network.Building;

/// <summary>
/// A Port's connection to an Internet exchange at its metro (Megaport IX), policed at <see cref="Rate"/> in each
/// direction. The sites in <see cref="Peers"/> are networks peering at that exchange: each is reached across the
/// exchange's switching fabric and its own access circuit within the metro, with no Internet loss or jitter. The
/// port's router announces their networks to the fabric's BGP as routes learnt from the exchange's route servers.
/// </summary>
public sealed record IxSpec(string Name, string Port, DataRate Rate, IReadOnlyList<string> Peers)
{
    /// <summary>The policer's token-bucket depth; null: the builder's default for a VXC (1 ms at the rate).</summary>
    public long? BurstBytes { get; init; }
}
