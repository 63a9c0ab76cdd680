using FabricSim.Network.Units;

namespace FabricSim.Network.Building;

/// <summary>A physical port: the access circuit from a site's router into a PoP.</summary>
public sealed record PortSpec(string Name, string Site, string Pop, DataRate Speed);
