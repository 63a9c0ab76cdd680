namespace FabricSim.Estimate.Flows;

/// <summary>
/// How the converged control plane carries traffic from one end to another: over <see cref="Vxcs"/> in order, or
/// straight over the data plane's shortest path when no routed layer decides (<see cref="Vxcs"/> null), or not at all.
/// </summary>
internal sealed record FlowRoute(IReadOnlyList<string>? Vxcs, bool Reachable = true)
{
    public static readonly FlowRoute Direct = new(Vxcs: null);
    public static readonly FlowRoute Unreachable = new(null, false);
}
