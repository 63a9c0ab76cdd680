using FabricSim.Network.Units;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;
using Xunit;

namespace FabricSim.Scenarios.Tests.Running;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>The topology record of the bundled hub-versus-mesh scenario, read from the design and made-up link rows.</summary>
public class TopologyBuilderTests
{
    private static readonly Scenario HubVsMesh = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "hub-vs-mesh.yaml"));

    private static LinkSummary Row(string option, string link, string from, string to, double capacity, double utilization) =>
        new(option, link, from, to, capacity, new Estimate(utilization, 0.01, 0.95, 3), new Estimate(0, 0, 0.95, 3), new Estimate(0, 0, 0.95, 3), 10, 0);

    [Fact]
    public void The_hub_has_every_site_its_pops_one_mcr_and_a_vxc_per_spoke_all_marked_failed_with_the_hub()
    {
        var hub = HubVsMesh.FindOption("hub");
        var topology = TopologyBuilder.Build(HubVsMesh, hub, []);
        Assert.Equal(6, topology.Nodes.Count(n => n.Kind == TopologyNodeKind.Site));
        var mcr = Assert.Single(topology.Nodes, n => n.Kind == TopologyNodeKind.Mcr);
        Assert.True(mcr.Failed); // The scenario takes mcr-syd down at 8 s in the hub option.
        Assert.Equal(HubVsMesh.FindPop("SYD1").Location, mcr.Location);
        var vxcs = topology.Edges.Where(e => e.Kind == TopologyEdgeKind.Vxc).ToList();
        Assert.Equal(6, vxcs.Count);
        Assert.All(vxcs, vxc => Assert.True(vxc.Failed));
        Assert.All(vxcs, vxc => Assert.Equal(DataRate.Parse("500Mbps").BitsPerSecond, vxc.RateBitsPerSecond));
        // A VXC from a Port is drawn from that Port's PoP.
        Assert.All(vxcs, vxc => Assert.Contains(topology.Nodes, n => n.Name == vxc.From && n.Kind == TopologyNodeKind.Pop));
        Assert.Equal(6, topology.Edges.Count(e => e.Kind == TopologyEdgeKind.Port && !e.Failed));
    }

    [Fact]
    public void The_mesh_has_fifteen_working_vxcs_and_no_mcr()
    {
        var topology = TopologyBuilder.Build(HubVsMesh, HubVsMesh.FindOption("mesh"), []);
        Assert.Equal(15, topology.Edges.Count(e => e.Kind == TopologyEdgeKind.Vxc && !e.Failed));
        Assert.DoesNotContain(topology.Nodes, n => n.Kind == TopologyNodeKind.Mcr || n.Failed);
    }

    [Fact]
    public void An_edge_takes_the_busier_direction_of_its_link_rows_and_backbone_links_come_from_the_rows()
    {
        var hub = HubVsMesh.FindOption("hub");
        string vxc = hub.Vxcs[0].Name;
        var rows = new[]
        {
            Row("hub", vxc, "a", "b", 500e6, 0.2),
            Row("hub", vxc, "b", "a", 500e6, 0.7),
            Row("hub", "SYD1-MEL1", "SYD1", "MEL1", 100e9, 0.01),
            Row("hub", "SYD1-MEL1", "MEL1", "SYD1", 100e9, 0.02),
        };
        var topology = TopologyBuilder.Build(HubVsMesh, hub, rows);
        Assert.Equal(0.7, topology.Edges.Single(e => e.Name == vxc).MeanUtilization);
        var backbone = Assert.Single(topology.Edges, e => e.Kind == TopologyEdgeKind.Backbone);
        Assert.Equal(("SYD1", "MEL1", 100e9, 0.02), (backbone.From, backbone.To, backbone.RateBitsPerSecond, backbone.MeanUtilization));
        Assert.Null(topology.Edges.Single(e => e.Name == hub.Vxcs[1].Name).MeanUtilization);
    }

    [Fact]
    public void The_same_option_gives_an_equal_topology()
    {
        var hub = HubVsMesh.FindOption("hub");
        var first = TopologyBuilder.Build(HubVsMesh, hub, []);
        var second = TopologyBuilder.Build(HubVsMesh, hub, []);
        Assert.Equal(first.Nodes, second.Nodes);
        Assert.Equal(first.Edges, second.Edges);
    }
}
