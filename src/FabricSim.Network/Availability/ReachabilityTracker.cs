using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Availability;

/// <summary>
/// Tracks whether a packet from one node could reach another right now: following each router's best route
/// over adjacencies that really carry packets, and the fabric's own paths elsewhere. It re-checks after every
/// best-route change and every failure or repair, so it measures outage as the time with no valid route, without
/// needing traffic. A route over a failed but not yet detected adjacency is no valid route: it black-holes.
/// </summary>
internal sealed class ReachabilityTracker
{
    private const int MaximumHops = 64;
    private readonly Fabric _fabric;
    private readonly BgpNetwork _bgp;
    private readonly List<OutageInterval> _outages = [];
    private SimTime _downSince;

    public ReachabilityTracker(Fabric fabric, BgpNetwork bgp, string source, string destination)
    {
        _fabric = fabric ?? throw new ArgumentNullException(nameof(fabric));
        _bgp = bgp ?? throw new ArgumentNullException(nameof(bgp));
        Source = fabric.Node(source);
        Destination = fabric.Node(destination);
        IsReachable = false;
        _downSince = fabric.Simulator.Now;
        fabric.Failures.TopologyChanged += Check;
        foreach (var speaker in bgp.Speakers)
        {
            speaker.BestRouteChanged += (_, _) => Check();
        }
    }

    public Node Source { get; }
    public Node Destination { get; }
    public bool IsReachable { get; private set; }

    /// <summary>Closed stretches without a valid route (the first one, before routing converged, included).</summary>
    public IReadOnlyList<OutageInterval> Outages => _outages;

    /// <summary>Time without a valid route within [from, to], counting a stretch still open at <paramref name="to"/>.</summary>
    public SimTime UnreachableTime(SimTime from, SimTime to)
    {
        long total = 0;
        foreach (var outage in _outages)
        {
            total += Overlap(outage.LastBefore, outage.FirstAfter, from, to);
        }
        if (!IsReachable)
        {
            total += Overlap(_downSince, to, from, to);
        }
        return new SimTime(total);
    }

    public double Availability(SimTime from, SimTime to) =>
        to > from ? 1.0 - UnreachableTime(from, to).Nanoseconds / (double)(to - from).Nanoseconds : throw new ArgumentException("The window must have a positive length.", nameof(to));

    /// <summary>Re-evaluates the path now; called on every change, callable after anything else that matters.</summary>
    public void Check()
    {
        bool reachable = Trace();
        if (reachable == IsReachable)
        {
            return;
        }
        SimTime now = _fabric.Simulator.Now;
        if (reachable)
        {
            _outages.Add(new OutageInterval(_downSince, now));
        }
        else
        {
            _downSince = now;
        }
        IsReachable = reachable;
    }

    private bool Trace()
    {
        Node node = Source;
        bool routed = _bgp.Addresses.TryGetAddress(Destination.Id, out var address);
        for (int hop = 0; hop < MaximumHops; hop++)
        {
            if (!node.IsUp)
            {
                return false;
            }
            if (node == Destination)
            {
                return true;
            }
            L3Adjacency? adjacency = null;
            if (routed && _bgp.TryGetSpeaker(node, out var speaker))
            {
                adjacency = speaker.ForwardingTable.Lookup(address);
                if (adjacency is null)
                {
                    return false;
                }
                if (adjacency is MultipathAdjacency multipath)
                {
                    // Without a flow to hash, some packet gets through while any equal-cost member carries packets.
                    adjacency = multipath.Members.FirstOrDefault(m => m.IsUp && m.Egress() is { IsUp: true }) ?? multipath.Members[0];
                }
            }
            if (adjacency is null || _bgp.IsConnectedMarker(adjacency))
            {
                var egress = node.Routes.NextHop(Destination.Id);
                if (egress is null || !egress.IsUp)
                {
                    return false;
                }
                node = egress.Peer.Owner;
                continue;
            }
            if (!adjacency.IsUp || adjacency.Egress() is not { IsUp: true })
            {
                return false;
            }
            node = adjacency.Remote;
        }
        return false;
    }

    private static long Overlap(SimTime start, SimTime end, SimTime from, SimTime to) =>
        Math.Max(0, Math.Min(end.Nanoseconds, to.Nanoseconds) - Math.Max(start.Nanoseconds, from.Nanoseconds));
}
