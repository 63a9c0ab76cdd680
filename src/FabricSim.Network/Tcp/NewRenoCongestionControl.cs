using FabricSim.Engine.Time;

namespace FabricSim.Network.Tcp;

/// <summary>
/// RFC 5681: slow start adds up to one segment per ACK; congestion avoidance adds MSS² / cwnd per acknowledged MSS
/// (about one segment per RTT, also with delayed ACKs); a loss halves the flight into ssthresh.
/// </summary>
internal sealed class NewRenoCongestionControl(int mssBytes, int initialWindowSegments) : CongestionControl(mssBytes, initialWindowSegments)
{
    public override void OnAck(long ackedBytes, SimTime now, SimTime smoothedRtt)
    {
        if (InSlowStart)
        {
            WindowBytes += Math.Min(ackedBytes, MssBytes);
        }
        else
        {
            WindowBytes += (double)MssBytes * ackedBytes / WindowBytes;
        }
    }

    public override void OnFastRetransmit(long flightBytes, SimTime now) =>
        SlowStartThresholdBytes = Math.Max(flightBytes / 2.0, 2.0 * MssBytes);
}
