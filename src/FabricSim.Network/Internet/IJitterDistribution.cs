using FabricSim.Engine.Random;

namespace FabricSim.Network.Internet;

/// <summary>The random delay a packet picks up on top of propagation (queueing in routers we do not model one by one).</summary>
public interface IJitterDistribution
{
    /// <summary>The distribution's mean, in nanoseconds.</summary>
    double MeanNanoseconds { get; }

    /// <summary>A non-negative sample in nanoseconds.</summary>
    double NextNanoseconds(RandomStream random);
}
