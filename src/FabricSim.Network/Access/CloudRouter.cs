using FabricSim.Network.Geography;
using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;
using FabricSim.Network.Policing;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Access;

/// <summary>
/// A provider-hosted virtual L3 router at a PoP. Its licensed rate caps the traffic it routes: transit packets, in
/// whichever direction, pass one token-bucket policer of that rate before forwarding. Megaport orders the MCR's rate
/// limit as its port speed and describes it as the MCR's total throughput capacity (megaport-cli "mcr buy
/// --port-speed", megaport-cli-tutorial.vercel.app/tutorials/mcr-routing; docs.megaport.com/mcr/configuring-mcr/:
/// the rate limit is fixed for the life of the service; read 2026-12-03); no Megaport page found gives it per
/// direction. A virtual router's trunk receives and sends every routed packet once, so a limit per direction of its
/// port caps the same total as one shared bucket does.
/// </summary>
internal sealed class CloudRouter : Node, ILimiterCounters
{
    public CloudRouter(FabricContext context, int id, string name, GeoLocation location, DataRate aggregateRate, long burstBytes)
        : base(context, id, name, NodeKind.CloudRouter, location)
    {
        ArgumentNullException.ThrowIfNull(context);
        AggregateRate = aggregateRate;
        _afterLimit = ForwardingStage;
        _carried = new ElementCounter(new AfterLimit(this));
        Limiter = new Policer(context.Simulator, context.Ledger, new TokenBucket(aggregateRate, burstBytes, context.Simulator.Now), _carried);
        _offered = new ElementCounter(Limiter);
        TransitConditioner = _offered;
    }

    private readonly ElementCounter _offered;
    private readonly ElementCounter _carried;
    private IPacketReceiver _afterLimit;

    public DataRate AggregateRate { get; }
    public Policer Limiter { get; }

    string ILimiterCounters.SeriesName => $"{Name}:{Name}>{Name}";
    double ILimiterCounters.RateBitsPerSecond => AggregateRate.BitsPerSecond;
    long ILimiterCounters.CarriedBytes => _carried.Bytes;
    long ILimiterCounters.DroppedPackets => _offered.Packets - _carried.Packets;

    /// <summary>
    /// Routing (the choice of egress VXC, and that VXC's rate limit) follows the MCR's limit: the MCR's rate limit
    /// applies to what it forwards, so it sees every routed packet that arrives, before an egress VXC polices it.
    /// </summary>
    internal void RouteAfterLimit(IPacketReceiver routing) => _afterLimit = routing ?? throw new ArgumentNullException(nameof(routing));

    internal void ResetCounters()
    {
        _offered.Reset();
        _carried.Reset();
    }

    /// <summary>The routed traffic over the window of <paramref name="seconds"/>, as a row beside the links: offered, carried, policed.</summary>
    internal LinkMeasurement Measure(double seconds)
    {
        long dropped = _offered.Packets - _carried.Packets;
        double carriedBps = seconds <= 0 ? 0 : _carried.Bytes * 8.0 / seconds;
        return new LinkMeasurement(Name, Name, Name, AggregateRate.BitsPerSecond, carriedBps / AggregateRate.BitsPerSecond, 0,
            _carried.Packets, _carried.Bytes, dropped, 0, _offered.Packets == 0 ? 0 : dropped / (double)_offered.Packets)
        {
            Kind = "mcr",
            OfferedBitsPerSecond = seconds <= 0 ? 0 : _offered.Bytes * 8.0 / seconds,
            CarriedBitsPerSecond = carriedBps,
            DropsPolicer = dropped,
        };
    }

    private sealed class AfterLimit(CloudRouter router) : IPacketReceiver
    {
        public void Receive(Packet packet) => router._afterLimit.Receive(packet);
    }
}
