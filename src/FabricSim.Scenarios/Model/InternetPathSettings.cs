using FabricSim.Engine.Time;

namespace FabricSim.Scenarios.Model;

/// <summary>
/// Public-Internet path parameters. MeanJitter is the mean one-way queueing delay added to the base delay, bounded by
/// MaxQueueingDelay (the deepest buffer). Loss is Gilbert–Elliott: LossRate = p/(p+r), MeanBurstPackets = 1/r.
/// RouteFactor, when given, replaces the calibrated base-delay model (distance- and ocean-dependent route factor plus a
/// fixed part) by one factor for every distance. Defaults: the calibrated model, jitter 1 ms mean, loss 0.1% in bursts of 2.
/// </summary>
public sealed record InternetPathSettings(
    double? RouteFactor,
    SimTime MeanJitter,
    double LossRate,
    double MeanBurstPackets,
    DiurnalCongestion? Diurnal)
{
    public static readonly InternetPathSettings Default = new(null, SimTime.FromMilliseconds(1), 0.001, 2.0, null);

    /// <summary>
    /// Router buffers hold 100–250 ms at most; without a bound given, 100 ms, or five times the jitter when that is
    /// more, so that the mean stays well inside the bound.
    /// </summary>
    public static readonly SimTime DefaultMaxQueueingDelay = SimTime.FromMilliseconds(100);

    /// <summary>No packet waits longer than this in the path's queues (excluding a congestion cycle's extra delay).</summary>
    public SimTime? MaxQueueingDelay { get; init; }

    public SimTime QueueingDelayBound => MaxQueueingDelay
        ?? new SimTime(Math.Max(DefaultMaxQueueingDelay.Nanoseconds, 5 * MeanJitter.Nanoseconds));

    /// <summary>
    /// A fixed one-way delay added to the base-delay model (key base_delay), e.g. for a slow access network. None by
    /// default: the calibrated model already has a fixed part for access networks and peering at both ends.
    /// </summary>
    public SimTime BaseDelay { get; init; } = SimTime.Zero;
}

/// <summary>Extra delay and loss that peak at PeakAt within each Period; the run starts at StartAt in that cycle.</summary>
public sealed record DiurnalCongestion(SimTime ExtraDelay, double ExtraLossRate, SimTime PeakAt, SimTime StartAt, SimTime Period);
