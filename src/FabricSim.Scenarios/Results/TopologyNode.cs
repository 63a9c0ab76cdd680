using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Results;

/// <summary>One element of an option's topology where the diagram draws it: a site, PoP, MCR, MVE or cloud region.</summary>
/// <param name="Pop">The PoP the element sits at or is nearest to (a cloud's on-ramp).</param>
/// <param name="Failed">A failure of the scenario takes this element down in this option during the run.</param>
public sealed record TopologyNode(string Name, TopologyNodeKind Kind, GeoPoint Location, string Pop, bool Failed);
