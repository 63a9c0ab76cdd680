using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;
using FabricSim.Network.Queues;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Links;

/// <summary>
/// One direction of a link: an egress queue, a store-and-forward transmitter and the fibre behind it. A packet
/// reaches the far node after its serialization time (frame bytes × 8 / rate) plus the propagation delay.
/// </summary>
/// <remarks>
/// The transmitter is modelled by the time it next falls idle rather than by an event per transmission: an event is
/// scheduled only while packets wait, so an uncongested hop costs a single (arrival) event. Every scheduled event
/// carries the interface's failure epoch; a failure bumps the epoch, so events of packets lost in the failure are
/// recognised as stale when they surface.
/// </remarks>
public sealed class NetworkInterface : IEventHandler
{
    private const long TransmitterFreeEvent = 0;
    private const long ArrivalEvent = 1;

    private readonly Engine.Events.Simulator _simulator;
    private readonly PacketLedger _ledger;
    private readonly long _propagationNs;
    private readonly long _bitsPerSecond;
    private int _lastFrameBytes = -1;
    private long _lastSerializationNs;
    private long _busyUntil;
    private bool _transmitterEventPending;
    private long _epoch;
    private int _inFlight;

    internal NetworkInterface(Node owner, string name, DataRate rate, SimTime propagationDelay, int mtuBytes, IPacketQueue queue)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (rate.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A link needs a positive rate.");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(propagationDelay.Nanoseconds, nameof(propagationDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(mtuBytes, 1);
        Owner = owner;
        Name = name;
        Rate = rate;
        PropagationDelay = propagationDelay;
        MtuBytes = mtuBytes;
        Queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _simulator = owner.Context.Simulator;
        _ledger = owner.Context.Ledger;
        _propagationNs = propagationDelay.Nanoseconds;
        _bitsPerSecond = rate.BitsPerSecond;
        Counters = new InterfaceCounters(_simulator.Now);
        owner.Attach(this);
    }

    public Node Owner { get; }
    public string Name { get; }
    public DataRate Rate { get; }
    public SimTime PropagationDelay { get; }
    public int MtuBytes { get; }
    public IPacketQueue Queue { get; }
    public InterfaceCounters Counters { get; }

    /// <summary>The interface at the other end, which receives what this one sends.</summary>
    public NetworkInterface Peer { get; internal set; } = null!;
    public Link Link { get; internal set; } = null!;
    public bool IsUp { get; private set; } = true;

    /// <summary>Packets that have started transmission and not yet arrived (in service or on the fibre).</summary>
    public int InFlight => _inFlight;

    public bool IsTransmitting => _simulator.Now.Nanoseconds < _busyUntil;

    public void Send(Packet packet)
    {
        if (!IsUp)
        {
            Counters.LostToFailure++;
            _ledger.Drop(packet, DropReason.Failure);
            return;
        }
        if (packet.FrameBytes > MtuBytes)
        {
            Counters.TooBigDrops++;
            _ledger.Drop(packet, DropReason.TooBig);
            return;
        }
        SimTime now = _simulator.Now;
        if (!_transmitterEventPending && now.Nanoseconds >= _busyUntil)
        {
            // Idle transmitter and nothing waiting (a waiting packet always has a pending transmitter event).
            StartTransmission(packet, now.Nanoseconds);
            return;
        }
        if (!Queue.Enqueue(packet, now))
        {
            Counters.CountQueueDrop(packet);
            _ledger.Drop(packet, DropReason.Queue);
            return;
        }
        Counters.QueueLength.Update(now, Queue.Count);
        if (!_transmitterEventPending)
        {
            ScheduleTransmitterFree();
        }
    }

    public void OnEvent(object? payload, long argument)
    {
        long kind = argument & 1;
        bool stale = (argument >> 1) != _epoch;
        if (kind == ArrivalEvent)
        {
            var packet = (Packet)payload!;
            if (stale)
            {
                // Already counted in LostToFailure at the failure instant.
                _ledger.Drop(packet, DropReason.Failure);
                return;
            }
            _inFlight--;
            packet.HopCount++;
            Peer.Owner.Receive(packet);
            return;
        }
        if (stale)
        {
            return;
        }
        _transmitterEventPending = false;
        SimTime now = _simulator.Now;
        Packet? next = Queue.Dequeue(now);
        if (next is null)
        {
            return;
        }
        Counters.QueueLength.Update(now, Queue.Count);
        StartTransmission(next, now.Nanoseconds);
        if (Queue.Count != 0)
        {
            ScheduleTransmitterFree();
        }
    }

    /// <summary>Busy nanoseconds since the counters' window start up to now.</summary>
    public long BusyNanoseconds()
    {
        long ahead = _busyUntil - _simulator.Now.Nanoseconds;
        return Counters.BusyNanosecondsBooked - Math.Max(0, ahead);
    }

    /// <summary>Fraction of the window since the last reset during which the transmitter was busy.</summary>
    public double Utilization()
    {
        long window = _simulator.Now.Nanoseconds - Counters.WindowStart.Nanoseconds;
        return window <= 0 ? 0 : BusyNanoseconds() / (double)window;
    }

    public void ResetCounters()
    {
        SimTime now = _simulator.Now;
        Counters.Reset(now, Math.Max(0, _busyUntil - now.Nanoseconds));
    }

    /// <summary>
    /// Fails this direction: the queued packets, the one in service and those propagating are lost, and new packets
    /// are refused until <see cref="Recover"/>. Returns how many packets were lost at this instant.
    /// </summary>
    internal int Fail()
    {
        if (!IsUp)
        {
            return 0;
        }
        IsUp = false;
        SimTime now = _simulator.Now;
        _epoch++;
        int lost = _inFlight + Queue.Count;
        Counters.LostToFailure += lost;
        while (Queue.Dequeue(now) is { } queued)
        {
            _ledger.Drop(queued, DropReason.Failure);
        }
        Counters.QueueLength.Update(now, 0);
        _inFlight = 0;
        if (_busyUntil > now.Nanoseconds)
        {
            Counters.BusyNanosecondsBooked -= _busyUntil - now.Nanoseconds;
            _busyUntil = now.Nanoseconds;
        }
        _transmitterEventPending = false;
        return lost;
    }

    internal void Recover() => IsUp = true;

    private void StartTransmission(Packet packet, long now)
    {
        long serialization = SerializationNanoseconds(packet.FrameBytes);
        _busyUntil = now + serialization;
        Counters.BusyNanosecondsBooked += serialization;
        Counters.CountSent(packet);
        _inFlight++;
        _simulator.ScheduleAt(new SimTime(_busyUntil + _propagationNs), this, packet, (_epoch << 1) | ArrivalEvent);
    }

    /// <summary>
    /// Same value as <see cref="DataRate.TransmissionTime"/> (rounded up), but in 64-bit arithmetic, which is exact
    /// for any frame below 1 GB, and remembered for the last size because most flows repeat their packet size.
    /// </summary>
    private long SerializationNanoseconds(int frameBytes)
    {
        if (frameBytes != _lastFrameBytes)
        {
            _lastSerializationNs = (frameBytes * 8L * SimTime.NanosPerSecond + _bitsPerSecond - 1) / _bitsPerSecond;
            _lastFrameBytes = frameBytes;
        }
        return _lastSerializationNs;
    }

    private void ScheduleTransmitterFree()
    {
        _transmitterEventPending = true;
        _simulator.ScheduleAt(new SimTime(_busyUntil), this, null, (_epoch << 1) | TransmitterFreeEvent);
    }

    public override string ToString() => Name;
}
