using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;

namespace FabricSim.Network.Mve;

/// <summary>
/// Probes a transport with real packets: every <see cref="ProbeSpacing"/> a small probe goes out over the
/// transport to the far node, which reflects it back over the return adjacency. A probe counts once its timeout
/// has passed: as returned (latency = half the round trip) or lost. Probes share queues and failures with the
/// traffic, so congestion and outages show up as they would for a real SD-WAN edge.
/// </summary>
internal sealed class ReflectedPathProbe : IPathProbe, IEventHandler, IControlEndpoint
{
    private const int ProbeBytes = 64;
    private readonly Simulator _simulator;
    private readonly ControlSender _sender;
    private readonly L3Adjacency _outbound;
    private readonly L3Adjacency _return;
    private readonly ProbeRoundTrips _roundTrips;

    public ReflectedPathProbe(ControlSender sender, L3Adjacency outbound, L3Adjacency returnPath, SimTime probeSpacing, SimTime timeout)
    {
        _sender = sender ?? throw new ArgumentNullException(nameof(sender));
        _outbound = outbound ?? throw new ArgumentNullException(nameof(outbound));
        _return = returnPath ?? throw new ArgumentNullException(nameof(returnPath));
        if (!ReferenceEquals(outbound.Remote, returnPath.Local) || !ReferenceEquals(outbound.Local, returnPath.Remote))
        {
            throw new ArgumentException("The return path must lead back from the far node to the probing node.", nameof(returnPath));
        }
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(probeSpacing.Nanoseconds, 0L, nameof(probeSpacing));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout.Nanoseconds, 0L, nameof(timeout));
        _simulator = outbound.Local.Context.Simulator;
        ProbeSpacing = probeSpacing;
        _roundTrips = new ProbeRoundTrips(timeout);
        ControlDelivery.EnsureOn(outbound.Local);
        ControlDelivery.EnsureOn(outbound.Remote);
    }

    public SimTime ProbeSpacing { get; }
    public SimTime Timeout => _roundTrips.Timeout;

    public void Start() => _simulator.Schedule(ProbeSpacing, this);

    public void OnEvent(object? payload, long argument)
    {
        long sequence = _roundTrips.Open(_simulator.Now.Nanoseconds);
        _sender.Send(_outbound, Reflector.Instance, new Probe(sequence, this), ProbeBytes);
        _simulator.Schedule(ProbeSpacing, this);
    }

    public void Deliver(object message) => _roundTrips.Returned(((Probe)message).Sequence, _simulator.Now.Nanoseconds);

    public PathQuality Collect() => _roundTrips.Collect(_simulator.Now.Nanoseconds);

    private sealed record Probe(long Sequence, ReflectedPathProbe Origin);

    /// <summary>Sends every probe straight back to where it came from.</summary>
    private sealed class Reflector : IControlEndpoint
    {
        public static readonly Reflector Instance = new();

        public void Deliver(object message)
        {
            var probe = (Probe)message;
            probe.Origin._sender.Send(probe.Origin._return, probe.Origin, probe, ProbeBytes);
        }
    }
}
