using FabricSim.Network.Addressing;
using FabricSim.Network.Built;
using FabricSim.Network.Traffic;

namespace FabricSim.Estimate.Flows;

/// <summary>
/// One simulated flow as the packet build numbers it: its flow id and the node ids of its ends and of the routers it
/// crosses, read from the same laid-out fabric, so that a router sharing a prefix over several equal BGP paths puts it
/// on the member its packets hash to. <see cref="FlowId"/> is null for a flow the layout does not create (a TCP
/// connection's, numbered later): the best path then carries it.
/// </summary>
internal sealed class FlowIdentity
{
    private readonly Fabric _fabric;

    internal FlowIdentity(Fabric fabric, string name, string from, string to, TrafficFlow? flow)
    {
        _fabric = fabric;
        Name = name;
        From = from;
        To = to;
        if (flow is not null)
        {
            FlowId = flow.Id;
            SourceNodeId = flow.Source.Id;
            DestinationNodeId = flow.Destination.Id;
        }
    }

    public string Name { get; }
    public string From { get; }
    public string To { get; }
    public int? FlowId { get; }
    public int SourceNodeId { get; }
    public int DestinationNodeId { get; }

    /// <summary>The node id of <paramref name="node"/> in the packet build, which also orders BGP router ids.</summary>
    public int NodeId(string node) => _fabric.Node(node).Id;

    /// <summary>The member (0-based) among <paramref name="members"/> equal paths that router <paramref name="router"/> hashes this flow to.</summary>
    public int MemberAt(string router, int members) =>
        FlowId is { } id ? MultipathAdjacency.Bucket(id, SourceNodeId, DestinationNodeId, NodeId(router), members) : 0;
}
