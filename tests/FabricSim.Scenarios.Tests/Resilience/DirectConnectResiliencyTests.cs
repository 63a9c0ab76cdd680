using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.Tests.Resilience;

/// <summary>
/// AWS Direct Connect's resiliency models (aws.amazon.com/directconnect/resiliency-recommendation/) on the bundled
/// Ashburn scenario: which failure sets cut the flow in each, the SLA each gets (catalog sla.aws.dx.*, the SLA
/// version of 3 January 2019: 99.99 % multi-site redundant, 99.9 % multi-site non-redundant, none for one location or
/// for hosted connections), and availability against the series-parallel closed form.
/// </summary>
public sealed class DirectConnectResiliencyTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, "dx-resiliency.yaml"));

    private static readonly Lazy<ResilienceResult> Study = new(() => ResilienceStudy.Run(ScenarioLoader.LoadText(Text, "dx-resiliency.yaml")));

    private static OptionResilience Option(string name) => Assert.Single(Study.Value.Options, o => o.Option == name);

    /// <summary>The enumerated sets that leave the orders flow without a path and contain no smaller set that does.</summary>
    private static List<string> MinimalCuts(OptionResilience option)
    {
        var cuts = option.Sets.Where(s => s.Flows.Single(f => f.Flow == "orders").Lost).ToList();
        var singles = cuts.Where(s => s.Elements.Count == 1).Select(s => s.Elements[0]).ToHashSet(StringComparer.Ordinal);
        return cuts.Where(s => s.Elements.Count == 1 || !s.Elements.Any(singles.Contains)).Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
    }

    private static ProviderSla AwsSla(OptionResilience option) => Assert.Single(option.Slas, s => s.Cloud == "aws-use1" && s.Topology.StartsWith("Direct Connect", StringComparison.Ordinal));

    [Fact]
    public void Each_connection_lands_on_the_edge_of_its_DX_location_at_that_PoP()
    {
        var scenario = ScenarioLoader.LoadText(Text, "dx-resiliency.yaml");
        var edges = ResilienceStudy.Elements(scenario, scenario.Options.Single(o => o.Name == "maximum"))
            .Where(e => e.Kind == FailureElementKind.CloudEdge).ToList();
        Assert.Equal([("aws-use1-edge", "IAD1"), ("aws-use1-edge-IAD2", "IAD2")], edges.Select(e => (e.Name, e.Pop!)));
        Assert.Equal(["dx-1", "dx-1b"], edges[0].Takes.Order(StringComparer.Ordinal));
        Assert.All(edges, e => Assert.Equal("Ashburn", e.Metro));
    }

    [Fact]
    public void Single_location_is_cut_by_any_one_of_its_four_elements_and_has_no_SLA()
    {
        var option = Option("single");
        Assert.Equal(["IAD1", "aws-use1-edge", "dx-1", "port-1"], MinimalCuts(option));
        var sla = AwsSla(option);
        Assert.Null(sla.MonthlyUptimePercent);
        Assert.Equal("Direct Connect single resiliency: 1 connection(s) in 1 location(s)", sla.Topology);
    }

    [Fact]
    public void High_resiliency_survives_every_single_failure_and_is_cut_by_one_failure_in_each_location()
    {
        var option = Option("high");
        string[] first = ["IAD1", "aws-use1-edge", "dx-1", "port-1"];
        string[] second = ["IAD2", "aws-use1-edge-IAD2", "dx-2", "port-2"];
        var expected = first.SelectMany(a => second.Select(b => Order(option, a, b))).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, MinimalCuts(option));
        Assert.Equal(99.9, AwsSla(option).MonthlyUptimePercent);
        Assert.Equal("Direct Connect high resiliency: 2 connection(s) in 2 location(s)", AwsSla(option).Topology);
    }

    [Fact]
    public void Maximum_resiliency_is_cut_by_no_pair_of_connections_only_by_losing_both_locations()
    {
        var option = Option("maximum");
        (string, string)[] locations = [("IAD1", "IAD2"), ("IAD1", "aws-use1-edge-IAD2"), ("aws-use1-edge", "IAD2"), ("aws-use1-edge", "aws-use1-edge-IAD2")];
        Assert.Equal(locations.Select(p => Order(option, p.Item1, p.Item2)).Order(StringComparer.Ordinal), MinimalCuts(option));
        Assert.Equal(99.99, AwsSla(option).MonthlyUptimePercent);
        Assert.Equal("Direct Connect maximum resiliency: 4 connection(s) in 2 location(s)", AwsSla(option).Topology);
        // Two ports in opposite zones of one PoP are no shared risk of a zone, and either keeps the location up.
        var pair = Assert.Single(option.Sets, s => s.Name == "port-1 + port-1b");
        Assert.DoesNotContain("diversity zone", pair.Reason, StringComparison.Ordinal);
        Assert.Equal(0, pair.FlowsLost);
    }

    [Fact]
    public void Hosted_connections_in_the_maximum_topology_get_no_SLA_and_say_why()
    {
        string hosted = Text.Replace("type: aws_dedicated, port_speed: 1Gbps", "type: aws_hosted", StringComparison.Ordinal);
        var option = Assert.Single(ResilienceStudy.Run(ScenarioLoader.LoadText(hosted, "hosted.yaml")).Options, o => o.Option == "maximum");
        var sla = AwsSla(option);
        Assert.Null(sla.MonthlyUptimePercent);
        Assert.Contains("maximum resiliency", sla.Topology, StringComparison.Ordinal);
        Assert.Contains("hosted connections are not covered", sla.Topology, StringComparison.Ordinal);
    }

    [Fact]
    public void Availability_ranks_maximum_over_high_over_single_and_the_VPN_backup_over_single()
    {
        double Lower(string name) => Option(name).Availability.Single(a => a.Flow == "orders") is var a ? a.Availability - a.LeftOut : double.NaN;
        Assert.True(Lower("maximum") > Lower("high"), $"maximum {Lower("maximum")} vs high {Lower("high")}");
        Assert.True(Lower("high") > Lower("single"));
        Assert.True(Lower("single-vpn") > Lower("single"));
        Assert.True(Lower("single") < 0.9999, "one location misses four nines");
        Assert.True(Lower("maximum") >= 0.9999);
    }

    [Fact]
    public void High_resiliency_availability_brackets_the_closed_form_of_two_independent_series_branches()
    {
        // Each location is a series of port, connection, edge and PoP: U_b = 1 - (1 - u)^3 (1 - u_pop); both must fail: U = U_b^2.
        var products = ScenarioLoader.LoadText(Text, "dx-resiliency.yaml").Catalog.Products;
        double Down(string kind) =>
            products.Duration(kind + ".mttr").Nanoseconds / (double)(products.Duration(kind + ".mtbf").Nanoseconds + products.Duration(kind + ".mttr").Nanoseconds);
        double branch = 1 - (1 - Down("reliability.port")) * (1 - Down("reliability.vxc")) * (1 - Down("reliability.cloud_edge")) * (1 - Down("reliability.pop"));
        double exact = branch * branch;
        var flow = Option("high").Availability.Single(a => a.Flow == "orders");
        Assert.InRange(exact, flow.Unavailability, flow.Unavailability + flow.LeftOut);
        Assert.True(flow.LeftOut < exact / 10, $"left out {flow.LeftOut} against {exact}");
    }

    private static string Order(OptionResilience option, string a, string b) =>
        option.Sets.Single(s => s.Elements.Count == 2 && s.Elements.Contains(a) && s.Elements.Contains(b)).Name;
}
