using FabricSim.Engine.Time;

namespace FabricSim.Network.Tcp;

/// <summary>
/// RFC 6298 retransmission timeout: Jacobson/Karels smoothed RTT and variance (α = 1/8, β = 1/4),
/// RTO = SRTT + max(G, 4 RTTVAR) bounded to [min, max], doubled on each timeout until a new sample arrives.
/// The caller applies Karn's rule by never sampling a retransmitted segment.
/// </summary>
internal sealed class RttEstimator
{
    private readonly double _minRtoNs;
    private readonly double _maxRtoNs;
    private readonly double _granularityNs;
    private double _srttNs;
    private double _rttvarNs;
    private double _rtoNs;

    public RttEstimator(SimTime initialRto, SimTime minRto, SimTime maxRto, SimTime clockGranularity)
    {
        _minRtoNs = minRto.Nanoseconds;
        _maxRtoNs = maxRto.Nanoseconds;
        _granularityNs = clockGranularity.Nanoseconds;
        _rtoNs = Math.Clamp(initialRto.Nanoseconds, _minRtoNs, _maxRtoNs);
    }

    public bool HasSample { get; private set; }
    public long SampleCount { get; private set; }
    public SimTime SmoothedRtt => new((long)_srttNs);
    public SimTime RttVariation => new((long)_rttvarNs);
    public SimTime Rto => new((long)_rtoNs);

    public void Sample(SimTime rtt)
    {
        double r = rtt.Nanoseconds;
        if (!HasSample)
        {
            _srttNs = r;
            _rttvarNs = r / 2;
            HasSample = true;
        }
        else
        {
            _rttvarNs = 0.75 * _rttvarNs + 0.25 * Math.Abs(_srttNs - r);
            _srttNs = 0.875 * _srttNs + 0.125 * r;
        }
        SampleCount++;
        _rtoNs = Math.Clamp(_srttNs + Math.Max(_granularityNs, 4 * _rttvarNs), _minRtoNs, _maxRtoNs);
    }

    /// <summary>RFC 6298 §5.5: double the RTO after it expires.</summary>
    public void BackOff() => _rtoNs = Math.Min(_rtoNs * 2, _maxRtoNs);
}
