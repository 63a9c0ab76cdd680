namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// The failover outage of one flow under one failure set, measured by a packet run with the set failed mid-run,
/// beside the timer model's: Low and High bound where the measurement must fall given the timers' random phase (the
/// last BFD packet or keepalive before the failure), the flow's packet spacing and the time the new routes take to
/// cross the path. MeasuredSeconds is NaN when the flow's outage cannot be measured (TCP and on/off sources).
/// </summary>
public sealed record PacketOutageCheck(string Set, string Flow, double ModelSeconds, double LowSeconds, double HighSeconds, double MeasuredSeconds)
{
    public bool Agrees => MeasuredSeconds >= LowSeconds && MeasuredSeconds <= HighSeconds;
}
