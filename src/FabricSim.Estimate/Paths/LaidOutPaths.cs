using FabricSim.Network.Access;
using FabricSim.Network.Building;
using FabricSim.Network.Built;

namespace FabricSim.Estimate.Paths;

/// <summary>
/// A description's data plane laid out as the packet engine builds it, without its demands or failures, for checks
/// made before anything runs: the elements a routed path crosses (<see cref="PathTracer"/>) and the MCRs' limits.
/// </summary>
internal sealed class LaidOutPaths
{
    private readonly Fabric _fabric;

    private LaidOutPaths(FabricDescription description)
    {
        _fabric = FabricAssembler.Layout(description with { Demands = [], Failures = [] }).Fabric;
        Tracer = new PathTracer(description, _fabric);
    }

    public PathTracer Tracer { get; }

    public static LaidOutPaths Of(FabricDescription description) => new(description ?? throw new ArgumentNullException(nameof(description)));

    /// <summary>The depth of the token bucket that polices what MCR <paramref name="mcr"/> routes.</summary>
    public long McrBurstBytes(string mcr) => ((CloudRouter)_fabric.Node(mcr)).Limiter.Bucket.BurstBytes;
}
