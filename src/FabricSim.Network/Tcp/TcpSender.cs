using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Tcp;

/// <summary>
/// The sending half of a TCP connection, in bytes: segments of up to MSS bytes go out as pooled packets (Kind Data,
/// <see cref="Packet.Sequence"/> = first byte) within min(cwnd, receive window); cumulative ACKs (Kind Ack,
/// <see cref="Packet.Acknowledgement"/> = next byte expected, <see cref="Packet.Flags"/> = advertised window in bytes)
/// come back to <see cref="Receive"/>. Loss is detected by three duplicate ACKs (fast retransmit, RFC 6582 NewReno
/// fast recovery with partial ACKs) or by the retransmission timer (RFC 6298, Karn's rule, exponential backoff,
/// go-back-N). No handshake: the connection is open from the first segment. With <see cref="TcpOptions.Pacing"/>
/// segments leave no closer than the pacing rate allows, as under Linux's fq qdisc; without it a window opened by
/// an ACK goes out back to back.
/// </summary>
/// <remarks>
/// The retransmission timer is a deadline plus at most one pending engine event: restarting it on every ACK only
/// moves the deadline; when the event fires early it re-arms for the deadline. Only a deadline earlier than the
/// pending event schedules a new one, and the generation carried in the event tells stale ones apart.
/// </remarks>
internal sealed class TcpSender : IPacketReceiver, IEventHandler
{
    private readonly Simulator _simulator;
    private readonly PacketPool _pool;
    private readonly int _mss;
    private long _sndUna;
    private long _sndNxt;
    private long _sndMax;
    private long _appLimit;
    private long _receiveWindow;
    private int _duplicateAcks;
    private bool _inRecovery;
    private bool _timedOut;
    private long _recover = -1;
    private long _timedSequence = -1;
    private long _timedAt;
    private long _rtoDeadline = -1;
    private long _timerEventAt = -1;
    private long _timerGeneration;
    private long _segmentsSent;
    private long _lastSendNs = long.MinValue;
    private readonly OutOfOrderRanges _sacked = new();
    private long _highRetransmitted;
    private long _nextPacedSendNs;
    private bool _pacingTimerPending;

    /// <summary>Tells the pacing release apart from the retransmission timer's events, without allocating.</summary>
    private static readonly object PacingRelease = new();

    public TcpSender(Simulator simulator, PacketPool pool, TcpOptions options, int flowId, int sourceNodeId, int destinationNodeId,
        IPacketReceiver entry, int trafficClass = 0)
    {
        _simulator = simulator ?? throw new ArgumentNullException(nameof(simulator));
        _pool = pool ?? throw new ArgumentNullException(nameof(pool));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
        Entry = entry ?? throw new ArgumentNullException(nameof(entry));
        FlowId = flowId;
        SourceNodeId = sourceNodeId;
        DestinationNodeId = destinationNodeId;
        TrafficClass = trafficClass;
        _mss = options.MaxSegmentSizeBytes;
        _receiveWindow = options.ReceiveWindowBytes;
        Congestion = CongestionControl.Create(options);
        Rtt = new RttEstimator(options.InitialRto, options.MinRto, options.MaxRto, options.ClockGranularity);
    }

    public TcpOptions Options { get; }
    public IPacketReceiver Entry { get; }
    public int FlowId { get; }
    public int SourceNodeId { get; }
    public int DestinationNodeId { get; }
    public int TrafficClass { get; }
    internal CongestionControl Congestion { get; }
    internal RttEstimator Rtt { get; }

    public double CongestionWindowBytes => Congestion.WindowBytes;
    public double SlowStartThresholdBytes => Congestion.SlowStartThresholdBytes;
    public SimTime SmoothedRtt => Rtt.SmoothedRtt;
    public SimTime RetransmissionTimeout => Rtt.Rto;

    /// <summary>Oldest unacknowledged byte.</summary>
    public long Unacknowledged => _sndUna;

    /// <summary>Bytes the application has handed over so far.</summary>
    public long BytesQueued => _appLimit;
    public bool InRecovery => _inRecovery;
    public long SegmentsSent => _segmentsSent;
    public long Retransmissions { get; private set; }
    public long FastRetransmits { get; private set; }
    public long Timeouts { get; private set; }

    /// <summary>Called after every change of the congestion window (ACK, loss, timeout); for tracing, off by default.</summary>
    public ITcpWindowObserver? WindowObserver { get; set; }

    /// <summary>Hands <paramref name="bytes"/> more application data to send; <see cref="long.MaxValue"/> for an endless bulk transfer.</summary>
    public void Write(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        long now = _simulator.Now.Nanoseconds;
        if (_sndUna == _sndMax && _lastSendNs != long.MinValue && now - _lastSendNs > Rtt.Rto.Nanoseconds)
        {
            // RFC 5681 §4.1 (Linux tcp_slow_start_after_idle): a window validated long ago is no longer safe to burst.
            Congestion.SetWindow(Math.Min(Congestion.WindowBytes, (double)_mss * Options.InitialWindowSegments));
        }
        _appLimit = bytes >= long.MaxValue - _appLimit ? long.MaxValue : _appLimit + bytes;
        TrySend();
    }

    /// <summary>An ACK arrives.</summary>
    public void Receive(Packet packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        long ack = packet.Acknowledgement;
        _receiveWindow = packet.Flags;
        if (Options.Sack && packet.SackEnd > ack)
        {
            _sacked.Add(Math.Max(packet.SackStart, ack), packet.SackEnd);
        }
        _pool.Return(packet);
        SimTime now = _simulator.Now;
        if (ack > _sndUna)
        {
            OnNewAck(ack, now);
        }
        else if (ack == _sndUna && _sndMax > _sndUna)
        {
            OnDuplicateAck(now);
        }
        TrySend();
    }

    public void OnEvent(object? payload, long argument)
    {
        if (ReferenceEquals(payload, PacingRelease))
        {
            _pacingTimerPending = false;
            TrySend();
            return;
        }
        if (argument != _timerGeneration)
        {
            return;
        }
        _timerEventAt = -1;
        if (_rtoDeadline < 0)
        {
            return;
        }
        long now = _simulator.Now.Nanoseconds;
        if (now < _rtoDeadline)
        {
            ArmTimerEvent();
            return;
        }
        OnRetransmissionTimeout(_simulator.Now);
    }

    private void OnNewAck(long ack, SimTime now)
    {
        long acked = ack - _sndUna;
        long flightBeforeAck = _sndMax - _sndUna;
        if (_timedSequence >= 0 && ack > _timedSequence)
        {
            Rtt.Sample(new SimTime(now.Nanoseconds - _timedAt));
            _timedSequence = -1;
        }
        _sndUna = ack;
        _sacked.DropBelow(ack);
        if (_timedOut && ack >= _recover)
        {
            _timedOut = false;
        }
        if (_sndNxt < ack)
        {
            // After a go-back-N retransmission the receiver's buffered data can acknowledge past what was resent.
            _sndNxt = ack;
        }
        if (_inRecovery)
        {
            if (ack >= _recover)
            {
                _inRecovery = false;
                Congestion.SetWindow(Congestion.SlowStartThresholdBytes);
            }
            else
            {
                // RFC 6582 partial ACK: resend the next hole, deflate by what was acknowledged, add back one segment.
                if (!Options.Sack || _highRetransmitted <= _sndUna)
                {
                    RetransmitFirstUnacknowledged();
                }
                else
                {
                    RetransmitNextHole();
                }
                double deflated = Congestion.WindowBytes - acked + (acked >= _mss ? _mss : 0);
                Congestion.SetWindow(deflated);
            }
        }
        else if (IsWindowLimited(flightBeforeAck))
        {
            Congestion.OnAck(acked, now, Rtt.SmoothedRtt);
        }
        _duplicateAcks = 0;
        if (_sndUna >= _sndMax)
        {
            _rtoDeadline = -1;
        }
        else
        {
            RestartTimer(now);
        }
        WindowObserver?.WindowChanged(this, now);
    }

    /// <summary>
    /// Whether the congestion window, rather than the receiver or the application, held the sender back: only then
    /// has the ACK clock validated a larger window (as Linux's tcp_is_cwnd_limited; RFC 7661). Slow start may grow
    /// while at least half the window is in use.
    /// </summary>
    private bool IsWindowLimited(long flight) =>
        Congestion.InSlowStart ? 2 * flight >= Congestion.WindowBytes : flight + _mss >= Congestion.WindowBytes;

    private void OnDuplicateAck(SimTime now)
    {
        _duplicateAcks++;
        if (_inRecovery)
        {
            // A duplicate ACK means a segment left the network: with SACK its place goes to the next known hole.
            if (!(Options.Sack && RetransmitNextHole()))
            {
                Congestion.SetWindow(Congestion.WindowBytes + _mss);
            }
            return;
        }
        // RFC 6582 §3.2 step 1: only a loss after the last recovery point starts a new recovery.
        if (_duplicateAcks == 3 && _sndUna > _recover)
        {
            FastRetransmits++;
            _inRecovery = true;
            _highRetransmitted = _sndUna;
            _recover = _sndMax;
            Congestion.OnFastRetransmit(_sndMax - _sndUna, now);
            RetransmitFirstUnacknowledged();
            Congestion.SetWindow(Congestion.SlowStartThresholdBytes + 3.0 * _mss);
            RestartTimer(now);
            WindowObserver?.WindowChanged(this, now);
        }
    }

    private void OnRetransmissionTimeout(SimTime now)
    {
        Timeouts++;
        // The threshold is set once per loss episode: a timeout in fast recovery keeps the one set at the loss (Linux's
        // tcp_enter_loss recomputes it only from the open state), and so does a repeated timeout (RFC 5681 §3.1).
        // Recomputed from a window that recovery had inflated by duplicate ACKs, it came out above the window that
        // had just overflowed, and slow start overshot a long-haul VXC's policer cycle after cycle.
        if (_inRecovery || _timedOut)
        {
            Congestion.OnTimeoutWithinLoss();
        }
        else
        {
            Congestion.OnTimeout(_sndMax - _sndUna, now);
        }
        _timedOut = true;
        Rtt.BackOff();
        _recover = _sndMax;
        _inRecovery = false;
        _duplicateAcks = 0;
        _timedSequence = -1;
        _sndNxt = _sndUna;
        _rtoDeadline = -1;
        WindowObserver?.WindowChanged(this, now);
        TrySend();
    }

    private void TrySend()
    {
        long window = (long)Math.Min(Congestion.WindowBytes, _receiveWindow);
        while (_sndNxt < _appLimit)
        {
            if (Options.Sack && _sndNxt < _sndMax && _sacked.RangeHolding(_sndNxt) is { End: > 0 } sacked)
            {
                // After a timeout, go-back-N skips what the receiver already holds.
                _sndNxt = sacked.End;
                continue;
            }
            long length = Math.Min(_mss, _appLimit - _sndNxt);
            if (Options.Sack && _sndNxt < _sndMax)
            {
                length = Math.Min(length, _sacked.NextStartAfter(_sndNxt) - _sndNxt);
            }
            if (_sndNxt - _sndUna + length > window)
            {
                break;
            }
            if (Options.Pacing && !PacingAllowsSendNow((int)length))
            {
                break;
            }
            SendSegment(_sndNxt, (int)length);
            _sndNxt += length;
            if (_sndNxt > _sndMax)
            {
                _sndMax = _sndNxt;
            }
        }
        if (_rtoDeadline < 0 && _sndMax > _sndUna)
        {
            RestartTimer(_simulator.Now);
        }
    }

    /// <summary>
    /// Whether the pacing clock lets a segment go now; if so, moves the clock on by its time at the pacing rate, and
    /// if not, arranges to try again when it does. Before the first RTT sample there is no rate and nothing waits.
    /// </summary>
    private bool PacingAllowsSendNow(int length)
    {
        long now = _simulator.Now.Nanoseconds;
        if (now < _nextPacedSendNs)
        {
            if (!_pacingTimerPending)
            {
                _pacingTimerPending = true;
                _simulator.ScheduleAt(new SimTime(_nextPacedSendNs), this, PacingRelease);
            }
            return false;
        }
        long srtt = Rtt.SmoothedRtt.Nanoseconds;
        if (srtt > 0)
        {
            double gain = Congestion.InSlowStart ? Options.PacingGainSlowStart : Options.PacingGainCongestionAvoidance;
            double bytesPerNs = Congestion.WindowBytes * gain / srtt;
            long gap = (long)((length + TcpOptions.HeaderBytes) / bytesPerNs);
            _nextPacedSendNs = Math.Max(now, _nextPacedSendNs) + gap;
        }
        return true;
    }

    private void RetransmitFirstUnacknowledged()
    {
        long length = Math.Min(_mss, _sndMax - _sndUna);
        if (length > 0)
        {
            SendSegment(_sndUna, (int)length);
            _highRetransmitted = Math.Max(_highRetransmitted, _sndUna + length);
        }
    }

    /// <summary>Resends the first hole of the SACK scoreboard not yet resent in this recovery; false when there is none.</summary>
    private bool RetransmitNextHole()
    {
        long hole = _sacked.FirstGapFrom(Math.Max(_highRetransmitted, _sndUna));
        if (hole < 0)
        {
            return false;
        }
        long length = Math.Min(_mss, _sacked.NextStartAfter(hole) - hole);
        SendSegment(hole, (int)length);
        _highRetransmitted = hole + length;
        return true;
    }

    private void SendSegment(long sequence, int length)
    {
        SimTime now = _simulator.Now;
        bool retransmission = sequence < _sndMax;
        if (retransmission)
        {
            Retransmissions++;
            if (_timedSequence >= sequence && _timedSequence < sequence + length)
            {
                _timedSequence = -1; // Karn: an RTT measured across a retransmission is ambiguous.
            }
        }
        else if (_timedSequence < 0)
        {
            _timedSequence = sequence;
            _timedAt = now.Nanoseconds;
        }
        _lastSendNs = now.Nanoseconds;
        Packet packet = _pool.Rent();
        packet.Kind = PacketKind.Data;
        packet.FlowId = FlowId;
        packet.TrafficClass = TrafficClass;
        packet.SourceNodeId = SourceNodeId;
        packet.DestinationNodeId = DestinationNodeId;
        packet.CreatedAt = now;
        packet.Sequence = sequence;
        packet.FlowSequence = _segmentsSent++;
        packet.SizeBytes = length + TcpOptions.HeaderBytes;
        Entry.Receive(packet);
    }

    private void RestartTimer(SimTime now)
    {
        _rtoDeadline = now.Nanoseconds + Rtt.Rto.Nanoseconds;
        if (_timerEventAt < 0 || _timerEventAt > _rtoDeadline)
        {
            ArmTimerEvent();
        }
    }

    private void ArmTimerEvent()
    {
        _timerGeneration++;
        _timerEventAt = _rtoDeadline;
        _simulator.ScheduleAt(new SimTime(_rtoDeadline), this, null, _timerGeneration);
    }
}
