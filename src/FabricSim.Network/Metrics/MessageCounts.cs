namespace FabricSim.Network.Metrics;

/// <summary>
/// Messages of a request/response flow in the measured window: sent, completed (every segment arrived) and lost (a
/// segment was dropped); those still on their way count as neither, as packets in flight do.
/// </summary>
public sealed record MessageCounts(long Sent, long Completed, long Lost)
{
    /// <summary>Lost among the messages decided; NaN when none is.</summary>
    public double LossRatio => Completed + Lost == 0 ? double.NaN : Lost / (double)(Completed + Lost);
}
