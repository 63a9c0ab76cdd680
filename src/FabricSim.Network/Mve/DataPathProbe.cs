using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Mve;

/// <summary>
/// An SD-WAN SLA probe that travels as the application's data does: on average every <see cref="ProbeSpacing"/> a
/// data packet of the probed traffic class leaves the served site, shares its access circuit with the data (so it
/// reaches the edge bunched as the data is), is handed by the edge to the transport it probes (its VXC's policer or
/// shaper, every queue and the routed hops beyond) and goes to the probe target, the application's destination; the
/// target's reflector sends it back to the site by the target's own routes. Probes are as large as
/// the application's packets: a byte-counting policer passes small packets that larger ones of the same class lose.
/// Each probe is a train of as many back-to-back packets as the application sends at once (its concurrent copies
/// start together), as udp-jitter SLA probes send trains, so a policer that drops the later packets of a burst shows.
/// Trains leave at exponential intervals (Poisson arrivals see time averages): at a fixed spacing they can lock in
/// phase with periodic traffic and meet the policer's bucket always full, seeing none of the loss the data sees. Latency is half the
/// round trip, as for <see cref="ReflectedPathProbe"/>. The probe packet is reused for the way back, so steady-state
/// probing allocates nothing.
/// </summary>
internal sealed class DataPathProbe : IPathProbe, IEventHandler, IPacketReceiver
{
    private readonly Simulator _simulator;
    private readonly PacketPool _pool;
    private readonly Node _origin;
    private readonly Node _target;
    private readonly int _outboundFlowId;
    private readonly int _returnFlowId;
    private readonly int _trafficClass;
    private readonly int _probeBytes;
    private readonly int _trainLength;
    private readonly ProbeRoundTrips _roundTrips;
    private readonly RandomStream _spacing;

    /// <param name="name">Names the random stream of send times, "mve-probe/&lt;name&gt;".</param>
    public DataPathProbe(string name, Node origin, Node target, int outboundFlowId, int returnFlowId, int trafficClass,
        int probeBytes, int trainLength, SimTime probeSpacing, SimTime timeout)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _origin = origin ?? throw new ArgumentNullException(nameof(origin));
        _target = target ?? throw new ArgumentNullException(nameof(target));
        if (ReferenceEquals(origin, target))
        {
            throw new ArgumentException("A probe needs a target other than the node that sends it.", nameof(target));
        }
        ArgumentOutOfRangeException.ThrowIfNegative(outboundFlowId);
        ArgumentOutOfRangeException.ThrowIfNegative(returnFlowId);
        ArgumentOutOfRangeException.ThrowIfNegative(trafficClass);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(trafficClass, Packet.TrafficClassCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(probeBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trainLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(probeSpacing.Nanoseconds, 0L, nameof(probeSpacing));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout.Nanoseconds, 0L, nameof(timeout));
        _simulator = origin.Context.Simulator;
        _pool = origin.Context.Pool;
        _outboundFlowId = outboundFlowId;
        _returnFlowId = returnFlowId;
        _trafficClass = trafficClass;
        _probeBytes = probeBytes;
        _trainLength = trainLength;
        ProbeSpacing = probeSpacing;
        _roundTrips = new ProbeRoundTrips(timeout);
        _spacing = origin.Context.Random.Get("mve-probe/" + name);
        DemultiplexerAt(target).Register(outboundFlowId, new Reflector(this));
        DemultiplexerAt(origin).Register(returnFlowId, this);
    }

    public SimTime ProbeSpacing { get; }
    public SimTime Timeout => _roundTrips.Timeout;
    public Node Target => _target;
    public int OutboundFlowId => _outboundFlowId;

    public void Start() => ScheduleNext();

    public void OnEvent(object? payload, long argument)
    {
        var now = _simulator.Now;
        for (int i = 0; i < _trainLength; i++)
        {
            Packet probe = _pool.Rent();
            probe.FlowId = _outboundFlowId;
            probe.TrafficClass = _trafficClass;
            probe.SizeBytes = _probeBytes;
            probe.CreatedAt = now;
            probe.SourceNodeId = _origin.Id;
            probe.DestinationNodeId = _target.Id;
            probe.Sequence = _roundTrips.Open(now.Nanoseconds);
            _origin.Receive(probe);
        }
        ScheduleNext();
    }

    private void ScheduleNext() =>
        _simulator.Schedule(new SimTime(Math.Max(1L, (long)_spacing.NextExponential(ProbeSpacing.Nanoseconds))), this);

    /// <summary>A probe back at the site.</summary>
    public void Receive(Packet packet)
    {
        _roundTrips.Returned(packet.Sequence, _simulator.Now.Nanoseconds);
        _pool.Return(packet);
    }

    public PathQuality Collect() => _roundTrips.Collect(_simulator.Now.Nanoseconds);

    private static FlowDemultiplexer DemultiplexerAt(Node node) => node.LocalDelivery switch
    {
        FlowDemultiplexer demultiplexer => demultiplexer,
        ControlDelivery { Inner: FlowDemultiplexer behindControl } => behindControl,
        _ => throw new InvalidOperationException($"{node.Name} does not deliver through a flow demultiplexer, so it cannot answer probes."),
    };

    /// <summary>Turns a probe round at the target: same packet, addresses swapped, out of no tunnel, routed home.</summary>
    private sealed class Reflector(DataPathProbe probe) : IPacketReceiver
    {
        public void Receive(Packet packet)
        {
            packet.FlowId = probe._returnFlowId;
            packet.SourceNodeId = probe._target.Id;
            packet.DestinationNodeId = probe._origin.Id;
            packet.TunnelId = 0;
            packet.EncapsulationBytes = 0;
            probe._target.Receive(packet);
        }
    }
}
