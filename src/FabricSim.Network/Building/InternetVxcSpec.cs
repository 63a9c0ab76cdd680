using FabricSim.Network.Internet;
using FabricSim.Network.Units;

namespace FabricSim.Network.Building;

/// <summary>
/// A Megaport Internet VXC: Internet access for an MCR or a Port (<see cref="End"/>), policed at <see cref="Rate"/> in
/// each direction, to the metro's Megaport Internet router and from there across the public Internet. The sites in
/// <see cref="Destinations"/> are reached over it: each over its own Internet path from the end's PoP, with
/// <see cref="Internet"/>'s delay, jitter and loss. The end announces their networks to the fabric's BGP as routes
/// learnt from the Internet.
/// </summary>
public sealed record InternetVxcSpec(string Name, string End, DataRate Rate, IReadOnlyList<string> Destinations)
{
    /// <summary>The public Internet beyond the Megaport Internet router.</summary>
    public InternetPathParameters Internet { get; init; } = new();

    /// <summary>The policer's token-bucket depth; null: the builder's default for a VXC (1 ms at the rate).</summary>
    public long? BurstBytes { get; init; }
}
