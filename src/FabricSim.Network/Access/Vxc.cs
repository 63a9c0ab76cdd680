using FabricSim.Engine.Time;
using FabricSim.Network.Topology;
using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;
using FabricSim.Network.Queues;
using FabricSim.Network.Units;

namespace FabricSim.Network.Access;

/// <summary>
/// A virtual cross-connect between two endpoints (a port's site router, a cloud router, a CSP edge). Each direction
/// has an entrance: a token-bucket policer or shaper at the VXC's rate limit (<see cref="VxcLimiter"/>), after which
/// the packet is stamped with the VXC's id and QoS class and forwarded from its endpoint over the backbone's real
/// links, where it shares queues with other traffic and follows rerouting. While the VXC is down its entrances drop
/// everything. Routed traffic over the VXC passes limiters of the same kind, counted with the entrance's.
/// An end on a port is a VLAN on that port's link, not on whichever link the site router would pick: the VXC's packets
/// cross that link in both directions and the VXC is down while it is (<see cref="BindPort"/>).
/// </summary>
internal sealed class Vxc
{
    private readonly FabricContext _context;
    private readonly Entrance _fromA;
    private readonly Entrance _fromB;
    private readonly List<VxcLimiter> _limitersFromA = [];
    private readonly List<VxcLimiter> _limitersFromB = [];
    private Link? _portA;
    private Link? _portB;
    private bool _up = true;

    internal Vxc(FabricContext context, int id, string name, Node endpointA, Node endpointB, DataRate rateLimit, long burstBytes,
        RateLimitMode mode, int? trafficClass, int mtuBytes, QueueLimit shaperQueue, QueueLimit? customerShaperQueue = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfLessThan(id, 1);
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (trafficClass is < 0 or >= Packet.TrafficClassCount)
        {
            throw new ArgumentOutOfRangeException(nameof(trafficClass), trafficClass, "A traffic class lies in 0–7.");
        }
        Id = id;
        Name = name;
        EndpointA = endpointA ?? throw new ArgumentNullException(nameof(endpointA));
        EndpointB = endpointB ?? throw new ArgumentNullException(nameof(endpointB));
        RateLimit = rateLimit;
        BurstBytes = burstBytes;
        Mode = mode;
        TrafficClass = trafficClass;
        MtuBytes = mtuBytes;
        ShaperQueue = shaperQueue;
        CustomerShaperQueue = customerShaperQueue ?? QueueLimit.Unlimited;
        CustomerShaper = customerShaperQueue is not null;
        _context = context;
        _fromA = new Entrance(this, context, endpointA);
        _fromB = new Entrance(this, context, endpointB);
    }

    /// <summary>Also the tunnel id stamped on its packets; never 0.</summary>
    public int Id { get; }
    public string Name { get; }
    public Node EndpointA { get; }
    public Node EndpointB { get; }
    public DataRate RateLimit { get; }
    public long BurstBytes { get; }
    public RateLimitMode Mode { get; }

    /// <summary>The QoS class the provider applies to the VXC's packets; null keeps the packet's own class.</summary>
    public int? TrafficClass { get; }
    public int MtuBytes { get; }

    /// <summary>How much a shaping VXC holds per direction before it drops.</summary>
    public QueueLimit ShaperQueue { get; }

    /// <summary>
    /// Whether the customer's router shapes to the VXC's rate and burst before the provider polices it, at each end
    /// that is a customer router; <see cref="CustomerShaperQueue"/> is what that shaper holds before it drops.
    /// </summary>
    public bool CustomerShaper { get; }
    public QueueLimit CustomerShaperQueue { get; }

    /// <summary>Up unless failed itself or a port it rides is down: a VLAN lives and dies with its port.</summary>
    public bool IsUp => _up && (_portA is null || _portA.IsUp) && (_portB is null || _portB.IsUp);

    /// <summary>
    /// Rides <paramref name="port"/>'s link at <paramref name="endpoint"/>, the site router at one end of that link;
    /// the other end of the link is the PoP where the VXC enters the backbone.
    /// </summary>
    internal void BindPort(Node endpoint, Link port)
    {
        ArgumentNullException.ThrowIfNull(port);
        if (!ReferenceEquals(port.A, endpoint) && !ReferenceEquals(port.B, endpoint))
        {
            throw new ArgumentException($"Port '{port.Name}' does not reach {endpoint.Name}, the end of VXC '{Name}'.", nameof(port));
        }
        if (ReferenceEquals(endpoint, EndpointA))
        {
            _portA = port;
        }
        else if (ReferenceEquals(endpoint, EndpointB))
        {
            _portB = port;
        }
        else
        {
            throw new ArgumentException($"{endpoint.Name} is not an endpoint of VXC '{Name}'.", nameof(endpoint));
        }
    }

    /// <summary>The direction of the port link the VXC rides that leaves <paramref name="node"/>, if it rides one there.</summary>
    internal NetworkInterface? PortOut(Node node)
    {
        var port = ReferenceEquals(node, EndpointA) ? _portA : ReferenceEquals(node, EndpointB) ? _portB : null;
        return port is null ? null : ReferenceEquals(port.A, node) ? port.Forward : port.Reverse;
    }

    /// <summary>The direction of the port link the VXC rides that arrives at <paramref name="endpoint"/>, if it rides one there.</summary>
    internal NetworkInterface? PortInto(Node endpoint) => PortOut(endpoint)?.Peer;

    /// <summary>Where a flow from <paramref name="endpoint"/> hands its packets to enter the VXC.</summary>
    public IPacketReceiver EntranceAt(Node endpoint) =>
        ReferenceEquals(endpoint, EndpointA) ? _fromA
        : ReferenceEquals(endpoint, EndpointB) ? _fromB
        : throw new ArgumentException($"{endpoint?.Name} is not an endpoint of VXC '{Name}'.", nameof(endpoint));

    /// <summary>Since the last counter reset (warm-up), both directions, flows and routed traffic alike.</summary>
    public long PacketsDroppedByRateLimit => _limitersFromA.Concat(_limitersFromB).Sum(l => l.PacketsDropped);
    public long PacketsAdmitted => _limitersFromA.Concat(_limitersFromB).Sum(l => l.PacketsPassed);

    internal void SetUp(bool up) => _up = up;

    /// <summary>A rate limiter for packets entering the VXC at <paramref name="from"/>, counted with that direction's.</summary>
    internal VxcLimiter CreateLimiter(Node from, IPacketReceiver downstream)
    {
        var limiter = new VxcLimiter(this, _context, downstream, CustomerShaper && from.Kind == NodeKind.CustomerRouter);
        (ReferenceEquals(from, EndpointA) ? _limitersFromA : _limitersFromB).Add(limiter);
        return limiter;
    }

    internal void ResetCounters(SimTime now)
    {
        foreach (var limiter in _limitersFromA.Concat(_limitersFromB))
        {
            limiter.ResetCounters(now);
        }
        _fromA.ResetCounters();
        _fromB.ResetCounters();
    }

    /// <summary>Both directions' rate limits as counters a sampler reads over time (limiters added later included).</summary>
    internal IEnumerable<ILimiterCounters> DirectionCounters() => [new DirectionCounter(this, fromA: true), new DirectionCounter(this, fromA: false)];

    private sealed class DirectionCounter(Vxc vxc, bool fromA) : ILimiterCounters
    {
        private List<VxcLimiter> Limiters => fromA ? vxc._limitersFromA : vxc._limitersFromB;

        public string SeriesName => $"{vxc.Name}:{(fromA ? vxc.EndpointA : vxc.EndpointB).Name}>{(fromA ? vxc.EndpointB : vxc.EndpointA).Name}";
        public double RateBitsPerSecond => vxc.RateLimit.BitsPerSecond;

        public long CarriedBytes => Sum(static l => l.BytesPassed);
        public long DroppedPackets => Sum(static l => l.PacketsDropped);

        private long Sum(Func<VxcLimiter, long> counter)
        {
            long total = 0;
            foreach (var limiter in Limiters)
            {
                total += counter(limiter);
            }
            return total;
        }
    }

    /// <summary>One direction as a link's row: admitted traffic against the rate limit, rate-limit drops as queue drops.</summary>
    internal LinkMeasurement Measure(bool fromA, SimTime now, SimTime window)
    {
        var limiters = fromA ? _limitersFromA : _limitersFromB;
        long passed = limiters.Sum(l => l.PacketsPassed);
        long bytes = limiters.Sum(l => l.BytesPassed);
        long dropped = limiters.Sum(l => l.PacketsDropped);
        double seconds = window.TotalSeconds;
        double utilization = seconds <= 0 ? 0 : bytes * 8.0 / (RateLimit.BitsPerSecond * seconds);
        long offered = passed + dropped;
        return new LinkMeasurement(Name, (fromA ? EndpointA : EndpointB).Name, (fromA ? EndpointB : EndpointA).Name, RateLimit.BitsPerSecond,
            utilization, limiters.Sum(l => l.MeanWaitingPackets(now)), passed, bytes, dropped, (fromA ? _fromA : _fromB).LostToFailure,
            offered == 0 ? 0 : dropped / (double)offered)
        {
            Kind = "vxc",
            CarriedBitsPerSecond = seconds <= 0 ? 0 : bytes * 8.0 / seconds,
            // Dropped packets are not weighed in bytes: they count at the mean size of those passed.
            OfferedBitsPerSecond = seconds <= 0 || passed == 0 ? 0 : bytes * 8.0 / seconds * offered / passed,
            DropsPolicer = dropped,
        };
    }

    /// <summary>One direction's way in: up/MTU check, then the rate limiter, then stamping and forwarding.</summary>
    private sealed class Entrance : IPacketReceiver
    {
        private readonly Vxc _vxc;
        private readonly PacketLedger _ledger;
        private readonly VxcLimiter _limiter;
        private long _lostAtReset;
        private long _lost;

        public Entrance(Vxc vxc, FabricContext context, Node endpoint)
        {
            _vxc = vxc;
            _ledger = context.Ledger;
            _limiter = vxc.CreateLimiter(endpoint, new Stamp(vxc, endpoint));
        }

        /// <summary>Packets refused while the VXC was down, since the last reset.</summary>
        public long LostToFailure => _lost - _lostAtReset;

        public void ResetCounters() => _lostAtReset = _lost;

        public void Receive(Packet packet)
        {
            if (!_vxc.IsUp)
            {
                _lost++;
                _ledger.Drop(packet, DropReason.Failure);
                return;
            }
            if (packet.FrameBytes > _vxc.MtuBytes)
            {
                _ledger.Drop(packet, DropReason.TooBig);
                return;
            }
            _limiter.Receive(packet);
        }
    }

    /// <summary>Stamps and forwards; an end on a port hands the packet to its port's link, whatever the site's routes say.</summary>
    private sealed class Stamp(Vxc vxc, Node endpoint) : IPacketReceiver
    {
        public void Receive(Packet packet)
        {
            packet.TunnelId = vxc.Id;
            if (vxc.TrafficClass is { } trafficClass)
            {
                packet.TrafficClass = trafficClass;
            }
            if (vxc.PortOut(endpoint) is { } port && packet.DestinationNodeId != endpoint.Id)
            {
                port.Send(packet);
                return;
            }
            endpoint.Receive(packet);
        }
    }
}
