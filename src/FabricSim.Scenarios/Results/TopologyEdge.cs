namespace FabricSim.Scenarios.Results;

/// <summary>One connection of an option's topology between two <see cref="TopologyNode"/>s, by node name.</summary>
/// <param name="RateBitsPerSecond">The port speed, VXC rate limit, Internet access rate or backbone capacity.</param>
/// <param name="MeanUtilization">The busier direction's mean utilization across replications; null when no link row measured it.</param>
/// <param name="Failed">A failure of the scenario takes this connection down in this option during the run.</param>
public sealed record TopologyEdge(
    string Name,
    TopologyEdgeKind Kind,
    string From,
    string To,
    double RateBitsPerSecond,
    double? MeanUtilization,
    bool Failed);
