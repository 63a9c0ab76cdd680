using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.Tests.Resilience;

/// <summary>
/// ExpressRoute and Google Partner Interconnect topologies in Frankfurt and Amsterdam: which edges the study fails,
/// which sets cut the flow, and the SLA each topology gets. ExpressRoute: 99.95 % per circuit with BGP on both MSEEs,
/// none with one (catalog sla.azure.*). Google (cloud.google.com/network-connectivity/docs/interconnect/sla and the
/// 99.9 % / 99.99 % topology tutorials): 99.9 % needs two attachments in one metro in different edge availability
/// domains; 99.99 % needs that in each of two metros; one domain only has no SLA.
/// </summary>
public sealed class CloudTopologySlaTests
{
    private const string Frankfurt = """
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
        sites:
          - {name: dc, pop: FRA1, prefixes: [192.168.0.0/16]}

        """;

    private const string ExpressRoute = "name: er\n" + Frankfurt + """
        clouds:
          - {name: azure, provider: azure, region: germanywestcentral, prefixes: [10.30.0.0/16]}
        options:
          - name: one-link
            ports: [{name: p1, site: dc, speed: 10Gbps}]
            vxcs:
              - {name: er-1, a: p1, b: azure, rate: 500Mbps, cloud: {type: azure_expressroute, port_speed: 1Gbps}, bgp: {peer_type: private_cloud}}
          - name: both-links
            ports: [{name: p1, site: dc, speed: 10Gbps}, {name: p2, site: dc, speed: 10Gbps}]
            vxcs:
              - {name: er-1, a: p1, b: azure, rate: 500Mbps, cloud: {type: azure_expressroute, port_speed: 1Gbps}, bgp: {peer_type: private_cloud}}
              - {name: er-2, a: p2, b: azure, rate: 500Mbps, cloud: {type: azure_expressroute, port_speed: 1Gbps, link: secondary}, bgp: {peer_type: private_cloud}}
        traffic:
          - {name: a, from: dc, to: azure, type: cbr, rate: 100Mbps, packet_size: 1000B}
        """;

    private const string Google = "name: gcp\n" + Frankfurt + """
        clouds:
          - {name: gcp, provider: google, region: europe-west3, prefixes: [10.20.0.0/16]}
        options:
          - name: one-domain
            ports: [{name: p1, site: dc, speed: 10Gbps}, {name: p2, site: dc, speed: 10Gbps}]
            vxcs:
              - {name: a1, a: p1, b: gcp, rate: 500Mbps, cloud: {type: google_partner}, bgp: {peer_type: private_cloud}}
              - {name: a2, a: p2, b: gcp, rate: 500Mbps, cloud: {type: google_partner}, bgp: {peer_type: private_cloud}}
          - name: two-domains
            ports: [{name: p1, site: dc, speed: 10Gbps}, {name: p2, site: dc, speed: 10Gbps}]
            vxcs:
              - {name: a1, a: p1, b: gcp, rate: 500Mbps, cloud: {type: google_partner}, bgp: {peer_type: private_cloud}}
              - {name: a2, a: p2, b: gcp, rate: 500Mbps, cloud: {type: google_partner, availability_domain: 2}, bgp: {peer_type: private_cloud}}
          - name: two-metros
            ports: [{name: p1, site: dc, speed: 10Gbps}, {name: p2, site: dc, speed: 10Gbps}]
            vxcs:
              - {name: a1, a: p1, b: gcp, rate: 500Mbps, cloud: {type: google_partner}, bgp: {peer_type: private_cloud}}
              - {name: a2, a: p2, b: gcp, rate: 500Mbps, cloud: {type: google_partner, availability_domain: 2}, bgp: {peer_type: private_cloud}}
              - {name: a3, a: p1, b: gcp, rate: 500Mbps, cloud: {type: google_partner, location: AMS1}, bgp: {peer_type: private_cloud}}
              - {name: a4, a: p2, b: gcp, rate: 500Mbps, cloud: {type: google_partner, location: AMS1, availability_domain: 2}, bgp: {peer_type: private_cloud}}
        traffic:
          - {name: a, from: dc, to: gcp, type: cbr, rate: 100Mbps, packet_size: 1000B}
        """;

    private static OptionResilience Option(string text, string name) =>
        Assert.Single(ResilienceStudy.Run(ScenarioLoader.LoadText(text, "t.yaml")).Options, o => o.Option == name);

    private static FailureSetOutcome Set(OptionResilience option, params string[] elements) =>
        Assert.Single(option.Sets, s => s.Elements.Count == elements.Length && elements.All(s.Elements.Contains));

    private static ProviderSla CloudSla(OptionResilience option, string cloud) => Assert.Single(option.Slas, s => s.Cloud == cloud);

    [Fact]
    public void ExpressRoute_primary_and_secondary_land_on_two_MSEEs_and_either_one_failing_leaves_the_circuit_up()
    {
        var option = Option(ExpressRoute, "both-links");
        Assert.Equal(0, Set(option, "azure-edge").FlowsLost);
        Assert.Equal(0, Set(option, "azure-edge-secondary").FlowsLost);
        var sla = CloudSla(option, "azure");
        Assert.Equal(99.95, sla.MonthlyUptimePercent);
        Assert.Equal("ExpressRoute circuit, primary and secondary", sla.Topology);
    }

    [Fact]
    public void Both_MSEEs_sit_in_one_peering_location_whose_shared_risk_takes_down_both_links()
    {
        var pair = Set(Option(ExpressRoute, "both-links"), "azure-edge", "azure-edge-secondary");
        Assert.Contains("same PoP FRA1", pair.Reason, StringComparison.Ordinal);
        Assert.Equal(1, pair.FlowsLost);
        Assert.Equal(1, Set(Option(ExpressRoute, "both-links"), "FRA1").FlowsLost);
    }

    [Fact]
    public void ExpressRoute_with_one_link_is_cut_by_its_MSEE_and_has_no_SLA()
    {
        var option = Option(ExpressRoute, "one-link");
        Assert.Equal(1, Set(option, "azure-edge").FlowsLost);
        Assert.DoesNotContain(option.Sets, s => s.Elements.Contains("azure-edge-secondary"));
        Assert.Null(CloudSla(option, "azure").MonthlyUptimePercent);
    }

    [Fact]
    public void Two_attachments_in_one_edge_availability_domain_share_its_edge_and_have_no_SLA()
    {
        var option = Option(Google, "one-domain");
        Assert.Equal(1, Set(option, "gcp-edge").FlowsLost);
        Assert.Null(CloudSla(option, "gcp").MonthlyUptimePercent);
    }

    [Fact]
    public void Two_attachments_in_both_domains_of_one_metro_get_three_nines_and_survive_either_domain()
    {
        var option = Option(Google, "two-domains");
        Assert.Equal(0, Set(option, "gcp-edge").FlowsLost);
        Assert.Equal(0, Set(option, "gcp-edge-zone2").FlowsLost);
        Assert.Equal(1, Set(option, "FRA1").FlowsLost);
        Assert.Equal(99.9, CloudSla(option, "gcp").MonthlyUptimePercent);
    }

    [Fact]
    public void Both_domains_in_each_of_two_metros_get_four_nines_and_survive_losing_a_metro()
    {
        var option = Option(Google, "two-metros");
        Assert.Equal(0, Set(option, "gcp-edge", "gcp-edge-zone2").FlowsLost);
        Assert.Equal(0, Set(option, "AMS1").FlowsLost);
        var sla = CloudSla(option, "gcp");
        Assert.Equal(99.99, sla.MonthlyUptimePercent);
        Assert.Equal("Interconnect: 4 attachment(s) in 2 metro(s), 2 with both edge availability domains", sla.Topology);
    }
}
