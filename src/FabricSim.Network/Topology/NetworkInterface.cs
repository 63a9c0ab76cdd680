using System.Runtime.CompilerServices;
using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;
using FabricSim.Network.Queues;
using FabricSim.Network.Units;

namespace FabricSim.Network.Topology;

/// <summary>
/// One direction of a link: an egress queue, a store-and-forward transmitter and the fibre behind it. A packet
/// reaches the far node after its serialization time (frame bytes × 8 / rate) plus the propagation delay.
/// </summary>
/// <remarks>
/// The transmitter is modelled by the time it next falls idle rather than by an event per transmission, so a hop
/// costs one event: the packet's arrival at the far end. With a plain FIFO (DropTail) a packet's departure is fixed
/// the moment it joins the queue, so the interface schedules its arrival at once and only remembers its start time
/// (<see cref="CommittedDepartures"/>); other disciplines may reorder, so they keep packets in their queue and an
/// event fires whenever the transmitter frees up. A link delivers in the order it sends, so only its next arrival is
/// in the event list, the rest wait in <see cref="PacketsInFlight"/> with their places among equal-time events
/// reserved (<see cref="Engine.Events.EventReservation"/>): the event list stays as large as the number of busy links,
/// not of packets in flight, and events run in exactly the order they would with one event per packet. Every
/// scheduled event carries the interface's failure epoch; a failure bumps the epoch, so events of packets lost in the
/// failure are recognised as stale when they surface.
/// </remarks>
internal sealed class NetworkInterface : IEventHandler
{
    private const long TransmitterFreeEvent = 0;
    private const long ArrivalEvent = 1;

    private readonly Engine.Events.Simulator _simulator;
    private readonly PacketLedger _ledger;
    private readonly long _propagationNs;
    private long _bitsPerSecond;
    private int _lastFrameBytes = -1;
    private long _lastSerializationNs;
    private long _busyUntil;
    // Inline rather than an object of its own: every packet sent reads it, so it shares the interface's cache lines.
    private CommittedDepartures _committed;
    private readonly bool _fifo;
    private readonly QueueLimit _fifoLimit;
    private bool _transmitterEventPending;
    private long _epoch;
    private int _inFlight;
    // Only the next arrival sits in the event list; the packets behind it wait here with their places reserved.
    private PacketsInFlight _behindNextArrival = new();
    private bool _arrivalPending;
    private NetworkInterface _peer = null!;

    /// <summary>The peer's owner, held here so an arrival reaches its node without a stop at the peer.</summary>
    private Node _farEnd = null!;

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
        if (queue is DropTailQueue dropTail)
        {
            _committed = new CommittedDepartures(_simulator.Now.Nanoseconds);
            _fifo = true;
            _fifoLimit = dropTail.Limit;
        }
        owner.Attach(this);
    }

    public Node Owner { get; }
    public string Name { get; }
    public DataRate Rate { get; private set; }
    public SimTime PropagationDelay { get; }
    public int MtuBytes { get; }
    /// <summary>
    /// The egress discipline. A DropTail queue only supplies its limit: its waiting packets are tracked by the
    /// transmitter, so read <see cref="WaitingPackets"/> rather than the queue's own count.
    /// </summary>
    public IPacketQueue Queue { get; }
    public InterfaceCounters Counters { get; }

    /// <summary>The interface at the other end, which receives what this one sends.</summary>
    public NetworkInterface Peer
    {
        get => _peer;
        internal set
        {
            _peer = value;
            _farEnd = value.Owner;
        }
    }
    public Link Link { get; internal set; } = null!;
    public bool IsUp { get; private set; } = true;

    /// <summary>Packets that have started transmission and not yet arrived (in service or on the fibre).</summary>
    public int InFlight => _inFlight - WaitingPackets;

    /// <summary>Packets waiting for the transmitter (not counting the one in service).</summary>
    public int WaitingPackets
    {
        get
        {
            if (!_fifo)
            {
                return Queue.Count;
            }
            Settle(_simulator.Now.Nanoseconds);
            return _committed.Count;
        }
    }

    /// <summary>Time average of <see cref="WaitingPackets"/> since the counters' window start.</summary>
    public double MeanWaitingPackets()
    {
        SimTime now = _simulator.Now;
        if (!_fifo)
        {
            return Counters.QueueLength.Average(now);
        }
        Settle(now.Nanoseconds);
        return _committed.MeanCount(now.Nanoseconds);
    }

    /// <summary>The most packets that waited at once since the counters' window start.</summary>
    public double MaxWaitingPackets() => _fifo ? _committed.MaxCount : Counters.QueueLength.Max;

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
        if (_fifo)
        {
            SendFifo(packet, now);
            return;
        }
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

    private void SendFifo(Packet packet, SimTime now)
    {
        ref CommittedDepartures committed = ref _committed;
        long nowNs = now.Nanoseconds;
        Settle(nowNs);
        if (committed.Count == 0 && nowNs >= _busyUntil)
        {
            StartTransmission(packet, nowNs);
            return;
        }
        if (!_fifoLimit.Admits(committed.Count, committed.Bytes, packet.FrameBytes))
        {
            Counters.CountQueueDrop(packet);
            _ledger.Drop(packet, DropReason.Queue);
            return;
        }
        long start = _busyUntil;
        committed.Add(nowNs, start, packet.FrameBytes);
        StartTransmission(packet, start);
    }

    /// <summary>Retires committed packets whose transmission has begun by <paramref name="now"/>, in time order.</summary>
    private void Settle(long now)
    {
        if (!_fifo)
        {
            return;
        }
        ref CommittedDepartures committed = ref _committed;
        while (committed.Count != 0 && committed.FirstStart <= now)
        {
            committed.RemoveFirst();
        }
    }

    public void OnEvent(object? payload, long argument)
    {
        long kind = argument & 1;
        bool stale = (argument >> 1) != _epoch;
        if (kind == ArrivalEvent)
        {
            // Only this interface schedules arrivals, always with a packet: reinterpreting the payload rather than casting
            // it skips reading the object's type word, which on a large fabric sits in a cache line the hop never
            // otherwise needs (the fields it reads come first, see Packet).
            var packet = Unsafe.As<Packet>(payload!);
            if (stale)
            {
                // Already counted in LostToFailure at the failure instant.
                _ledger.Drop(packet, DropReason.Failure);
                return;
            }
            _inFlight--;
            if (_behindNextArrival.Count != 0)
            {
                var (arrival, place, following) = _behindNextArrival.RemoveFirst();
                _simulator.ScheduleAt(new SimTime(arrival), place, this, following, argument);
            }
            else
            {
                _arrivalPending = false;
            }
            _farEnd.Receive(packet);
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
        Settle(now.Nanoseconds);
        if (_fifo)
        {
            _committed.ResetWindow(now.Nanoseconds);
        }
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
        Settle(now.Nanoseconds);
        // The packets behind the next arrival go into the event list as they would have been, stale, and are dropped
        // when due; sent after a recovery, later packets may arrive before them.
        while (_behindNextArrival.Count != 0)
        {
            var (arrival, place, packet) = _behindNextArrival.RemoveFirst();
            _simulator.ScheduleAt(new SimTime(arrival), place, this, packet, (_epoch << 1) | ArrivalEvent);
        }
        _arrivalPending = false;
        _epoch++;
        // Committed FIFO packets are counted in _inFlight already; other disciplines still hold theirs.
        int lost = _inFlight + Queue.Count;
        if (_fifo)
        {
            _committed.Clear(now.Nanoseconds);
        }
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

    /// <summary>
    /// Runs at <paramref name="rate"/> from now on (a LAG losing or regaining a member). Packets whose transmission is
    /// already booked keep their times; the next one starts when the transmitter frees up, at the new rate. Only
    /// the serialization cache is reset, so sending costs what it did.
    /// </summary>
    internal void SetRate(DataRate rate)
    {
        if (rate.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A link needs a positive rate.");
        }
        Rate = rate;
        _bitsPerSecond = rate.BitsPerSecond;
        _lastFrameBytes = -1;
    }

    /// <summary>Begins (or, for a committed FIFO, books) the transmission of a packet at <paramref name="start"/>.</summary>
    private void StartTransmission(Packet packet, long start)
    {
        long serialization = SerializationNanoseconds(packet.FrameBytes);
        _busyUntil = start + serialization;
        Counters.BusyNanosecondsBooked += serialization;
        Counters.CountSent(packet);
        _inFlight++;
        long arrival = _busyUntil + _propagationNs;
        var place = _simulator.Reserve();
        if (_arrivalPending)
        {
            _behindNextArrival.Add(arrival, place, packet);
            return;
        }
        _arrivalPending = true;
        _simulator.ScheduleAt(new SimTime(arrival), place, this, packet, (_epoch << 1) | ArrivalEvent);
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
