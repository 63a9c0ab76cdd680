using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Catalogs;

/// <summary>A cloud provider region, where it is, and the PoP whose on-ramp serves it by default.</summary>
public sealed record CloudRegion(CloudProvider Provider, string Id, string Name, GeoPoint Location, string OnRamp);
