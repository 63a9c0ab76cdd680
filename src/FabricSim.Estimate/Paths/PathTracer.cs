using FabricSim.Network.Access;
using FabricSim.Network.Building;
using FabricSim.Network.Built;
using FabricSim.Network.Metrics;
using FabricSim.Network.Queues;
using FabricSim.Network.Topology;

namespace FabricSim.Estimate.Paths;

/// <summary>
/// The elements a flow's packets cross in the laid-out data plane: from its source to the first router, then each VXC
/// of its routed path over the port it rides at a site's end and the backbone's shortest-latency links between (as
/// the packet model forwards a VXC's packets), with the VXC's rate limit at its entrance and an MCR's at every MCR it
/// passes, then on to the destination.
/// </summary>
internal sealed class PathTracer
{
    private readonly Fabric _fabric;
    private readonly Dictionary<string, PathElement> _elements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VxcSpec> _vxcs;

    public PathTracer(FabricDescription description, Fabric fabric)
    {
        _fabric = fabric;
        _vxcs = description.Vxcs.ToDictionary(v => v.Name, StringComparer.Ordinal);
    }

    /// <summary>Every element made so far, by key.</summary>
    public IReadOnlyDictionary<string, PathElement> Elements => _elements;

    /// <summary>The path from <paramref name="source"/> to <paramref name="destination"/> over <paramref name="vxcs"/> in order; null when a hop has no route.</summary>
    public IReadOnlyList<PathElement>? Trace(string source, string destination, IReadOnlyList<string> vxcs)
    {
        var path = new List<PathElement>();
        Node current = _fabric.Node(source);
        for (int i = 0; i < vxcs.Count; i++)
        {
            var vxc = _fabric.Vxc(vxcs[i]);
            var spec = _vxcs[vxc.Name];
            Node? next = i + 1 < vxcs.Count ? Shared(vxc, _fabric.Vxc(vxcs[i + 1])) : null;
            bool fromA = next is not null ? !ReferenceEquals(vxc.EndpointA, next) : Closer(vxc, current, _fabric.Node(destination));
            Node entry = fromA ? vxc.EndpointA : vxc.EndpointB;
            Node exit = fromA ? vxc.EndpointB : vxc.EndpointA;
            if (!Walk(current, entry, path))
            {
                return null;
            }
            if (current is CloudRouter && i > 0)
            {
                path.Add(Mcr((CloudRouter)current));
            }
            path.Add(VxcDirection(vxc, spec, fromA));
            if (!WalkVxc(vxc, entry, exit, path))
            {
                return null;
            }
            current = exit;
        }
        return Walk(current, _fabric.Node(destination), path) ? path : null;
    }

    /// <summary>The path between two nodes with no routed layer: the data plane's shortest-latency route.</summary>
    public IReadOnlyList<PathElement>? Direct(string source, string destination)
    {
        var path = new List<PathElement>();
        return Walk(_fabric.Node(source), _fabric.Node(destination), path) ? path : null;
    }

    private static Node? Shared(Vxc a, Vxc b) =>
        ReferenceEquals(a.EndpointA, b.EndpointA) || ReferenceEquals(a.EndpointA, b.EndpointB) ? a.EndpointA
        : ReferenceEquals(a.EndpointB, b.EndpointA) || ReferenceEquals(a.EndpointB, b.EndpointB) ? a.EndpointB
        : null;

    /// <summary>For the last VXC: enter at the end the flow is at, or else the end away from the destination.</summary>
    private static bool Closer(Vxc vxc, Node current, Node destination) =>
        ReferenceEquals(vxc.EndpointA, current) || (!ReferenceEquals(vxc.EndpointB, current) && !ReferenceEquals(vxc.EndpointA, destination));

    /// <summary>A VXC's own way: over the port it rides at either end, the backbone's shortest path between.</summary>
    private bool WalkVxc(Vxc vxc, Node entry, Node exit, List<PathElement> path)
    {
        Node from = entry;
        if (vxc.PortOut(entry) is { } leaving)
        {
            path.Add(Link(leaving));
            from = leaving.Peer.Owner;
        }
        if (vxc.PortInto(exit) is not { } arriving)
        {
            return Walk(from, exit, path);
        }
        if (!Walk(from, arriving.Owner, path))
        {
            return false;
        }
        path.Add(Link(arriving));
        return true;
    }

    private bool Walk(Node from, Node to, List<PathElement> path)
    {
        Node current = from;
        int hops = 0;
        while (!ReferenceEquals(current, to))
        {
            var nic = current.Routes.NextHop(to.Id);
            if (nic is null || ++hops > _fabric.Nodes.Count)
            {
                return false;
            }
            path.Add(Link(nic));
            current = nic.Peer.Owner;
        }
        return true;
    }

    private PathElement Link(NetworkInterface nic) => Get($"link:{nic.Link.Name}:{nic.Owner.Name}>{nic.Peer.Owner.Name}", () =>
        new LinkMeasurement(nic.Link.Name, nic.Owner.Name, nic.Peer.Owner.Name, nic.Rate.BitsPerSecond, 0, 0, 0, 0, 0, 0, 0),
        (key, row) => new PathElement(key, row, ElementBehaviour.Queue, nic.Rate.BitsPerSecond,
            nic.PropagationDelay.Nanoseconds, FabricBuilder.DefaultQueuePackets + 1, 0));

    private PathElement VxcDirection(Vxc vxc, VxcSpec spec, bool fromA)
    {
        var (from, to) = fromA ? (vxc.EndpointA, vxc.EndpointB) : (vxc.EndpointB, vxc.EndpointA);
        bool shaped = spec.Mode == RateLimitMode.Shape || (spec.CustomerShaperQueue is not null && from.Kind == NodeKind.CustomerRouter);
        var limit = spec.Mode == RateLimitMode.Shape ? spec.ShaperQueue : spec.CustomerShaperQueue ?? QueueLimit.Unlimited;
        int buffer = limit.MaxPackets == int.MaxValue ? (int)Math.Min(100_000, limit.MaxBytes / 1500) : limit.MaxPackets;
        return Get($"vxc:{vxc.Name}:{from.Name}>{to.Name}", () =>
            new LinkMeasurement(vxc.Name, from.Name, to.Name, vxc.RateLimit.BitsPerSecond, 0, 0, 0, 0, 0, 0, 0) { Kind = "vxc" },
            (key, row) => new PathElement(key, row, shaped ? ElementBehaviour.Queue : ElementBehaviour.Policer,
                vxc.RateLimit.BitsPerSecond, 0, buffer + 1, vxc.BurstBytes));
    }

    private PathElement Mcr(CloudRouter router) => Get($"mcr:{router.Name}", () =>
        new LinkMeasurement(router.Name, router.Name, router.Name, router.AggregateRate.BitsPerSecond, 0, 0, 0, 0, 0, 0, 0) { Kind = "mcr" },
        (key, row) => new PathElement(key, row, ElementBehaviour.Policer, router.AggregateRate.BitsPerSecond, 0, 0,
            router.Limiter.Bucket.BurstBytes));

    private PathElement Get(string key, Func<LinkMeasurement> row, Func<string, LinkMeasurement, PathElement> create)
    {
        if (!_elements.TryGetValue(key, out var element))
        {
            element = create(key, row());
            _elements.Add(key, element);
        }
        return element;
    }
}
