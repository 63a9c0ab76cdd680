using FabricSim.Network.Topology;

namespace FabricSim.Network.Routing;

/// <summary>
/// Fills every node's <see cref="Node.Routes"/> with latency-shortest next hops over the links that are up: Dijkstra
/// from each node on propagation delay plus a per-hop cost (which prefers fewer hops among near-equal paths).
/// Ties break on the lower node id, then on interface order, so the tables are deterministic. Paths end at, but never
/// cross, a node that carries no transit.
/// </summary>
internal sealed class ShortestPathRouting
{
    private readonly IReadOnlyList<Node> _nodes;

    /// <param name="nodes">All nodes, indexed by their id.</param>
    /// <param name="perHopCostNanoseconds">Added to every hop's cost (switching latency, hop-count preference).</param>
    public ShortestPathRouting(IReadOnlyList<Node> nodes, long perHopCostNanoseconds = 1_000)
    {
        _nodes = nodes ?? throw new ArgumentNullException(nameof(nodes));
        for (int i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Id != i)
            {
                throw new ArgumentException($"Node '{nodes[i].Name}' has id {nodes[i].Id} but sits at index {i}; ids must be dense and ordered.", nameof(nodes));
            }
        }
        ArgumentOutOfRangeException.ThrowIfNegative(perHopCostNanoseconds);
        PerHopCostNanoseconds = perHopCostNanoseconds;
    }

    public long PerHopCostNanoseconds { get; }

    /// <summary>Recomputes every node's table; called at start and whenever a link or node fails or recovers.</summary>
    public void Recompute()
    {
        int n = _nodes.Count;
        var distance = new long[n];
        var firstHop = new NetworkInterface?[n];
        var done = new bool[n];
        var frontier = new PriorityQueue<int, (long Cost, int Node)>(n);
        foreach (var source in _nodes)
        {
            source.Routes.Clear();
            if (!source.IsUp)
            {
                continue;
            }
            Array.Fill(distance, long.MaxValue);
            Array.Clear(firstHop);
            Array.Clear(done);
            frontier.Clear();
            distance[source.Id] = 0;
            frontier.Enqueue(source.Id, (0, source.Id));
            while (frontier.TryDequeue(out int current, out var key))
            {
                if (done[current] || key.Cost != distance[current])
                {
                    continue;
                }
                done[current] = true;
                if (current != source.Id && !_nodes[current].CarriesTransit)
                {
                    continue;
                }
                foreach (var egress in _nodes[current].Interfaces)
                {
                    Node next = egress.Peer.Owner;
                    if (!egress.IsUp || !next.IsUp || done[next.Id])
                    {
                        continue;
                    }
                    long cost = distance[current] + egress.PropagationDelay.Nanoseconds + PerHopCostNanoseconds;
                    if (cost < distance[next.Id])
                    {
                        distance[next.Id] = cost;
                        firstHop[next.Id] = current == source.Id ? egress : firstHop[current];
                        frontier.Enqueue(next.Id, (cost, next.Id));
                    }
                }
            }
            for (int destination = 0; destination < n; destination++)
            {
                if (destination != source.Id && firstHop[destination] is { } hop)
                {
                    source.Routes.Set(destination, hop);
                }
            }
        }
    }

    /// <summary>The node sequence a packet from <paramref name="from"/> to <paramref name="to"/> follows now, or empty.</summary>
    public IReadOnlyList<Node> PathBetween(Node from, Node to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var path = new List<Node> { from };
        Node current = from;
        while (current != to)
        {
            var hop = current.Routes.NextHop(to.Id);
            if (hop is null || path.Count > _nodes.Count)
            {
                return [];
            }
            current = hop.Peer.Owner;
            path.Add(current);
        }
        return path;
    }
}
