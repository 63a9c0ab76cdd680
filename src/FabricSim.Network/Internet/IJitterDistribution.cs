using FabricSim.Engine.Random;

namespace FabricSim.Network.Internet;

/// <summary>
/// The queueing delay a packet picks up on top of propagation (in routers we do not model one by one). Bounded,
/// because real router buffers are: no packet waits longer than <see cref="UpperBoundNanoseconds"/>.
/// </summary>
public interface IJitterDistribution
{
    /// <summary>The distribution's mean, in nanoseconds: what a scenario's <c>jitter</c> sets.</summary>
    double MeanNanoseconds { get; }

    /// <summary>No sample exceeds this (the deepest buffer on the path), in nanoseconds.</summary>
    double UpperBoundNanoseconds { get; }

    /// <summary>A sample in [0, <see cref="UpperBoundNanoseconds"/>], in nanoseconds.</summary>
    double NextNanoseconds(RandomStream random);
}
