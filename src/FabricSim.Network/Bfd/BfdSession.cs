using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;

namespace FabricSim.Network.Bfd;

/// <summary>
/// One end of an asynchronous BFD session (RFC 5880) over an adjacency. It sends a control packet every interval
/// and declares the path down when none has arrived for the detection time, then tells its clients. The
/// three-way handshake (Down → Init → Up) brings it back once packets flow again. The two ends negotiate: each
/// sends at the slower of the two intervals, and each detects after the peer's multiplier times that interval
/// (RFC 5880 §6.8.4, §6.8.7). Each interval is shortened at random to 75–100 % of the agreed one (75–90 % with a
/// multiplier of 1, §6.8.7) and the first packet leaves at a random phase, so the instant a failure is detected
/// varies from one replication to the next as it does between real sessions.
/// </summary>
internal sealed class BfdSession : IEventHandler, IControlEndpoint
{
    private const long TransmitEvent = 0;
    private const long DetectEvent = 1;

    private readonly Simulator _simulator;
    private readonly ControlSender _sender;
    private readonly List<IBfdClient> _clients = [];
    private readonly RandomStream _random;
    private long _lastReceived;
    private bool _detectPending;

    internal BfdSession(Simulator simulator, ControlSender sender, L3Adjacency adjacency, BfdSettings settings, RandomStream random)
    {
        _simulator = simulator;
        _sender = sender;
        _random = random;
        Adjacency = adjacency;
        Settings = settings;
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Multiplier, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(settings.Interval.Nanoseconds, 0L, nameof(settings));
    }

    public L3Adjacency Adjacency { get; }
    public BfdSettings Settings { get; }
    public BfdState State { get; private set; } = BfdState.Down;

    /// <summary>The far end; set when the pair is created.</summary>
    public BfdSession Peer { get; internal set; } = null!;

    /// <summary>Times the session went from Up to Down.</summary>
    public int DownTransitions { get; private set; }
    public SimTime LastDownAt { get; private set; }

    /// <summary>The interval both ends send at: the slower of the two ends' (RFC 5880 §6.8.7).</summary>
    public SimTime AgreedInterval => SimTime.Max(Settings.Interval, Peer.Settings.Interval);

    /// <summary>How long this end waits without a packet: the peer's multiplier times the agreed interval (RFC 5880 §6.8.4).</summary>
    public SimTime DetectionTime => AgreedInterval * Peer.Settings.Multiplier;

    public void AddClient(IBfdClient client) => _clients.Add(client ?? throw new ArgumentNullException(nameof(client)));

    internal void Start() => _simulator.Schedule(new SimTime((long)(_random.NextDouble() * AgreedInterval.Nanoseconds)), this, null, TransmitEvent);

    /// <summary>The next transmission's spacing: 75–100 % of the agreed interval, 75–90 % with a multiplier of 1.</summary>
    private SimTime NextInterval()
    {
        double reduction = Settings.Multiplier == 1 ? 0.10 + 0.15 * _random.NextDouble() : 0.25 * _random.NextDouble();
        return new SimTime((long)(AgreedInterval.Nanoseconds * (1 - reduction)));
    }

    public void OnEvent(object? payload, long argument)
    {
        if (argument == TransmitEvent)
        {
            _sender.Send(Adjacency, Peer, BfdControlPacket.For(State), BfdControlPacket.SizeBytes);
            _simulator.Schedule(NextInterval(), this, null, TransmitEvent);
            return;
        }
        _detectPending = false;
        if (State == BfdState.Down)
        {
            return;
        }
        long due = _lastReceived + DetectionTime.Nanoseconds;
        if (_simulator.Now.Nanoseconds >= due)
        {
            GoDown();
        }
        else
        {
            ScheduleDetection(due);
        }
    }

    public void Deliver(object message)
    {
        var packet = (BfdControlPacket)message;
        _lastReceived = _simulator.Now.Nanoseconds;
        switch (State, packet.SenderState)
        {
            case (BfdState.Down, BfdState.Down):
                State = BfdState.Init;
                break;
            case (BfdState.Down, BfdState.Init):
            case (BfdState.Init, BfdState.Init):
            case (BfdState.Init, BfdState.Up):
                State = BfdState.Up;
                if (DownTransitions > 0)
                {
                    // Only a return is news: at start-up the clients are opening anyway.
                    foreach (var client in _clients)
                    {
                        client.OnBfdUp(this);
                    }
                }
                break;
            case (BfdState.Up, BfdState.Down):
                GoDown();
                return;
        }
        if (State != BfdState.Down && !_detectPending)
        {
            ScheduleDetection(_lastReceived + DetectionTime.Nanoseconds);
        }
    }

    private void GoDown()
    {
        bool wasUp = State == BfdState.Up;
        State = BfdState.Down;
        if (!wasUp)
        {
            return;
        }
        DownTransitions++;
        LastDownAt = _simulator.Now;
        foreach (var client in _clients)
        {
            client.OnBfdDown(this);
        }
    }

    private void ScheduleDetection(long at)
    {
        _detectPending = true;
        _simulator.ScheduleAt(new SimTime(at), this, null, DetectEvent);
    }

    public override string ToString() => $"BFD {Adjacency.Local.Name}→{Adjacency.Remote.Name} {State}";
}
