using FabricSim.Engine.Time;

namespace FabricSim.Network.Tcp;

/// <summary>Settings of a simulated TCP connection; defaults follow Linux where the RFCs leave a choice.</summary>
public sealed record TcpOptions
{
    /// <summary>IPv4 (20) + TCP (20) headers without options, added to every segment and carried alone by a pure ACK.</summary>
    public const int HeaderBytes = 40;

    /// <summary>1460 fills a 1500-byte Ethernet MTU; through an IPsec VPN use the clamped value (AWS: 1379).</summary>
    public int MaxSegmentSizeBytes { get; init; } = 1460;

    /// <summary>RFC 6928 initial window of 10 segments.</summary>
    public int InitialWindowSegments { get; init; } = 10;

    public TcpCongestionAlgorithm CongestionControl { get; init; } = TcpCongestionAlgorithm.NewReno;

    /// <summary>RFC 6298 initial RTO before any RTT sample.</summary>
    public SimTime InitialRto { get; init; } = SimTime.FromSeconds(1);

    /// <summary>Lower bound of the RTO: 200 ms as in Linux; RFC 6298 recommends 1 s.</summary>
    public SimTime MinRto { get; init; } = SimTime.FromMilliseconds(200);

    /// <summary>Upper bound of the backed-off RTO (RFC 6298 allows any value of at least 60 s).</summary>
    public SimTime MaxRto { get; init; } = SimTime.FromSeconds(60);

    /// <summary>Clock granularity G of RFC 6298: RTO = SRTT + max(G, 4 RTTVAR).</summary>
    public SimTime ClockGranularity { get; init; } = SimTime.FromMilliseconds(1);

    /// <summary>Acknowledge every second full segment (RFC 5681 §4.2) rather than every segment.</summary>
    public bool DelayedAcks { get; init; }

    /// <summary>How long a lone segment's ACK may be held: Linux's minimum delayed-ACK timeout of 40 ms.</summary>
    public SimTime DelayedAckTimeout { get; init; } = SimTime.FromMilliseconds(40);

    /// <summary>
    /// Receive buffer: the largest window the receiver advertises. 6 MiB is the maximum Linux autotuning grows to
    /// (net.ipv4.tcp_rmem = 4096 131072 6291456 since kernel 4.20; Documentation/networking/ip-sysctl.rst).
    /// </summary>
    public int ReceiveWindowBytes { get; init; } = DefaultReceiveWindowBytes;

    public const int DefaultReceiveWindowBytes = 6 * 1024 * 1024;

    /// <summary>
    /// Spread each window over the round trip as Linux's fq qdisc does (sk_pacing_rate = cwnd / SRTT × gain) instead
    /// of sending it back to back at the line rate whenever ACKs open the window.
    /// </summary>
    public bool Pacing { get; init; }

    /// <summary>
    /// Selective acknowledgement (RFC 2018): during fast recovery the sender resends every hole the receiver's SACK
    /// blocks reveal, one per duplicate ACK, instead of one hole per round trip (NewReno); after a timeout it skips
    /// what was SACKed. Off here so the NewReno references hold; scenarios turn it on as Linux does (tcp_sack = 1).
    /// </summary>
    public bool Sack { get; init; }

    /// <summary>Linux's pacing gains: net.ipv4.tcp_pacing_ss_ratio = 200 % in slow start, tcp_pacing_ca_ratio = 120 % after.</summary>
    public double PacingGainSlowStart { get; init; } = 2.0;
    public double PacingGainCongestionAvoidance { get; init; } = 1.2;

    /// <summary>CUBIC constants of RFC 9438: C = 0.4 and β = 0.7.</summary>
    public double CubicC { get; init; } = 0.4;
    public double CubicBeta { get; init; } = 0.7;
    public bool CubicFastConvergence { get; init; } = true;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSegmentSizeBytes, 1, nameof(MaxSegmentSizeBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(InitialWindowSegments, 1, nameof(InitialWindowSegments));
        ArgumentOutOfRangeException.ThrowIfLessThan(ReceiveWindowBytes, MaxSegmentSizeBytes, nameof(ReceiveWindowBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MinRto.Nanoseconds, nameof(MinRto));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRto.Nanoseconds, MinRto.Nanoseconds, nameof(MaxRto));
        if (PacingGainSlowStart < 1 || PacingGainCongestionAvoidance < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PacingGainCongestionAvoidance), "A pacing gain below 1 could never fill the window.");
        }
        if (CubicBeta is <= 0 or >= 1 || CubicC <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(CubicBeta), "CUBIC needs 0 < β < 1 and C > 0.");
        }
    }
}
