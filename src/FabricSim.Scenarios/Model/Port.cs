using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

/// <summary>
/// A physical access port (1/10/100/400 Gbps) from a site into a PoP; carries VXCs as VLANs. A LAG port bundles
/// <see cref="LagMembers"/> ports of <see cref="Speed"/> on one device and carries their sum.
/// </summary>
public sealed record Port(string Name, string Site, string Pop, DataRate Speed)
{
    /// <summary>Physical ports in the LAG (1: a single port).</summary>
    public int LagMembers { get; init; } = 1;

    /// <summary>What the port carries with every member up.</summary>
    public DataRate Capacity => new(Speed.BitsPerSecond * LagMembers);

    /// <summary>Each member as failures name it ("port/member-1" …); none for a single port.</summary>
    public IEnumerable<string> MemberNames => LagMembers == 1 ? [] : Enumerable.Range(1, LagMembers).Select(m => $"{Name}/member-{m}");

    /// <summary>The customer_shaper of VXCs on this port that do not say.</summary>
    public bool CustomerShaper { get; init; }

    /// <summary>Megaport's diversity zone (red or blue) at the PoP; ports in one zone may share a device.</summary>
    public string? DiversityZone { get; init; }
}
