using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Mve;

/// <summary>
/// An SD-WAN edge's path selection. Every probe interval it collects each transport's loss and latency; an
/// application class whose transport no longer meets its thresholds moves at once to the first (cheapest)
/// transport that does; a class moves back to a more preferred transport only after that one has met the
/// thresholds with margin for several intervals (<see cref="SteeringHysteresis"/>). A class's order is the edge's,
/// with its <see cref="ApplicationClass.PreferredTransport"/> (if any) moved to the front. Packets handed to the
/// edge leave by the transport currently chosen for their traffic class: one array load per packet.
/// </summary>
internal sealed class SdWanEdge : IPacketReceiver, IEventHandler
{
    private readonly Simulator _simulator;
    private readonly MveTransport[] _transports;
    private readonly ApplicationClass[] _classes;
    private readonly int[] _chosen;

    /// <summary>Per class, transport indices from most to least preferred.</summary>
    private readonly int[][] _order;
    private readonly int[][] _goodStreak;
    private readonly IPacketReceiver[] _byTrafficClass = new IPacketReceiver[Packet.TrafficClassCount];
    private readonly List<SteeringChange> _changes = [];
    private readonly PathQuality[] _lastQuality;

    public SdWanEdge(Simulator simulator, IReadOnlyList<MveTransport> transports, IReadOnlyList<ApplicationClass> classes,
        SimTime probeInterval, SteeringHysteresis hysteresis)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        ArgumentNullException.ThrowIfNull(transports);
        ArgumentNullException.ThrowIfNull(classes);
        if (transports.Count == 0)
        {
            throw new ArgumentException("An SD-WAN edge needs at least one transport.", nameof(transports));
        }
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(probeInterval.Nanoseconds, 0L, nameof(probeInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(hysteresis.RecoveryIntervals, 1, nameof(hysteresis));
        _transports = [.. transports];
        _classes = [.. classes];
        foreach (var applicationClass in _classes)
        {
            applicationClass.Validate();
        }
        ProbeInterval = probeInterval;
        Hysteresis = hysteresis;
        _chosen = new int[_classes.Length];
        _order = new int[_classes.Length][];
        _goodStreak = new int[_classes.Length][];
        Array.Fill(_byTrafficClass, _transports[0].Entry);
        for (int c = 0; c < _classes.Length; c++)
        {
            _goodStreak[c] = new int[_transports.Length];
            _order[c] = PreferenceOrder(_classes[c]);
            _chosen[c] = _order[c][0];
            _byTrafficClass[_classes[c].TrafficClass] = _transports[_chosen[c]].Entry;
        }
        _lastQuality = new PathQuality[_transports.Length];
    }

    public SimTime ProbeInterval { get; }
    public SteeringHysteresis Hysteresis { get; }
    public IReadOnlyList<MveTransport> Transports => _transports;
    public IReadOnlyList<ApplicationClass> Classes => _classes;
    public IReadOnlyList<SteeringChange> Changes => _changes;

    /// <summary>The transport class <paramref name="applicationClass"/> uses now.</summary>
    public MveTransport TransportOf(string applicationClass) => _transports[_chosen[ClassIndex(applicationClass)]];

    /// <summary>The quality each transport showed in the last completed interval.</summary>
    public PathQuality LastQuality(string transport) => _lastQuality[Array.FindIndex(_transports, t => t.Name == transport)];

    public void Start()
    {
        foreach (var transport in _transports)
        {
            transport.Probe.Start();
        }
        _simulator.Schedule(ProbeInterval, this);
    }

    public void Receive(Packet packet) => _byTrafficClass[packet.TrafficClass].Receive(packet);

    public void OnEvent(object? payload, long argument)
    {
        for (int t = 0; t < _transports.Length; t++)
        {
            _lastQuality[t] = _transports[t].Probe.Collect();
        }
        for (int c = 0; c < _classes.Length; c++)
        {
            Reevaluate(c);
        }
        _simulator.Schedule(ProbeInterval, this);
    }

    private void Reevaluate(int c)
    {
        var applicationClass = _classes[c];
        int[] streak = _goodStreak[c];
        for (int t = 0; t < _transports.Length; t++)
        {
            streak[t] = applicationClass.IsMetWithMarginBy(_lastQuality[t], Hysteresis.Margin) ? streak[t] + 1 : 0;
        }
        int current = _chosen[c];
        int[] order = _order[c];
        if (!applicationClass.IsMetBy(_lastQuality[current]))
        {
            int target = FirstMeeting(applicationClass, order);
            if (target >= 0 && target != current)
            {
                Move(c, target, "thresholds violated on " + _transports[current].Name);
            }
            return;
        }
        foreach (int t in order)
        {
            if (t == current)
            {
                return;
            }
            if (streak[t] >= Hysteresis.RecoveryIntervals)
            {
                Move(c, t, $"{_transports[t].Name} good for {streak[t]} intervals");
                return;
            }
        }
    }

    private int FirstMeeting(ApplicationClass applicationClass, int[] order)
    {
        foreach (int t in order)
        {
            if (applicationClass.IsMetBy(_lastQuality[t]))
            {
                return t;
            }
        }
        return -1;
    }

    private int[] PreferenceOrder(ApplicationClass applicationClass)
    {
        var order = Enumerable.Range(0, _transports.Length).ToList();
        if (applicationClass.PreferredTransport is { } preferred)
        {
            int index = Array.FindIndex(_transports, t => t.Name == preferred);
            if (index < 0)
            {
                throw new ArgumentException($"Application class '{applicationClass.Name}' prefers '{preferred}', which is not a transport of this edge.",
                    nameof(applicationClass));
            }
            order.Remove(index);
            order.Insert(0, index);
        }
        return [.. order];
    }

    private void Move(int c, int to, string reason)
    {
        var applicationClass = _classes[c];
        _changes.Add(new SteeringChange(_simulator.Now, applicationClass.Name, _transports[_chosen[c]].Name, _transports[to].Name, reason));
        _chosen[c] = to;
        _byTrafficClass[applicationClass.TrafficClass] = _transports[to].Entry;
    }

    private int ClassIndex(string name)
    {
        int index = Array.FindIndex(_classes, c => c.Name == name);
        return index >= 0 ? index : throw new KeyNotFoundException($"No application class named '{name}'.");
    }
}
