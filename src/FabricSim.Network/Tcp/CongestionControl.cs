using FabricSim.Engine.Time;

namespace FabricSim.Network.Tcp;

/// <summary>
/// The window arithmetic of a congestion-control algorithm. The sender runs loss detection and recovery (the same
/// for every algorithm here) and asks this object how the window grows on ACKs and shrinks on losses.
/// </summary>
internal abstract class CongestionControl
{
    protected CongestionControl(int mssBytes, int initialWindowSegments)
    {
        MssBytes = mssBytes;
        WindowBytes = (double)mssBytes * initialWindowSegments;
    }

    public int MssBytes { get; }
    public double WindowBytes { get; protected set; }
    public double SlowStartThresholdBytes { get; protected set; } = double.MaxValue;
    public bool InSlowStart => WindowBytes < SlowStartThresholdBytes;

    public static CongestionControl Create(TcpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.CongestionControl switch
        {
            TcpCongestionAlgorithm.NewReno => new NewRenoCongestionControl(options.MaxSegmentSizeBytes, options.InitialWindowSegments),
            TcpCongestionAlgorithm.Cubic => new CubicCongestionControl(options.MaxSegmentSizeBytes, options.InitialWindowSegments,
                options.CubicC, options.CubicBeta, options.CubicFastConvergence),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.CongestionControl, "Unknown congestion-control algorithm."),
        };
    }

    /// <summary>New data acknowledged outside loss recovery.</summary>
    public abstract void OnAck(long ackedBytes, SimTime now, SimTime smoothedRtt);

    /// <summary>Loss detected by duplicate ACKs: set the slow-start threshold the window will return to after recovery.</summary>
    public abstract void OnFastRetransmit(long flightBytes, SimTime now);

    /// <summary>The retransmission timer expired: threshold as for a loss, window back to one segment.</summary>
    public virtual void OnTimeout(long flightBytes, SimTime now)
    {
        OnFastRetransmit(flightBytes, now);
        WindowBytes = MssBytes;
    }

    /// <summary>A timeout within a loss episode whose threshold is already set: window back to one segment, threshold kept.</summary>
    public virtual void OnTimeoutWithinLoss() => WindowBytes = MssBytes;

    /// <summary>Fast recovery sets the window directly (inflation, deflation, exit at ssthresh).</summary>
    internal void SetWindow(double bytes) => WindowBytes = Math.Max(MssBytes, bytes);
}
