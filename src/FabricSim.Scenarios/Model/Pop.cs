namespace FabricSim.Scenarios.Model;

/// <summary>A point of presence of the interconnection fabric in a metro, with the cloud on-ramps reachable there.</summary>
public sealed record Pop(
    string Code,
    string City,
    string Country,
    string Region,
    GeoPoint Location,
    IReadOnlyList<CloudProvider> OnRamps);
