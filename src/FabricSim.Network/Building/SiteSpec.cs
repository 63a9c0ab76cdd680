using FabricSim.Network.Addressing;
using FabricSim.Network.Geography;

namespace FabricSim.Network.Building;

/// <summary>A customer location (data centre, office) with its router and the networks behind it.</summary>
public sealed record SiteSpec(string Name, GeoLocation Location, IReadOnlyList<Ipv4Prefix> Prefixes);
