namespace FabricSim.Scenarios.Results;

/// <summary>
/// What one option is built of, as the topology diagrams draw it: nodes in a fixed order (sites, PoPs, MCRs, MVEs,
/// clouds, each by name) and edges in the order the option declares them, so the same scenario draws the same bytes.
/// </summary>
public sealed record TopologySummary(IReadOnlyList<TopologyNode> Nodes, IReadOnlyList<TopologyEdge> Edges);
