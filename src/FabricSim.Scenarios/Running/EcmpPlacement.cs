using FabricSim.Estimate.Flows;
using FabricSim.Network.Building;
using FabricSim.Scenarios.Reachability;

namespace FabricSim.Scenarios.Running;

/// <summary>
/// Where the packet build puts one flow among equal BGP routes, for the flow-level model: the router hashes the flow
/// over the first maximum_paths of them. A cloud with several edges is not one router there: its region network
/// hashes the flow over the edges that hold a tied route (iBGP from each, in router-id order) and that edge over its
/// own connections, so the choice is made in those two steps.
/// </summary>
internal sealed class EcmpPlacement(FabricDescription description, FlowIdentity flow)
{
    public StaticRoute Choose(string router, IReadOnlyList<StaticRoute> ties, int maximumPaths)
    {
        if (description.FindCloud(router) is { HasSeveralEdges: true } cloud)
        {
            var edges = Edges(cloud, ties, maximumPaths);
            var (edge, members) = Pick(cloud.Name, edges);
            return Pick(edge, members);
        }
        return Pick(Node(router), ties.Take(maximumPaths).ToList());
    }

    /// <summary>
    /// The edges the region network of <paramref name="cloud"/> installs for a prefix, in router-id order, each with
    /// the connections it installs itself: its routes among <paramref name="ties"/>, in decision order.
    /// </summary>
    public IReadOnlyList<(string Edge, IReadOnlyList<StaticRoute> Members)> Edges(CloudSpec cloud, IReadOnlyList<StaticRoute> ties, int maximumPaths) =>
        ties.GroupBy(t => EdgeOf(cloud, t.Session!.Vxc)).OrderBy(g => flow.NodeId(g.Key)).Take(maximumPaths)
            .Select(g => (g.Key, (IReadOnlyList<StaticRoute>)[.. g.Take(maximumPaths)])).ToList();

    /// <summary>The rank by BGP router id of <paramref name="router"/> as the peer over <paramref name="session"/>.</summary>
    public int RouterId(string router, DesignSession session) =>
        flow.NodeId(description.FindCloud(router) is { } cloud ? EdgeOf(cloud, session.Vxc) : router);

    private T Pick<T>(string node, IReadOnlyList<T> members) => members.Count == 1 ? members[0] : members[flow.MemberAt(node, members.Count)];

    /// <summary>The packet build's node for a router of the BGP design: a cloud speaks from its edge router, any other router is its own node.</summary>
    private string Node(string router) => description.FindCloud(router)?.EdgeName ?? router;

    private string EdgeOf(CloudSpec cloud, string vxc) => description.Vxcs.First(v => v.Name == vxc).CloudEdge ?? cloud.EdgeName;
}
