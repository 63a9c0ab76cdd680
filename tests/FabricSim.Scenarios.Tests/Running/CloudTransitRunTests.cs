using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Two MCRs (MEL1, SYD1) joined by a VXC, each with a private VXC to Google australia-southeast1, carry a Melbourne
/// to Sydney data-centre flow; the MCR-to-MCR VXC fails at 4 s for longer than the run. A cloud does not carry
/// traffic between a customer's connections unless its product for that is enabled (here NCC site-to-site).
/// </summary>
public sealed class CloudTransitRunTests
{
    internal const string Scenario = """
        name: cloud-transit
        run: {duration: 12s, warmup: 1s, seed: 5, replications: 1}
        sites:
          - {name: mel-dc, pop: MEL1, prefixes: [172.16.0.0/16]}
          - {name: syd-dc, pop: SYD1, prefixes: [172.17.0.0/16]}
        clouds:
          - {name: gcp, provider: google, region: australia-southeast1, prefixes: [10.30.0.0/16]TRANSIT}
        options:
          - name: two-mcr
            ports:
              - {name: mel-port, site: mel-dc, speed: 10Gbps}
              - {name: syd-port, site: syd-dc, speed: 10Gbps}
            mcrs:
              - {name: mcr-a, pop: MEL1, rate: 1Gbps, asn: 65100, bfd: {interval: 300ms, multiplier: 3}}
              - {name: mcr-b, pop: SYD1, rate: 1Gbps, asn: 65200, bfd: {interval: 300ms, multiplier: 3}}
            vxcs:
              - {name: mel-a, a: mel-port, b: mcr-a, rate: 500Mbps, bgp: {peer_asn: 65010, peer_type: non_cloud, bfd: true}}
              - {name: syd-b, a: syd-port, b: mcr-b, rate: 500Mbps, bgp: {peer_asn: 65020, peer_type: non_cloud, bfd: true}}
              - {name: a-b, a: mcr-a, b: mcr-b, rate: 500Mbps, bgp: {peer_asn: 65200, peer_type: non_cloud, bfd: true}}
              - {name: a-gcp, a: mcr-a, b: gcp, rate: 500Mbps, cloud: {type: google_partner}, bgp: {peer_asn: 16550, peer_type: private_cloud, bfd: true}}
              - {name: b-gcp, a: mcr-b, b: gcp, rate: 500Mbps, cloud: {type: google_partner}, bgp: {peer_asn: 16550, peer_type: private_cloud, bfd: true}}
        traffic:
          - {name: dc-to-dc, from: mel-dc, to: syd-dc, type: cbr, rate: 80kbps, packet_size: 200B}
        failures:
          - {element: a-b, at: 4s, for: 60s}
        """;

    private static double Outage(string transit)
    {
        var scenario = ScenarioLoader.LoadText(Scenario.Replace("TRANSIT", transit, StringComparison.Ordinal), "cloud-transit.yaml", Catalog.Default);
        var result = Simulation.Run(scenario, new RunOptions(Replications: 1, Jobs: 1));
        return result.Options.Single().Flows.Single(f => f.Flow == "dc-to-dc").OutageSeconds.Mean;
    }

    [Fact]
    public void Google_edge_does_not_carry_traffic_between_two_connections()
    {
        // Before: Google's edge re-advertised one MCR's routes to the other, so the flow lost only 0.72 s.
        double outage = Outage("");
        // Out from the failure to the end of the run (8 s), give or take one 20 ms spacing of the flow.
        Assert.InRange(outage, 8.0 - 0.02, 8.0 + 0.02);
    }

    [Fact]
    public void With_ncc_site_to_site_the_flow_fails_over_through_google_in_a_bfd_detection_time()
    {
        double outage = Outage(", transit: ncc_site_to_site");
        // BFD detects in 0.6–0.9 s (300 ms × 3); the path through Google is already known; one spacing either side.
        Assert.InRange(outage, 0.6 - 0.02, 0.9 + 0.02);
    }

    /// <summary>The two MCRs joined only through Google: the design needs the cloud to transit.</summary>
    private static string ThroughGoogleOnly(string transit) => Scenario
        .Replace("TRANSIT", transit, StringComparison.Ordinal)
        .Replace("      - {name: a-b, a: mcr-a, b: mcr-b, rate: 500Mbps, bgp: {peer_asn: 65200, peer_type: non_cloud, bfd: true}}\n", "", StringComparison.Ordinal)
        .Replace("failures:\n  - {element: a-b, at: 4s, for: 60s}", "", StringComparison.Ordinal);

    [Fact]
    public void Validate_refuses_a_design_whose_only_path_between_two_sites_crosses_a_cloud_that_does_not_transit()
    {
        string text = ThroughGoogleOnly("");
        Assert.DoesNotContain("a-b", text, StringComparison.Ordinal);
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "cloud-transit.yaml", Catalog.Default));
        var atFlow = Assert.Single(invalid.Errors, e => e.Message.StartsWith("flow 'dc-to-dc'", StringComparison.Ordinal));
        Assert.Contains("cloud 'gcp' does not carry traffic between connections", atFlow.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_ncc_site_to_site_the_design_through_google_validates_and_carries_the_flow()
    {
        var scenario = ScenarioLoader.LoadText(ThroughGoogleOnly(", transit: ncc_site_to_site"), "cloud-transit.yaml", Catalog.Default);
        var flow = Simulation.Run(scenario, new RunOptions(Replications: 1, Jobs: 1)).Options.Single().Flows.Single(f => f.Flow == "dc-to-dc");
        Assert.False(flow.Unreachable);
        Assert.Equal(0, flow.LossRatio.Mean);
        Assert.True(flow.PacketsReceived > 0);
    }

    [Fact]
    public void A_transit_product_the_cloud_does_not_offer_is_an_error_with_the_right_one()
    {
        var invalid = Assert.Throws<ScenarioValidationException>(() =>
            ScenarioLoader.LoadText(Scenario.Replace("TRANSIT", ", transit: sitelink", StringComparison.Ordinal), "cloud-transit.yaml", Catalog.Default));
        var error = Assert.Single(invalid.Errors);
        Assert.Contains("google does not offer sitelink", error.Message, StringComparison.Ordinal);
        Assert.Contains("transit: ncc_site_to_site", error.Fix, StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }
}
