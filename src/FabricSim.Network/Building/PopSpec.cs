using FabricSim.Network.Geography;

namespace FabricSim.Network.Building;

/// <summary>A provider point of presence: a switch at a location, joined to others by backbone links.</summary>
public sealed record PopSpec(string Code, GeoLocation Location);
