using FabricSim.Engine.Time;
using FabricSim.Estimate.Flows;
using FabricSim.Network.Addressing;
using FabricSim.Network.Building;
using FabricSim.Scenarios.Descriptions;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Reachability;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Tests.Running;

namespace FabricSim.Scenarios.Tests.Reachability;

/// <summary>
/// The static route computation against the packet build's BGP speakers once converged: at every router, towards
/// every site and cloud, the equal-cost members it installs (VXCs, or for a cloud with several edges the region's
/// edges and then each edge's VXCs) are the same and in the same order, so a flow's hash picks the same path.
/// </summary>
public sealed class EqualCostMembersTests
{
    /// <summary>Sessions establish within a few round trips and updates follow at once; by then the tables are final.</summary>
    private static readonly SimTime Converged = SimTime.FromSeconds(3);

    public static TheoryData<string> Designs => new() { "dual-hub", "europe" };

    private static Scenario Load(string design) => design == "dual-hub"
        ? FlowValidationDesigns.GeneratedDualHub()
        : ScenarioLoader.LoadText(FlowValidationDesigns.EuropeEqualCost, "europe.yaml");

    [Theory]
    [MemberData(nameof(Designs))]
    public void Every_router_shares_each_prefix_over_the_members_the_packet_speaker_installs_in_its_order(string design)
    {
        var scenario = Load(design);
        var option = scenario.Options[0];
        var description = OptionDescription.Of(scenario, option);
        var built = description.Build(seed: 1);
        built.Run(Converged);
        var placement = new EcmpPlacement(description, new FlowIdentity(built.Fabric, "members", "", "", flow: null));
        var policy = new PolicyReachability(scenario.Sites, scenario.Clouds, option, scenario.Catalog.Products, scenario.Traffic, placement.RouterId);
        var endpoints = scenario.Sites.Select(s => s.Name).Concat(scenario.Clouds.Select(c => c.Name)).ToList();
        var speakers = built.Bgp!.Speakers.ToDictionary(s => s.Node.Name, StringComparer.Ordinal);
        var routers = option.Mcrs.Select(m => m.Name).Concat(option.Ports.Select(p => p.Site)).Concat(scenario.Clouds.Select(c => c.Name)).Distinct();
        int shared = 0;
        foreach (string router in routers)
        {
            var cloud = description.FindCloud(router);
            foreach (string endpoint in endpoints.Where(e => e != router))
            {
                var ties = policy.TiesTowards(router, endpoint);
                if (ties.Count == 0 || ties[0].IsLocal)
                {
                    continue;
                }
                var address = Ipv4Address.Parse(PolicyReachability.FirstHost(policy.AddressedPrefix(endpoint)!.Value).ToString());
                int maximumPaths = policy.MaximumPaths(router);
                if (cloud is { HasSeveralEdges: true })
                {
                    var edges = placement.Edges(cloud, ties, maximumPaths);
                    Assert.Equal(edges.Select(e => cloud.RegionLinkOf(e.Edge)), Installed(speakers[cloud.Name].ForwardingTable.Lookup(address)));
                    foreach (var (edge, members) in edges)
                    {
                        Assert.Equal(members.Select(m => m.Session!.Vxc), Installed(speakers[edge].ForwardingTable.Lookup(address)));
                    }
                    shared += edges.Count > 1 ? 1 : 0;
                    continue;
                }
                var expected = ties.Take(maximumPaths).Select(t => t.Session!.Vxc).ToList();
                Assert.Equal(expected, Installed(speakers[cloud?.EdgeName ?? router].ForwardingTable.Lookup(address)));
                shared += expected.Count > 1 ? 1 : 0;
            }
        }
        Assert.True(shared >= 4, $"the design shares only {shared} router-prefix pairs over equal paths");
    }

    private static IEnumerable<string> Installed(L3Adjacency? adjacency) => adjacency switch
    {
        MultipathAdjacency multipath => multipath.Members.Select(m => m.Name),
        null => [],
        _ => [adjacency.Name],
    };
}
