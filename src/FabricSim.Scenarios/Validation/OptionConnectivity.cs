using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Validation;

internal enum HopKind
{
    PortAttachment,
    Vxc,
    Vpn,
    MveSite,
    SdWanOverlay,
    InternetVxc,
    IxConnection,
}

/// <summary>One hop of a path through an option: to which endpoint, over what, and the largest IP packet it carries.</summary>
internal sealed record Hop(string From, string To, HopKind Kind, string Via, int MtuBytes);

/// <summary>
/// The connectivity an option declares, as an undirected graph over sites, clouds, ports, MCRs and MVEs. Routers at
/// sites and MCRs forward between their attachments, so any path in this graph can carry traffic (BGP filters aside).
/// </summary>
internal sealed class OptionConnectivity
{
    private readonly Dictionary<string, List<Hop>> _adjacency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nodeMtu = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Hop>> _trees = new(StringComparer.Ordinal);

    /// <summary>Search trees kept at once.</summary>
    private const int KeptTrees = 8;

    public OptionConnectivity(IEnumerable<Site> sites, IEnumerable<CloudEndpoint> clouds, DesignOption option)
    {
        foreach (var site in sites)
        {
            _nodeMtu[site.Name] = site.MtuBytes;
        }
        foreach (var cloud in clouds)
        {
            _nodeMtu[cloud.Name] = int.MaxValue;
        }
        foreach (var mcr in option.Mcrs)
        {
            _nodeMtu[mcr.Name] = mcr.MtuBytes;
        }
        foreach (var port in option.Ports)
        {
            Connect(port.Site, port.Name, HopKind.PortAttachment, port.Name, VxcSettings.MtuBytes);
        }
        foreach (var vxc in option.Vxcs)
        {
            Connect(vxc.EndA, vxc.EndB, HopKind.Vxc, vxc.Name, vxc.Cloud?.MtuBytes ?? VxcSettings.MtuBytes);
        }
        foreach (var vpn in option.Vpns)
        {
            // Packets are fragmented before encryption, so the tunnel carries whatever the site's LAN MTU allows.
            Connect(vpn.Site, vpn.Cloud, HopKind.Vpn, vpn.Name, int.MaxValue);
        }
        foreach (var vxc in option.InternetVxcs)
        {
            foreach (string site in vxc.Reaches)
            {
                Connect(vxc.End, site, HopKind.InternetVxc, vxc.Name, vxc.MtuBytes);
            }
        }
        foreach (var ix in option.IxConnections)
        {
            foreach (string peer in ix.Peers)
            {
                Connect(ix.Port, peer, HopKind.IxConnection, ix.Name, ix.MtuBytes);
            }
        }
        var overlayMembers = new List<Mve>();
        foreach (var mve in option.Mves)
        {
            Connect(mve.Site, mve.Name, HopKind.MveSite, mve.Name, VxcSettings.MtuBytes);
            if (mve.Transports.Any(t => t.InternetAccess is not null))
            {
                foreach (var other in overlayMembers)
                {
                    Connect(other.Name, mve.Name, HopKind.SdWanOverlay, other.Name + "~" + mve.Name, 1400);
                }
                overlayMembers.Add(mve);
            }
        }
    }

    /// <summary>A fewest-hops path, deterministic (neighbours in declaration order), or null when unreachable.</summary>
    public IReadOnlyList<Hop>? ShortestPath(string from, string to)
    {
        if (from == to)
        {
            return [];
        }
        var previous = SearchTree(from);
        if (!previous.ContainsKey(to))
        {
            return null;
        }
        var path = new List<Hop>();
        for (string at = to; at != from; at = previous[at].From)
        {
            path.Add(previous[at]);
        }
        path.Reverse();
        return path;
    }

    /// <summary>
    /// The hop by which a breadth-first search from <paramref name="from"/> first reaches each node. A search stopped at
    /// its target would have set the same hops up to there, since a node's hop is never replaced; searching once per
    /// source keeps the paths of a planner's thousands of demands linear in the fabric rather than quadratic.
    /// </summary>
    private Dictionary<string, Hop> SearchTree(string from)
    {
        if (_trees.TryGetValue(from, out var known))
        {
            return known;
        }
        var previous = new Dictionary<string, Hop>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var frontier = new Queue<string>();
        frontier.Enqueue(from);
        while (frontier.Count > 0)
        {
            string node = frontier.Dequeue();
            if (!_adjacency.TryGetValue(node, out var hops))
            {
                continue;
            }
            foreach (var hop in hops)
            {
                if (seen.Add(hop.To))
                {
                    previous[hop.To] = hop;
                    frontier.Enqueue(hop.To);
                }
            }
        }
        // Callers ask by source in runs (a site's demands, a cloud's); a few trees cover them without holding one per node.
        if (_trees.Count >= KeptTrees)
        {
            _trees.Clear();
        }
        _trees[from] = previous;
        return previous;
    }

    /// <summary>The largest IP packet every node and hop of the path carries without fragmenting.</summary>
    public int PathMtu(IReadOnlyList<Hop> path, string from)
    {
        int mtu = NodeMtu(from);
        foreach (var hop in path)
        {
            mtu = Math.Min(mtu, Math.Min(hop.MtuBytes, NodeMtu(hop.To)));
        }
        return mtu;
    }

    private int NodeMtu(string node) => _nodeMtu.TryGetValue(node, out int mtu) ? mtu : int.MaxValue;

    private void Connect(string a, string b, HopKind kind, string via, int mtu)
    {
        Add(a, new Hop(a, b, kind, via, mtu));
        Add(b, new Hop(b, a, kind, via, mtu));
    }

    private void Add(string node, Hop hop)
    {
        if (!_adjacency.TryGetValue(node, out var list))
        {
            _adjacency[node] = list = [];
        }
        list.Add(hop);
    }
}
