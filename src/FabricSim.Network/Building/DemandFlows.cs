namespace FabricSim.Network.Building;

/// <summary>
/// The simulated flows that stand for one reported flow of a demand: a demand with count N runs N identical
/// flows ("voice/1" … "voice/N") reported together, and a request/response demand reports each direction.
/// </summary>
public sealed record DemandFlows(string ReportedName, string Demand, string Source, string Destination, string TrafficClass,
    IReadOnlyList<string> FlowNames);
