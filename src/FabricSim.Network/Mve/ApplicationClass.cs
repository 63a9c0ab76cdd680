using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Mve;

/// <summary>
/// An application class steered as one: packets of <see cref="TrafficClass"/> and the path quality they need.
/// <see cref="PreferredTransport"/>, when given, names the transport the class tries first; the others follow in the
/// edge's order.
/// </summary>
public sealed record ApplicationClass(string Name, int TrafficClass, double MaxLossRatio, SimTime MaxLatency, string? PreferredTransport = null)
{
    internal bool IsMetBy(PathQuality quality) => !quality.IsDark && quality.LossRatio <= MaxLossRatio && quality.MeanLatency <= MaxLatency;

    /// <summary>Met with room to spare: loss and latency below the thresholds scaled by (1 − margin).</summary>
    internal bool IsMetWithMarginBy(PathQuality quality, double margin) =>
        !quality.IsDark
        && quality.LossRatio <= MaxLossRatio * (1 - margin)
        && quality.MeanLatency.Nanoseconds <= MaxLatency.Nanoseconds * (1 - margin);

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(Name);
        if (TrafficClass is < 0 or >= Packet.TrafficClassCount)
        {
            throw new ArgumentOutOfRangeException(nameof(TrafficClass), TrafficClass, "A traffic class lies in 0–7.");
        }
    }
}
