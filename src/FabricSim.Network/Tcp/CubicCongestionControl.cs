using FabricSim.Engine.Time;

namespace FabricSim.Network.Tcp;

/// <summary>
/// CUBIC (RFC 9438, which obsoletes RFC 8312), in segments and seconds. After a loss at window W_max the window
/// drops to β W_max and then follows W(t) = C (t − K)³ + W_max from the start t = 0 of congestion avoidance, with
/// K = ∛((W_max − cwnd_epoch) / C): concave up to W_max, flat around it, convex beyond. Where standard TCP would grow
/// faster (the Reno-friendly region, short RTTs and small windows) it follows the Reno estimate W_est instead.
/// Slow start is standard; HyStart++ is not modelled.
/// </summary>
internal sealed class CubicCongestionControl : CongestionControl
{
    private readonly double _c;
    private readonly double _beta;
    private readonly bool _fastConvergence;
    private readonly double _alphaReno;
    private long _epochStartNs = -1;
    private double _estimatedRenoWindow;

    public CubicCongestionControl(int mssBytes, int initialWindowSegments, double c = 0.4, double beta = 0.7, bool fastConvergence = true)
        : base(mssBytes, initialWindowSegments)
    {
        _c = c;
        _beta = beta;
        _fastConvergence = fastConvergence;
        _alphaReno = 3 * (1 - beta) / (1 + beta);
    }

    /// <summary>W_max: the window (segments) CUBIC grows back towards, set at the last loss.</summary>
    public double MaxWindowSegments { get; private set; }

    /// <summary>K in seconds: the time from the epoch start until the cubic curve regains W_max.</summary>
    public double KSeconds { get; private set; }

    /// <summary>When the current congestion-avoidance epoch began (t = 0 of the cubic curve); null until one begins.</summary>
    public SimTime? EpochStart => _epochStartNs < 0 ? null : new SimTime(_epochStartNs);

    public double C => _c;
    public double Beta => _beta;

    /// <summary>W_cubic(t) in segments, t seconds after the epoch start.</summary>
    public double CubicWindowSegments(double tSeconds)
    {
        double d = tSeconds - KSeconds;
        return _c * d * d * d + MaxWindowSegments;
    }

    public override void OnAck(long ackedBytes, SimTime now, SimTime smoothedRtt)
    {
        if (InSlowStart)
        {
            WindowBytes += Math.Min(ackedBytes, MssBytes);
            return;
        }
        double cwnd = WindowBytes / MssBytes;
        if (_epochStartNs < 0)
        {
            _epochStartNs = now.Nanoseconds;
            _estimatedRenoWindow = cwnd;
            if (cwnd < MaxWindowSegments)
            {
                KSeconds = Math.Cbrt((MaxWindowSegments - cwnd) / _c);
            }
            else
            {
                KSeconds = 0;
                MaxWindowSegments = cwnd;
            }
        }
        double t = (now.Nanoseconds - _epochStartNs) / (double)SimTime.NanosPerSecond;
        double ackedSegments = ackedBytes / (double)MssBytes;
        _estimatedRenoWindow += _alphaReno * ackedSegments / cwnd;
        if (CubicWindowSegments(t) < _estimatedRenoWindow)
        {
            WindowBytes = _estimatedRenoWindow * MssBytes;
            return;
        }
        double target = Math.Clamp(CubicWindowSegments(t + smoothedRtt.TotalSeconds), cwnd, 1.5 * cwnd);
        WindowBytes = (cwnd + (target - cwnd) / cwnd * ackedSegments) * MssBytes;
    }

    public override void OnTimeoutWithinLoss()
    {
        base.OnTimeoutWithinLoss();
        // Congestion avoidance after the slow start that follows starts a new epoch towards the W_max already set.
        _epochStartNs = -1;
    }

    public override void OnFastRetransmit(long flightBytes, SimTime now)
    {
        double cwnd = WindowBytes / MssBytes;
        _epochStartNs = -1;
        // Fast convergence: a flow that lost before regaining its previous peak releases bandwidth to newcomers.
        MaxWindowSegments = _fastConvergence && cwnd < MaxWindowSegments ? cwnd * (1 + _beta) / 2 : cwnd;
        SlowStartThresholdBytes = Math.Max(cwnd * _beta * MssBytes, 2.0 * MssBytes);
    }
}
