using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Failures;
using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;
using FabricSim.Network.Routing;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;

namespace FabricSim.Network.Built;

/// <summary>
/// An assembled, runnable network: nodes, links, VXCs, flows with their sources and sinks, routing and failures.
/// Run it, then read plain <see cref="FabricMeasurements"/>. Built by <see cref="FabricBuilder"/>.
/// </summary>
internal sealed class Fabric : IEventHandler
{
    private readonly Dictionary<string, Node> _nodesByName;
    private readonly Dictionary<string, Link> _linksByName;
    private readonly Dictionary<string, Vxc> _vxcsByName;
    private readonly Dictionary<string, TrafficFlow> _flowsByName;
    private readonly List<IMeasuredLimiter> _attachedLimiters = [];
    private readonly HashSet<TrafficSource> _startedElsewhere = [];
    private bool _started;

    internal Fabric(FabricContext context, IReadOnlyList<Node> nodes, IReadOnlyList<Link> links, IReadOnlyList<AccessPort> ports,
        IReadOnlyList<Vxc> vxcs, IReadOnlyList<TrafficFlow> flows, IReadOnlyList<TrafficSource> sources, IReadOnlyList<FlowSink> sinks,
        IReadOnlyList<IEndpointApplication> applications, ShortestPathRouting routing, FailureInjector failures, SimTime warmUp,
        TimeSeriesSampler? sampler, int controlFlowId)
    {
        ControlFlowId = controlFlowId;
        Context = context;
        Nodes = nodes;
        Links = links;
        Ports = ports;
        Vxcs = vxcs;
        Flows = flows;
        Sources = sources;
        Sinks = sinks;
        Applications = applications;
        Routing = routing;
        Failures = failures;
        WarmUp = warmUp;
        Sampler = sampler;
        _nodesByName = nodes.ToDictionary(n => n.Name, StringComparer.Ordinal);
        _linksByName = links.ToDictionary(l => l.Name, StringComparer.Ordinal);
        _vxcsByName = vxcs.ToDictionary(v => v.Name, StringComparer.Ordinal);
        _flowsByName = flows.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public FabricContext Context { get; }
    public Simulator Simulator => Context.Simulator;
    public IReadOnlyList<Node> Nodes { get; }
    public IReadOnlyList<Link> Links { get; }
    public IReadOnlyList<AccessPort> Ports { get; }
    public IReadOnlyList<Vxc> Vxcs { get; }
    public IReadOnlyList<TrafficFlow> Flows { get; }
    public IReadOnlyList<TrafficSource> Sources { get; }

    /// <summary>One sink per flow, in flow order.</summary>
    public IReadOnlyList<FlowSink> Sinks { get; }
    public IReadOnlyList<IEndpointApplication> Applications { get; }
    public ShortestPathRouting Routing { get; }
    public FailureInjector Failures { get; }
    public SimTime WarmUp { get; }

    /// <summary>The flow id of control-plane packets (BGP, BFD, probes).</summary>
    public int ControlFlowId { get; }
    public TimeSeriesSampler? Sampler { get; }

    public Node Node(string name) => Find(_nodesByName, name, "node");
    public Link Link(string name) => Find(_linksByName, name, "link");
    public Vxc Vxc(string name) => Find(_vxcsByName, name, "VXC");
    public TrafficFlow Flow(string name) => Find(_flowsByName, name, "flow");
    public FlowSink SinkOf(string flowName) => Sinks[Flow(flowName).Id];

    /// <summary>Rate limits that joined after the build (a VPN's gateways): reset, sampled and measured with the rest.</summary>
    internal void AttachLimiters(IReadOnlyList<IMeasuredLimiter> limiters)
    {
        ArgumentNullException.ThrowIfNull(limiters);
        _attachedLimiters.AddRange(limiters);
        Sampler?.AddLimiters(limiters);
    }

    /// <summary>Leaves <paramref name="source"/> out of the start of the run: something else activates it (once its route exists).</summary>
    internal void StartElsewhere(TrafficSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _startedElsewhere.Add(source);
    }

    /// <summary>
    /// The latest time a packet source that had to start without a route (at the end of the warm-up) got one; null
    /// when every source found its route in time. Packets it sent before then were lost for want of a route.
    /// </summary>
    public SimTime? LateRouteAt { get; private set; }

    internal void NoteLateRoute(SimTime at) => LateRouteAt = LateRouteAt is { } known ? SimTime.Max(known, at) : at;

    /// <summary>Runs until <paramref name="until"/> (callable repeatedly to advance in steps).</summary>
    public void Run(SimTime until)
    {
        if (!_started)
        {
            _started = true;
            Routing.Recompute();
            foreach (var source in Sources)
            {
                if (!_startedElsewhere.Contains(source))
                {
                    source.Activate();
                }
            }
            foreach (var application in Applications)
            {
                application.Activate();
            }
            if (WarmUp > SimTime.Zero)
            {
                Simulator.ScheduleAt(WarmUp, this);
            }
            Sampler?.Activate();
        }
        Simulator.RunUntil(until);
    }

    /// <summary>End of warm-up: every statistic forgets the transient.</summary>
    public void OnEvent(object? payload, long argument) => ResetStatistics();

    public void ResetStatistics()
    {
        Sampler?.BeforeCountersReset();
        long now = Simulator.Now.Nanoseconds;
        Context.Ledger.ResetFlows(now);
        foreach (var flow in Flows)
        {
            flow.ResetMeasurement(now);
        }
        foreach (var sink in Sinks)
        {
            sink.Reset();
        }
        foreach (var link in Links)
        {
            link.Forward.ResetCounters();
            link.Reverse.ResetCounters();
        }
        foreach (var vxc in Vxcs)
        {
            vxc.ResetCounters(Simulator.Now);
        }
        foreach (var node in Nodes)
        {
            (node as CloudRouter)?.ResetCounters();
        }
        foreach (var limiter in _attachedLimiters)
        {
            limiter.ResetCounters();
        }
        foreach (var application in Applications)
        {
            application.ResetStatistics();
        }
    }

    /// <summary>
    /// Plain measurements of the window from the end of warm-up to now: every flow, both directions of every link,
    /// then both directions of every VXC (named after the VXC, its rate limit as capacity, rate-limit drops as drops).
    /// </summary>
    public FabricMeasurements Measure()
    {
        SimTime now = Simulator.Now;
        var ledger = Context.Ledger;
        var flows = new List<FlowMeasurement>(Flows.Count);
        var responseTimes = new Dictionary<int, Engine.Statistics.LatencyHistogram>();
        var messages = new Dictionary<int, MessageCounts>();
        long inFlight(TrafficFlow flow) => flow.PacketsSentMeasured - Sinks[flow.Id].PacketsReceived - ledger.ForFlow(flow.Id);
        foreach (var application in Applications)
        {
            if (application is RequestResponseApplication exchange)
            {
                responseTimes[exchange.Responses.Id] = Copy(exchange.ResponseTime);
                messages[exchange.Requests.Id] = exchange.RequestCounts(inFlight(exchange.Requests));
                messages[exchange.Responses.Id] = exchange.ResponseCounts(inFlight(exchange.Responses));
            }
        }
        foreach (var flow in Flows)
        {
            FlowSink sink = Sinks[flow.Id];
            long dropped = ledger.ForFlow(flow.Id);
            long decided = sink.PacketsReceived + dropped;
            flows.Add(new FlowMeasurement(
                flow.Name, flow.Source.Name, flow.Destination.Name, flow.TrafficClass,
                flow.PacketsSentMeasured, sink.PacketsReceived, dropped,
                ledger.ForFlow(flow.Id, DropReason.Queue),
                ledger.ForFlow(flow.Id, DropReason.Failure),
                ledger.ForFlow(flow.Id, DropReason.NoRoute),
                ledger.ForFlow(flow.Id, DropReason.RateLimit),
                decided == 0 ? 0 : dropped / (double)decided,
                sink.ThroughputBitsPerSecond(),
                Milliseconds(sink.Delay.Mean),
                Milliseconds(sink.Delay.Quantile(0.50)),
                Milliseconds(sink.Delay.Quantile(0.95)),
                Milliseconds(sink.Delay.Quantile(0.99)),
                Milliseconds(sink.Delay.Max),
                Milliseconds(sink.JitterNanoseconds),
                sink.Reordered,
                Copy(sink.Delay)) { ResponseTime = responseTimes.GetValueOrDefault(flow.Id), Messages = messages.GetValueOrDefault(flow.Id) });
        }
        var links = new List<LinkMeasurement>((Links.Count + Vxcs.Count) * 2);
        foreach (var link in Links)
        {
            links.Add(MeasureDirection(link, link.Forward, (now - WarmUp).TotalSeconds));
            links.Add(MeasureDirection(link, link.Reverse, (now - WarmUp).TotalSeconds));
        }
        // A VXC's rate limit drops packets as a link's queue does: each direction is a row of its own.
        foreach (var vxc in Vxcs)
        {
            links.Add(vxc.Measure(fromA: true, now, now - WarmUp));
            links.Add(vxc.Measure(fromA: false, now, now - WarmUp));
        }
        // An MCR's rate limit is one more place where routed traffic can be dropped: a row of its own.
        foreach (var node in Nodes)
        {
            if (node is CloudRouter router)
            {
                links.Add(router.Measure((now - WarmUp).TotalSeconds));
            }
        }
        foreach (var limiter in _attachedLimiters)
        {
            links.Add(limiter.Measure(now, (now - WarmUp).TotalSeconds));
        }
        return new FabricMeasurements(
            (now - WarmUp).TotalSeconds,
            flows,
            links,
            Sampler?.AllSeries() ?? [],
            Simulator.EventsExecuted);
    }

    private static LinkMeasurement MeasureDirection(Link link, NetworkInterface nic, double seconds)
    {
        var c = nic.Counters;
        long offered = c.PacketsSent + c.QueueDrops;
        double carried = seconds <= 0 ? 0 : c.BytesSent * 8.0 / seconds;
        return new LinkMeasurement(
            link.Name, nic.Owner.Name, nic.Peer.Owner.Name, nic.Rate.BitsPerSecond,
            nic.Utilization(), nic.MeanWaitingPackets(), c.PacketsSent, c.BytesSent, c.QueueDrops, c.LostToFailure,
            offered == 0 ? 0 : c.QueueDrops / (double)offered)
        {
            Kind = IsCloudConnection(link) ? "cloud_connection" : "link",
            CarriedBitsPerSecond = carried,
            // Dropped packets are not weighed in bytes: they count at the mean size of those sent.
            OfferedBitsPerSecond = c.PacketsSent == 0 ? 0 : carried * offered / c.PacketsSent,
            DropsQueue = c.QueueDrops,
        };
    }

    /// <summary>
    /// The cross-connect between a PoP and a CSP edge is the provider's port of the customer's connections there (a
    /// Direct Connect connection, an ExpressRoute circuit link, an Interconnect attachment's port), at its port speed.
    /// </summary>
    private static bool IsCloudConnection(Link link) => link.A.Kind == NodeKind.PopSwitch && link.B.Kind == NodeKind.CspEdge;

    /// <summary>A snapshot, so measurements stay fixed while the fabric runs on (or is run again).</summary>
    private static Engine.Statistics.LatencyHistogram Copy(Engine.Statistics.LatencyHistogram live)
    {
        var copy = new Engine.Statistics.LatencyHistogram();
        copy.Merge(live);
        return copy;
    }

    private static double Milliseconds(double nanoseconds) => nanoseconds / SimTime.NanosPerMillisecond;

    private static T Find<T>(Dictionary<string, T> byName, string name, string what) =>
        byName.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"The fabric has no {what} named '{name}'.");
}
