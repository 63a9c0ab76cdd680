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
    private long[] _sentAt = new long[1024];
    private long[] _roundTrip = new long[1024];
    private long _nextSequence;
    private long _oldestOpen;

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
        Timeout = timeout;
        ControlDelivery.EnsureOn(outbound.Local);
        ControlDelivery.EnsureOn(outbound.Remote);
    }

    public SimTime ProbeSpacing { get; }
    public SimTime Timeout { get; }

    public void Start() => _simulator.Schedule(ProbeSpacing, this);

    public void OnEvent(object? payload, long argument)
    {
        long sequence = _nextSequence++;
        EnsureCapacity();
        int slot = Slot(sequence);
        _sentAt[slot] = _simulator.Now.Nanoseconds;
        _roundTrip[slot] = -1;
        _sender.Send(_outbound, Reflector.Instance, new Probe(sequence, this), ProbeBytes);
        _simulator.Schedule(ProbeSpacing, this);
    }

    public void Deliver(object message)
    {
        long sequence = ((Probe)message).Sequence;
        if (sequence >= _oldestOpen)
        {
            int slot = Slot(sequence);
            _roundTrip[slot] = _simulator.Now.Nanoseconds - _sentAt[slot];
        }
    }

    public PathQuality Collect()
    {
        long now = _simulator.Now.Nanoseconds;
        int sent = 0;
        int lost = 0;
        long latencySum = 0;
        while (_oldestOpen < _nextSequence)
        {
            int slot = Slot(_oldestOpen);
            if (_sentAt[slot] + Timeout.Nanoseconds > now)
            {
                break;
            }
            sent++;
            long roundTrip = _roundTrip[slot];
            if (roundTrip < 0 || roundTrip > Timeout.Nanoseconds)
            {
                lost++;
            }
            else
            {
                latencySum += roundTrip / 2;
            }
            _oldestOpen++;
        }
        int returned = sent - lost;
        return new PathQuality(sent, lost, returned == 0 ? SimTime.MaxValue : new SimTime(latencySum / returned));
    }

    private int Slot(long sequence) => (int)(sequence & (_sentAt.Length - 1));

    private void EnsureCapacity()
    {
        if (_nextSequence - _oldestOpen <= _sentAt.Length)
        {
            return;
        }
        // More probes open than slots: double the ring, re-placing the open ones by their sequence.
        var sentAt = new long[_sentAt.Length * 2];
        var roundTrip = new long[_sentAt.Length * 2];
        for (long s = _oldestOpen; s < _nextSequence - 1; s++)
        {
            int from = Slot(s);
            int to = (int)(s & (sentAt.Length - 1));
            sentAt[to] = _sentAt[from];
            roundTrip[to] = _roundTrip[from];
        }
        _sentAt = sentAt;
        _roundTrip = roundTrip;
    }

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
