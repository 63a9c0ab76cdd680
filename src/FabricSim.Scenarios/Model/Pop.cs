namespace FabricSim.Scenarios.Model;

/// <summary>A point of presence of the interconnection fabric in a metro, with the cloud on-ramps reachable there.</summary>
public sealed record Pop(
    string Code,
    string City,
    string Country,
    string Region,
    GeoPoint Location,
    IReadOnlyList<CloudProvider> OnRamps)
{
    /// <summary>The provider's VXC pricing zone (a group of metros); VXCs within one zone cost less than between zones.</summary>
    public string Zone { get; init; } = Code;

    /// <summary>Separates VXCs between zones of one continent from intercontinental (subsea) ones.</summary>
    public string Continent { get; init; } = Region;
}
