using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

/// <summary>A physical access port (1/10/100/400 Gbps) from a site into a PoP; carries VXCs as VLANs.</summary>
public sealed record Port(string Name, string Site, string Pop, DataRate Speed)
{
    /// <summary>The customer_shaper of VXCs on this port that do not say.</summary>
    public bool CustomerShaper { get; init; }

    /// <summary>Megaport's diversity zone (red or blue) at the PoP; ports in one zone may share a device.</summary>
    public string? DiversityZone { get; init; }
}
