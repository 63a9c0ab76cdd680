using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Failures;
using FabricSim.Network.Geography;
using FabricSim.Network.Topology;
using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;
using FabricSim.Network.Queues;
using FabricSim.Network.Routing;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Building;

/// <summary>
/// Assembles a <see cref="Fabric"/> in code: PoPs and sites with coordinates, backbone links whose delay follows from
/// distance, ports, cloud routers, CSP edges, VXCs, traffic flows and failures, all referred to by name.
/// Queue settings apply to the links added after them.
/// </summary>
/// <example>
/// <code>
/// var fabric = new FabricBuilder(seed: 1, replication: 0)
///     .AddPop("SYD", -33.87, 151.21).AddPop("MEL", -37.81, 144.96)
///     .AddBackboneLink("SYD", "MEL", DataRate.Parse("100Gbps"), routeFactor: 1.3)
///     .AddSite("HQ", -33.86, 151.20).AddPort("HQ-port", "HQ", "SYD", DataRate.Parse("10Gbps"))
///     .AddCspEdge("AWS-MEL", CspProvider.AwsDirectConnect, "MEL", DataRate.Parse("10Gbps"))
///     .AddVxc("hq-aws", "HQ", "AWS-MEL", DataRate.Parse("1Gbps"))
///     .AddPoissonFlow("app", "HQ", "AWS-MEL", packetsPerSecond: 50_000, via: "hq-aws")
///     .Build();
/// fabric.Run(SimTime.FromSeconds(10));
/// var measurements = fabric.Measure();
/// </code>
/// </example>
internal sealed class FabricBuilder
{
    private readonly FabricContext _context;
    private readonly List<Node> _nodes = [];
    private readonly Dictionary<string, Node> _nodesByName = new(StringComparer.Ordinal);
    private readonly List<Link> _links = [];
    private readonly Dictionary<string, Link> _linksByName = new(StringComparer.Ordinal);
    private readonly List<AccessPort> _ports = [];
    private readonly List<Vxc> _vxcs = [];
    private readonly Dictionary<string, Vxc> _vxcsByName = new(StringComparer.Ordinal);
    private readonly List<TrafficFlow> _flows = [];
    private readonly List<TrafficSource> _sources = [];
    private readonly List<PendingRequestResponse> _requestResponses = [];
    private readonly List<Action<FailureInjector, Fabric>> _failures = [];
    /// <summary>What every interface's DropTail queue holds unless <see cref="WithQueue"/> says otherwise.</summary>
    internal const int DefaultQueuePackets = 1000;

    private QueueSpec _queue = QueueSpec.DropTailPackets(DefaultQueuePackets);
    private SimTime _warmUp = SimTime.Zero;
    private long _perHopCostNs = 1_000;
    private SimTime? _sampleInterval;
    private int _sampleCapacity = 4096;
    private bool _built;

    public FabricBuilder(ulong seed, int replication = 0)
    {
        _context = new FabricContext(seed, replication);
    }

    public FabricContext Context => _context;

    public FabricBuilder WithQueue(QueueSpec queue)
    {
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        return this;
    }

    public FabricBuilder WithWarmUp(SimTime warmUp)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warmUp.Nanoseconds, nameof(warmUp));
        _warmUp = warmUp;
        return this;
    }

    public FabricBuilder WithPerHopCost(SimTime cost)
    {
        _perHopCostNs = cost.Nanoseconds;
        return this;
    }

    /// <summary>Samples flow throughput and link utilization every <paramref name="interval"/>, keeping at most <paramref name="capacity"/> points each.</summary>
    public FabricBuilder WithTimeSeries(SimTime interval, int capacity = 4096)
    {
        _sampleInterval = interval;
        _sampleCapacity = capacity;
        return this;
    }

    public FabricBuilder AddNode(string name, NodeKind kind, double latitude = 0, double longitude = 0)
    {
        Register(new Node(_context, _context.Ids.NextNode(), name, kind, new GeoLocation(latitude, longitude)));
        return this;
    }

    /// <summary>A cloud region's network: its edges reach it, but no path between other nodes crosses it.</summary>
    public FabricBuilder AddCloudRegion(string name, double latitude, double longitude)
    {
        Register(new Node(_context, _context.Ids.NextNode(), name, NodeKind.CustomerRouter, new GeoLocation(latitude, longitude)) { CarriesTransit = false });
        return this;
    }

    public FabricBuilder AddPop(string name, double latitude, double longitude) => AddNode(name, NodeKind.PopSwitch, latitude, longitude);

    public FabricBuilder AddSite(string name, double latitude, double longitude) => AddNode(name, NodeKind.CustomerRouter, latitude, longitude);

    /// <summary>
    /// A cloud router in <paramref name="pop"/>, joined to the PoP switch by an internal link of 400 Gbps whose MTU is
    /// the router's IP MTU: every packet it routes crosses that link, so larger ones are dropped as too big.
    /// </summary>
    public FabricBuilder AddCloudRouter(string name, string pop, DataRate aggregateRate, long? burstBytes = null, int mtuBytes = Link.JumboMtuBytes)
    {
        Node at = NodeNamed(pop);
        long burst = burstBytes ?? Math.Max(Link.JumboMtuBytes, aggregateRate.BytesIn(SimTime.FromMilliseconds(1)));
        var router = new CloudRouter(_context, _context.Ids.NextNode(), name, at.Location, aggregateRate, burst);
        Register(router);
        return AddLink($"{name}-{pop}", name, pop, DataRate.FromGigabitsPerSecond(400), SimTime.Zero, mtuBytes: mtuBytes);
    }

    /// <summary>A CSP edge router cross-connected to <paramref name="pop"/> at its port speed.</summary>
    public FabricBuilder AddCspEdge(string name, CspProvider provider, string pop, DataRate portSpeed, SimTime? crossConnectDelay = null)
    {
        Node at = NodeNamed(pop);
        Register(new CspEdge(_context, _context.Ids.NextNode(), name, at.Location, provider, portSpeed));
        return AddLink($"{name}-{pop}", pop, name, portSpeed, crossConnectDelay ?? SimTime.Zero, mtuBytes: Link.JumboMtuBytes);
    }

    /// <summary>
    /// A link whose propagation delay is <paramref name="delay"/>, or else the great-circle fibre delay between the
    /// nodes inflated by <paramref name="routeFactor"/>.
    /// </summary>
    public FabricBuilder AddLink(string name, string a, string b, DataRate rate, SimTime? delay = null, double routeFactor = 1.0,
        int mtuBytes = Link.EthernetMtuBytes, QueueSpec? queue = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (_linksByName.ContainsKey(name))
        {
            throw new ArgumentException($"A link named '{name}' already exists.", nameof(name));
        }
        Node nodeA = NodeNamed(a);
        Node nodeB = NodeNamed(b);
        SimTime propagation = delay ?? GreatCircle.FibreDelay(nodeA.Location, nodeB.Location, routeFactor);
        QueueSpec spec = queue ?? _queue;
        var link = Link.Connect(_context.Ids.NextLink(), name, nodeA, nodeB, rate, propagation, mtuBytes,
            QueueFactory(spec, name));
        _links.Add(link);
        _linksByName.Add(name, link);
        return this;
    }

    /// <summary>A provider backbone link "a-b" with jumbo MTU.</summary>
    public FabricBuilder AddBackboneLink(string a, string b, DataRate rate, double routeFactor = 1.0, SimTime? delay = null, QueueSpec? queue = null) =>
        AddLink($"{a}-{b}", a, b, rate, delay, routeFactor, Link.JumboMtuBytes, queue);

    /// <summary>
    /// A physical port from <paramref name="site"/>'s router into <paramref name="pop"/> (1/10/100/400 Gbps), or a LAG
    /// of <paramref name="lagMembers"/> such ports: one link at their summed rate.
    /// </summary>
    public FabricBuilder AddPort(string name, string site, string pop, DataRate speed, SimTime? delay = null, double routeFactor = 1.0, int lagMembers = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lagMembers, 1);
        AddLink(name, site, pop, new DataRate(checked(speed.BitsPerSecond * lagMembers)), delay, routeFactor, Link.JumboMtuBytes);
        _ports.Add(new AccessPort(name, NodeNamed(site), NodeNamed(pop), _linksByName[name], lagMembers));
        return this;
    }

    /// <summary>A VXC policer's depth when none is given: 1 ms at its rate, at least one jumbo frame.</summary>
    internal static long DefaultVxcBurstBytes(DataRate rate) => Math.Max(Link.JumboMtuBytes, rate.BytesIn(SimTime.FromMilliseconds(1)));

    /// <summary>
    /// A VXC between two endpoints, limited to <paramref name="rateLimit"/>; burst defaults to 1 ms at that rate. With
    /// <paramref name="customerShaperQueue"/>, customer routers at its ends shape to it before the provider polices.
    /// <paramref name="portA"/> and <paramref name="portB"/> name the ports (added before) an end rides as a VLAN.
    /// </summary>
    public FabricBuilder AddVxc(string name, string endpointA, string endpointB, DataRate rateLimit, long? burstBytes = null,
        RateLimitMode mode = RateLimitMode.Police, int? trafficClass = null, QueueLimit? shaperQueue = null, QueueLimit? customerShaperQueue = null,
        string? portA = null, string? portB = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (_vxcsByName.ContainsKey(name))
        {
            throw new ArgumentException($"A VXC named '{name}' already exists.", nameof(name));
        }
        long burst = burstBytes ?? DefaultVxcBurstBytes(rateLimit);
        var vxc = new Vxc(_context, _context.Ids.NextVxc(), name, NodeNamed(endpointA), NodeNamed(endpointB), rateLimit, burst, mode,
            trafficClass, Link.JumboMtuBytes, shaperQueue ?? QueueLimit.Packets(1000), customerShaperQueue);
        foreach (var (endpoint, port) in new[] { (vxc.EndpointA, portA), (vxc.EndpointB, portB) })
        {
            if (port is not null)
            {
                vxc.BindPort(endpoint, _ports.Find(p => p.Name == port)?.Link ?? throw new KeyNotFoundException($"VXC '{name}' rides port '{port}', which has not been added."));
            }
        }
        _vxcs.Add(vxc);
        _vxcsByName.Add(name, vxc);
        return this;
    }

    public FabricBuilder AddPoissonFlow(string name, string from, string to, double packetsPerSecond, IPacketSizeDistribution? sizes = null,
        int trafficClass = 0, string? via = null, SimTime? start = null, SimTime? stop = null)
    {
        var flow = NewFlow(name, from, to, trafficClass, via);
        _sources.Add(new PoissonSource(_context.Simulator, _context.Pool, flow, sizes ?? new FixedPacketSize(1500), StreamFor(name),
            start ?? SimTime.Zero, stop ?? SimTime.MaxValue, packetsPerSecond));
        return this;
    }

    public FabricBuilder AddConstantBitRateFlow(string name, string from, string to, DataRate rate, IPacketSizeDistribution? sizes = null,
        int trafficClass = 0, string? via = null, SimTime? start = null, SimTime? stop = null)
    {
        var flow = NewFlow(name, from, to, trafficClass, via);
        _sources.Add(new ConstantBitRateSource(_context.Simulator, _context.Pool, flow, sizes ?? new FixedPacketSize(1500), StreamFor(name),
            start ?? SimTime.Zero, stop ?? SimTime.MaxValue, rate));
        return this;
    }

    public FabricBuilder AddOnOffFlow(string name, string from, string to, DataRate peakRate, SimTime meanOn, SimTime meanOff, double shape = 1.5,
        IPacketSizeDistribution? sizes = null, int trafficClass = 0, string? via = null, SimTime? start = null, SimTime? stop = null)
    {
        var flow = NewFlow(name, from, to, trafficClass, via);
        _sources.Add(new ParetoOnOffSource(_context.Simulator, _context.Pool, flow, sizes ?? new FixedPacketSize(1500), StreamFor(name),
            start ?? SimTime.Zero, stop ?? SimTime.MaxValue, peakRate, meanOn, meanOff, shape));
        return this;
    }

    /// <summary>
    /// Poisson requests from <paramref name="client"/> answered by <paramref name="server"/>; adds flows
    /// "&lt;name&gt;/request" and "&lt;name&gt;/response". <paramref name="via"/> names a VXC both directions ride.
    /// Each message leaves as <see cref="MessageSegments"/> of at most <paramref name="mtuBytes"/>.
    /// </summary>
    public FabricBuilder AddRequestResponse(string name, string client, string server, double requestsPerSecond, int requestBytes, int responseBytes,
        int trafficClass = 0, string? via = null, SimTime? start = null, SimTime? stop = null, int mtuBytes = MessageSegments.DefaultMtuBytes)
    {
        var requests = new MessageSender(NewFlow(name + "/request", client, server, trafficClass, via), _context.Pool, requestBytes, mtuBytes);
        var responses = new MessageSender(NewFlow(name + "/response", server, client, trafficClass, via), _context.Pool, responseBytes, mtuBytes);
        _sources.Add(new PoissonSource(_context.Simulator, _context.Pool, requests.Flow, new FixedPacketSize(MessageSegments.SegmentBytes(requestBytes, mtuBytes, 0)),
            StreamFor(requests.Flow.Name), start ?? SimTime.Zero, stop ?? SimTime.MaxValue, requestsPerSecond, requests));
        _requestResponses.Add(new PendingRequestResponse(name, requests, responses));
        return this;
    }

    /// <summary>Varies the rate of the source of flow <paramref name="flowName"/> (for request/response: of its requests) over a cycle.</summary>
    public FabricBuilder WithRateProfile(string flowName, RateProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var source = _sources.Find(s => s.Flow.Name == flowName || s.Flow.Name == flowName + "/request")
                     ?? throw new KeyNotFoundException($"No traffic source for flow '{flowName}' has been added.");
        source.Profile = profile;
        return this;
    }

    public FabricBuilder FailLink(string name, SimTime at, SimTime duration)
    {
        _failures.Add((injector, fabric) => injector.ScheduleLinkFailure(fabric.Link(name), at, duration));
        return this;
    }

    public FabricBuilder FailPort(string name, SimTime at, SimTime duration) => FailLink(name, at, duration);

    /// <summary>Member <paramref name="member"/> (1-based) of LAG port <paramref name="port"/> fails: the port's rate drops by one member's share.</summary>
    public FabricBuilder FailLagMember(string port, int member, SimTime at, SimTime duration)
    {
        var target = _ports.Find(p => p.Name == port) ?? throw new KeyNotFoundException($"No port named '{port}' has been added.");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(member, target.LagMembers);
        _failures.Add((injector, _) => injector.ScheduleLagMemberFailure(target, member, at, duration));
        return this;
    }

    public FabricBuilder FailNode(string name, SimTime at, SimTime duration)
    {
        _failures.Add((injector, fabric) => injector.ScheduleNodeFailure(fabric.Node(name), at, duration));
        return this;
    }

    public FabricBuilder FailVxc(string name, SimTime at, SimTime duration)
    {
        _failures.Add((injector, fabric) => injector.ScheduleVxcFailure(fabric.Vxc(name), at, duration));
        return this;
    }

    public Fabric Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("A builder builds one fabric; make a new builder for the next replication.");
        }
        _built = true;
        var sim = _context.Simulator;
        var demultiplexers = new FlowDemultiplexer[_nodes.Count];
        foreach (var node in _nodes)
        {
            demultiplexers[node.Id] = new FlowDemultiplexer(_context.Ledger);
            node.LocalDelivery = demultiplexers[node.Id];
        }
        var sinks = new FlowSink[_flows.Count];
        foreach (var flow in _flows)
        {
            sinks[flow.Id] = new FlowSink(sim, _context.Pool, flow.Id);
            demultiplexers[flow.Destination.Id].Register(flow.Id, sinks[flow.Id]);
        }
        var applications = new List<IEndpointApplication>(_requestResponses.Count);
        foreach (var pending in _requestResponses)
        {
            var app = new RequestResponseApplication(pending.Name, sim, pending.Requests, sinks[pending.Requests.Flow.Id],
                pending.Responses, sinks[pending.Responses.Flow.Id]);
            demultiplexers[app.Requests.Destination.Id].Register(app.Requests.Id, app.Server);
            demultiplexers[app.Responses.Destination.Id].Register(app.Responses.Id, app.Client);
            applications.Add(app);
        }
        _context.Ledger.CountFrom = _warmUp.Nanoseconds;
        foreach (var flow in _flows)
        {
            flow.ResetMeasurement(_warmUp.Nanoseconds);
        }
        var routing = new ShortestPathRouting(_nodes, _perHopCostNs);
        var injector = new FailureInjector(sim, routing);
        TimeSeriesSampler? sampler = null;
        if (_sampleInterval is { } interval)
        {
            var flowSinks = _flows.Select(f => (f.Name, sinks[f.Id])).ToList();
            var interfaces = _links.SelectMany(l => new[] { l.Forward, l.Reverse }).ToList();
            sampler = new TimeSeriesSampler(sim, interval, flowSinks, interfaces, _sampleCapacity);
            sampler.AddLimiters(_vxcs.SelectMany(v => v.DirectionCounters()).Concat(_nodes.OfType<CloudRouter>()));
        }
        // Control-plane packets get a flow of their own, so their losses never count against a measured flow.
        int controlFlowId = _context.Ids.NextFlow();
        var fabric = new Fabric(_context, _nodes, _links, _ports, _vxcs, _flows, _sources, sinks, applications, routing, injector, _warmUp, sampler,
            controlFlowId);
        foreach (var schedule in _failures)
        {
            schedule(injector, fabric);
        }
        return fabric;
    }

    private TrafficFlow NewFlow(string name, string from, string to, int trafficClass, string? via)
    {
        if (_flows.Exists(f => f.Name == name))
        {
            throw new ArgumentException($"A flow named '{name}' already exists.", nameof(name));
        }
        var flow = new TrafficFlow(_context.Ids.NextFlow(), name, NodeNamed(from), NodeNamed(to), trafficClass);
        if (via is not null)
        {
            if (!_vxcsByName.TryGetValue(via, out var vxc))
            {
                throw new KeyNotFoundException($"Flow '{name}' rides VXC '{via}', which has not been added.");
            }
            flow.TunnelId = vxc.Id;
            flow.Entry = vxc.EntranceAt(flow.Source);
        }
        _flows.Add(flow);
        return flow;
    }

    private Engine.Random.RandomStream StreamFor(string flowName) => _context.Random.Get("traffic/" + flowName);

    private Func<IPacketQueue> QueueFactory(QueueSpec spec, string linkName)
    {
        int direction = 0;
        return () => spec.Create(_context, $"{linkName}/{direction++}");
    }

    private void Register(Node node)
    {
        if (_nodesByName.ContainsKey(node.Name))
        {
            throw new ArgumentException($"A node named '{node.Name}' already exists.", nameof(node));
        }
        _nodes.Add(node);
        _nodesByName.Add(node.Name, node);
    }

    private Node NodeNamed(string name) =>
        _nodesByName.TryGetValue(name, out var node) ? node : throw new KeyNotFoundException($"No node named '{name}' has been added.");

    /// <summary>A request/response pair whose sinks exist only once the fabric is built.</summary>
    private sealed record PendingRequestResponse(string Name, MessageSender Requests, MessageSender Responses);
}
