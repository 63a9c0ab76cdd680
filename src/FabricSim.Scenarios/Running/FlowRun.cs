using FabricSim.Estimate;
using FabricSim.Estimate.Flows;
using FabricSim.Scenarios.Descriptions;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Reachability;

namespace FabricSim.Scenarios.Running;

/// <summary>
/// Evaluates one option with the flow-level model in place of a replication: the same description the packet builder
/// gets, and BGP's converged paths from the same route computation that decides reachability, with router ids and
/// each flow's equal-cost member as the packet build has them (<see cref="EcmpPlacement"/>).
/// </summary>
internal static class FlowRun
{
    /// <param name="jobs">Threads the estimate may use for its paths; 0 for every core. The answer is the same for any.</param>
    public static ReplicationRun Execute(Scenario scenario, DesignOption option, int jobs = 0)
    {
        var description = OptionDescription.Of(scenario, option);
        PolicyReachability? policy = null;
        var estimate = FlowEstimator.Estimate(description, flow =>
        {
            var placement = new EcmpPlacement(description, flow);
            // Router ids are node ids of the fabric the estimate lays out, which only the flows carry: the first one fixes them.
            policy ??= new PolicyReachability(scenario.Sites, scenario.Clouds, option, scenario.Catalog.Products, scenario.Traffic, placement.RouterId);
            return policy.VxcsOn(flow.From, flow.To, placement.Choose) switch
            {
                null => FlowRoute.Direct,
                { Count: 0 } => FlowRoute.Unreachable,
                { } vxcs => new FlowRoute(vxcs),
            };
        }, jobs);
        return new ReplicationRun(new ReplicationOutcome(estimate.Measurements, estimate.OutageSeconds, ""), estimate.DemandFlows)
        {
            Caveats = estimate.Caveats,
        };
    }
}
