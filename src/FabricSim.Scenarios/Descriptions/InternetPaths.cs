using FabricSim.Engine.Time;
using FabricSim.Network.Internet;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Descriptions;

/// <summary>The scenario's description of one direction of an Internet path as the network model's parameters.</summary>
internal static class InternetPaths
{
    public static InternetPathParameters Parameters(InternetPathSettings path) => new()
    {
        RouteFactor = path.RouteFactor,
        ExtraDelay = path.BaseDelay,
        Jitter = path.MeanJitter > SimTime.Zero ? new TruncatedExponentialJitter(path.MeanJitter, path.QueueingDelayBound) : null,
        LossRate = path.LossRate,
        MeanLossBurstPackets = Math.Max(1.0, path.MeanBurstPackets),
        Congestion = path.Diurnal is { } d ? new CongestionCycle(d.Period, d.PeakAt, d.StartAt, d.ExtraDelay, d.ExtraLossRate) : null,
    };
}
