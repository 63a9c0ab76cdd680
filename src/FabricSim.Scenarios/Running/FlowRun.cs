using FabricSim.Estimate;
using FabricSim.Estimate.Flows;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Reachability;

namespace FabricSim.Scenarios.Running;

/// <summary>
/// Evaluates one option with the flow-level model in place of a replication: the same description the packet builder
/// gets, and BGP's converged paths from the same route computation that decides reachability.
/// </summary>
internal static class FlowRun
{
    public static ReplicationRun Execute(Scenario scenario, DesignOption option)
    {
        var policy = new PolicyReachability(scenario.Sites, scenario.Clouds, option, scenario.Catalog.Products, scenario.Traffic);
        var estimate = FlowEstimator.Estimate(OptionDescription.Of(scenario, option), (from, to) => policy.VxcsOn(from, to) switch
        {
            null => FlowRoute.Direct,
            { Count: 0 } => FlowRoute.Unreachable,
            { } vxcs => new FlowRoute(vxcs),
        });
        return new ReplicationRun(new ReplicationOutcome(estimate.Measurements, estimate.OutageSeconds, ""), estimate.DemandFlows)
        {
            Caveats = estimate.Caveats,
        };
    }
}
