using FabricSim.Engine.Time;

namespace FabricSim.Network.Mve;

/// <summary>What the probes of one transport saw over one probe interval.</summary>
internal readonly record struct PathQuality(int ProbesSent, int ProbesLost, SimTime MeanLatency)
{
    public double LossRatio => ProbesSent == 0 ? 0 : ProbesLost / (double)ProbesSent;

    /// <summary>No probe came back: the transport is unusable.</summary>
    public bool IsDark => ProbesSent > 0 && ProbesLost == ProbesSent;
}
