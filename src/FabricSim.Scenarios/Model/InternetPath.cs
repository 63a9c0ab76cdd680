using FabricSim.Engine.Time;

namespace FabricSim.Scenarios.Model;

/// <summary>
/// Public-Internet path parameters. Loss is Gilbert–Elliott: LossRate = p/(p+r), MeanBurstPackets = 1/r.
/// Defaults: route factor 2.1 (RTT ≈ 2.1 × line-of-sight fibre time, Bozkurt et al.), jitter 1 ms mean, loss 0.1% in bursts of 2,
/// and a fixed one-way BaseDelay of 4 ms for the access networks and peering at both ends: even to a server in the
/// same metro, the best US fixed ISP averaged 9 ms round trip in Ookla's Q2 speed-test report (potsandpansbyccg.com/tag/ookla/).
/// </summary>
public sealed record InternetPath(
    double RouteFactor,
    SimTime MeanJitter,
    double LossRate,
    double MeanBurstPackets,
    DiurnalCongestion? Diurnal)
{
    public static readonly SimTime DefaultBaseDelay = SimTime.FromMilliseconds(4);

    public static readonly InternetPath Default = new(2.1, SimTime.FromMilliseconds(1), 0.001, 2.0, null);

    /// <summary>One-way delay beside distance: access networks and peering at both ends.</summary>
    public SimTime BaseDelay { get; init; } = DefaultBaseDelay;
}

/// <summary>Extra delay and loss that peak at PeakAt within each Period; the run starts at StartAt in that cycle.</summary>
public sealed record DiurnalCongestion(SimTime ExtraDelay, double ExtraLossRate, SimTime PeakAt, SimTime StartAt, SimTime Period);
