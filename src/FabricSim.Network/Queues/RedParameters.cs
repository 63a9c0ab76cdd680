namespace FabricSim.Network.Queues;

/// <summary>
/// Random Early Detection settings (Floyd &amp; Jacobson 1993). Thresholds are in packets of average queue.
/// <paramref name="QueueWeight"/> is w_q of the EWMA; <paramref name="MaxDropProbability"/> is max_p; with
/// <paramref name="Gentle"/> the drop probability rises from max_p to 1 between max_th and 2·max_th instead of
/// jumping to 1. <paramref name="TypicalTransmissionTime"/> lets the average decay while the queue is idle.
/// </summary>
public sealed record RedParameters(
    double MinThresholdPackets,
    double MaxThresholdPackets,
    double MaxDropProbability,
    double QueueWeight,
    bool Gentle,
    int HardLimitPackets,
    FabricSim.Engine.Time.SimTime TypicalTransmissionTime)
{
    public void Validate()
    {
        if (MinThresholdPackets < 0 || MaxThresholdPackets <= MinThresholdPackets)
        {
            throw new ArgumentException("RED needs 0 ≤ min_th < max_th.");
        }
        if (MaxDropProbability is <= 0 or > 1)
        {
            throw new ArgumentException("RED max_p lies in (0, 1].");
        }
        if (QueueWeight is <= 0 or > 1)
        {
            throw new ArgumentException("RED queue weight lies in (0, 1].");
        }
        if (HardLimitPackets < 1)
        {
            throw new ArgumentException("RED needs a physical queue limit of at least one packet.");
        }
    }
}
