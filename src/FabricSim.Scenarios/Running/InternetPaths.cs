using FabricSim.Engine.Time;
using FabricSim.Network.Internet;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Running;

/// <summary>The scenario's description of one direction of an Internet path as the network model's parameters.</summary>
internal static class InternetPaths
{
    /// <summary>
    /// Internet delay variation comes from congestion episodes that last milliseconds to seconds, so packets close
    /// together see much the same added delay; 10 ms is the scale of one router queue draining.
    /// </summary>
    private static readonly SimTime JitterCoherence = SimTime.FromMilliseconds(10);

    public static InternetPathParameters Parameters(Model.InternetPath path)
    {
        var parameters = new InternetPathParameters
        {
            RouteFactor = path.RouteFactor,
            ExtraDelay = path.BaseDelay,
            Jitter = path.MeanJitter > SimTime.Zero ? new ParetoJitter(path.MeanJitter) : null,
            JitterCoherence = JitterCoherence,
            LossRate = path.LossRate,
            MeanLossBurstPackets = Math.Max(1.0, path.MeanBurstPackets),
        };
        return path.Diurnal is { } diurnal ? parameters with { Diurnal = Diurnal(diurnal, path) } : parameters;
    }

    /// <summary>
    /// The scenario gives the extra delay and loss at the busiest hour; the path model takes hourly multipliers of its
    /// random added delay and of its loss rate, following a raised cosine that peaks at the busy hour and is zero twelve
    /// hours away. Without jitter or loss there is nothing to multiply, and that part of the profile has no effect.
    /// </summary>
    private static Network.Internet.DiurnalProfile Diurnal(DiurnalCongestion congestion, Model.InternetPath path)
    {
        double jitterNs = path.MeanJitter.Nanoseconds;
        double peakHour = congestion.PeakAt.TotalSeconds / 3600.0;
        var delay = new double[24];
        var loss = new double[24];
        for (int hour = 0; hour < 24; hour++)
        {
            double shape = 0.5 * (1 + Math.Cos(2 * Math.PI * (hour - peakHour) / 24.0));
            delay[hour] = jitterNs > 0 ? 1 + congestion.ExtraDelay.Nanoseconds / jitterNs * shape : 1;
            loss[hour] = path.LossRate > 0 ? 1 + congestion.ExtraLossRate / path.LossRate * shape : 1;
        }
        int startHour = (int)(congestion.StartAt.TotalSeconds / 3600.0) % 24;
        return new Network.Internet.DiurnalProfile(delay, loss, startHour);
    }
}
