using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Model;

namespace FabricSim.Scenarios.Generation;

/// <summary>What <c>fabricsim generate</c> is asked for.</summary>
/// <param name="Load">Utilisation of the busiest element (port, VXC, MCR or cloud connection) at the generated demand.</param>
/// <param name="CloudShare">Fraction of each site's traffic that goes to the clouds (the rest goes to other sites).</param>
/// <param name="Destinations">Other sites each site sends to: its strongest gravity partners.</param>
public sealed record GeneratorSettings(
    int Sites,
    IReadOnlyList<CloudProvider> Clouds,
    GeneratedTopology Topology,
    DataRate PortSpeed,
    double Load,
    ulong Seed)
{
    public SimTime Duration { get; init; } = SimTime.FromSeconds(60);

    public int Replications { get; init; } = 3;

    public double CloudShare { get; init; } = 0.5;

    public int Destinations { get; init; } = 4;

    /// <summary>Pareto on/off sources (bursty) instead of Poisson.</summary>
    public bool Bursty { get; init; }

    /// <summary>What is wrong with these settings, or nothing.</summary>
    public IEnumerable<string> Problems()
    {
        if (Sites < 2)
        {
            yield return "--sites must be at least 2";
        }
        if (Sites > 4000)
        {
            yield return "--sites must be at most 4000 (site prefixes are /24s in 172.16.0.0/12)";
        }
        if (!(Load > 0 && Load <= 1))
        {
            yield return "--load must be in (0, 1]: the utilisation of the busiest element";
        }
        if (!(CloudShare >= 0 && CloudShare <= 1))
        {
            yield return "--cloud-share must be in [0, 1]";
        }
        if (CloudShare > 0 && Clouds.Count == 0)
        {
            yield return "--cloud-share needs at least one cloud in --clouds";
        }
        if (Destinations < 1)
        {
            yield return "--destinations must be at least 1";
        }
        if (Topology == GeneratedTopology.Mesh && Clouds.Contains(CloudProvider.Azure))
        {
            yield return "a mesh gives every site its own cloud connection, and an ExpressRoute circuit takes two; use --topology hub, dual-hub or regional-hubs with azure";
        }
        if (Replications < 1)
        {
            yield return "--replications must be at least 1";
        }
        if (Duration <= SimTime.Zero)
        {
            yield return "--duration must be positive";
        }
    }
}
