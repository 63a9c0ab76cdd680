using FabricSim.Network.Units;

namespace FabricSim.Network.Building;

/// <summary>
/// A physical port: the access circuit from a site's router into a PoP. With <see cref="LagMembers"/> above 1 it is a
/// LAG of that many ports at <see cref="Speed"/> each, carrying their sum; members fail as "name/member-k".
/// </summary>
public sealed record PortSpec(string Name, string Site, string Pop, DataRate Speed)
{
    public int LagMembers { get; init; } = 1;

    /// <summary>What the port carries with every member up.</summary>
    public DataRate Capacity => new(Speed.BitsPerSecond * LagMembers);
}
