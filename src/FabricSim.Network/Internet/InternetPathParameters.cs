using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Network.Geography;

namespace FabricSim.Network.Internet;

/// <summary>
/// The impairments of one direction of an Internet path, with documented defaults. Delay is the calibrated
/// <see cref="InternetRouteModel"/> (or, when <see cref="RouteFactor"/> is given, the great circle inflated by that one
/// factor) plus <see cref="ExtraDelay"/>, then the queueing delay of <see cref="Jitter"/>; losses follow a
/// Gilbert–Elliott chain of the given rate and mean burst.
/// </summary>
public sealed record InternetPathParameters
{
    /// <summary>A single route factor for every distance instead of the calibrated model; null for the model.</summary>
    public double? RouteFactor { get; init; }

    /// <summary>Base delay from distance and ocean crossing, used unless <see cref="RouteFactor"/> is given.</summary>
    public InternetRouteModel Route { get; init; } = InternetRouteModel.Calibrated;

    /// <summary>Fixed delay on top of propagation (last-mile, router processing).</summary>
    public SimTime ExtraDelay { get; init; } = SimTime.Zero;

    /// <summary>
    /// Queueing delay added on top of the base delay; null for none. Its mean is the scenario's <c>jitter</c> (the mean
    /// one-way queueing delay, not a percentile nor a packet-to-packet variation), its bound the deepest buffer.
    /// </summary>
    public IJitterDistribution? Jitter { get; init; }

    /// <summary>Long-run fraction of packets lost (0 for a loss-free path).</summary>
    public double LossRate { get; init; }

    /// <summary>Mean number of consecutive packets lost in a burst; 1 means independent (Bernoulli) losses.</summary>
    public double MeanLossBurstPackets { get; init; } = 1.0;

    /// <summary>1 − h: loss probability in the Bad state of the Gilbert–Elliott chain.</summary>
    public double LossInBadState { get; init; } = 1.0;

    /// <summary>A recurring busy period that adds delay and loss; null for a flat day.</summary>
    public CongestionCycle? Congestion { get; init; }

    /// <summary>One-way base delay between two places, plus <see cref="ExtraDelay"/>.</summary>
    public SimTime BaseDelay(GeoLocation from, GeoLocation to) =>
        (RouteFactor is { } factor ? GreatCircle.FibreDelay(from, to, factor) : Route.OneWay(from, to)) + ExtraDelay;

    /// <summary>The loss model these parameters describe, drawing from <paramref name="random"/>; null when loss-free.</summary>
    internal ILossModel? CreateLossModel(RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (LossRate <= 0 && (Congestion is null || Congestion.ExtraLossRate <= 0))
        {
            return null;
        }
        return MeanLossBurstPackets <= 1.0 && LossInBadState >= 1.0
            ? new BernoulliLoss(LossRate, random)
            : GilbertElliottLoss.FromLossRateAndBurst(LossRate, MeanLossBurstPackets, random, LossInBadState);
    }
}
