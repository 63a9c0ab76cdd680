using FabricSim.Network.Packets;
using FabricSim.Network.Policing;
using FabricSim.Network.Queues;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Access;

/// <summary>
/// A virtual cross-connect between two endpoints (a port's site router, a cloud router, a CSP edge). Each direction
/// has an entrance: a token-bucket policer or shaper at the VXC's rate limit, after which the packet is stamped
/// with the VXC's id and QoS class and forwarded from its endpoint over the backbone's real links, where it shares
/// queues with other traffic and follows rerouting. While the VXC is down its entrances drop everything.
/// </summary>
public sealed class Vxc
{
    private readonly Entrance _fromA;
    private readonly Entrance _fromB;

    internal Vxc(FabricContext context, int id, string name, Node endpointA, Node endpointB, DataRate rateLimit, long burstBytes,
        RateLimitMode mode, int? trafficClass, int mtuBytes, QueueLimit shaperQueue)
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
        _fromA = new Entrance(this, context, endpointA, shaperQueue);
        _fromB = new Entrance(this, context, endpointB, shaperQueue);
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
    public bool IsUp { get; private set; } = true;

    /// <summary>Where a flow from <paramref name="endpoint"/> hands its packets to enter the VXC.</summary>
    public IPacketReceiver EntranceAt(Node endpoint) =>
        ReferenceEquals(endpoint, EndpointA) ? _fromA
        : ReferenceEquals(endpoint, EndpointB) ? _fromB
        : throw new ArgumentException($"{endpoint?.Name} is not an endpoint of VXC '{Name}'.", nameof(endpoint));

    public long PacketsDroppedByRateLimit => _fromA.RateLimitDrops + _fromB.RateLimitDrops;
    public long PacketsAdmitted => _fromA.Admitted + _fromB.Admitted;

    internal void SetUp(bool up) => IsUp = up;

    /// <summary>One direction's way in: up/MTU check, then the rate limiter, then stamping and forwarding.</summary>
    private sealed class Entrance : IPacketReceiver
    {
        private readonly Vxc _vxc;
        private readonly PacketLedger _ledger;
        private readonly IPacketReceiver _limiter;
        private readonly Policer? _policer;
        private readonly Shaper? _shaper;

        public Entrance(Vxc vxc, FabricContext context, Node endpoint, QueueLimit shaperQueue)
        {
            _vxc = vxc;
            _ledger = context.Ledger;
            var bucket = new TokenBucket(vxc.RateLimit, vxc.BurstBytes, context.Simulator.Now);
            var stamp = new Stamp(vxc, endpoint);
            if (vxc.Mode == RateLimitMode.Police)
            {
                _policer = new Policer(context.Simulator, context.Ledger, bucket, stamp);
                _limiter = _policer;
            }
            else
            {
                _shaper = new Shaper(context.Simulator, context.Ledger, bucket, shaperQueue, stamp);
                _limiter = _shaper;
            }
        }

        public long RateLimitDrops => _policer?.PacketsDropped ?? _shaper!.PacketsDropped;
        public long Admitted => _policer?.PacketsPassed ?? _shaper!.PacketsPassed;

        public void Receive(Packet packet)
        {
            if (!_vxc.IsUp)
            {
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

    private sealed class Stamp(Vxc vxc, Node endpoint) : IPacketReceiver
    {
        public void Receive(Packet packet)
        {
            packet.TunnelId = vxc.Id;
            if (vxc.TrafficClass is { } trafficClass)
            {
                packet.TrafficClass = trafficClass;
            }
            endpoint.Receive(packet);
        }
    }
}
