using FabricSim.Engine.Time;
using FabricSim.Network.Units;

namespace FabricSim.Scenarios.Model;

/// <summary>The provider backbone between PoPs: the catalog's adjacency, possibly overridden by the scenario.</summary>
public sealed record BackboneSettings(double RouteFactor, IReadOnlyList<BackboneLink> Links);

/// <summary>
/// One backbone link. Delay is null when it follows from distance: great-circle km × route factor / 204,000 km/s.
/// </summary>
public sealed record BackboneLink(string PopA, string PopB, DataRate Rate, double RouteFactor, SimTime? Delay)
{
    public bool Joins(string a, string b) => (PopA == a && PopB == b) || (PopA == b && PopB == a);
}
