using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Redundant connections to one cloud land on diverse edges, each its own router at its own PoP, so a failure of one
/// edge or of its PoP leaves the others: two Direct Connect locations, an ExpressRoute circuit's two MSEE devices,
/// Google's two edge availability domains in each of two metros. An MCR with BFD at 300 ms × 3 (what the clouds run
/// too, AWS and Azure) detects a dead path 3 intervals after the last BFD packet, which left at a random phase within
/// the previous (jittered) interval: the outage lies in (0.6, 0.9] s, plus the new path's few milliseconds and one
/// 1 ms packet spacing.
/// </summary>
public sealed class CloudEdgesRunTests
{
    private const double BfdDetectionLow = 0.6;
    private const double BfdDetectionHigh = 0.9;

    /// <summary>The new path's delay (under 10 ms within Australia) and a packet spacing: the slack above detection.</summary>
    private const double Slack = 0.02;

    private static readonly string TwoDirectConnectLocations = """
        name: two-dx
        run: {duration: 6s, warmup: 1s, seed: SEED, replications: 1}
        sites:
          - {name: dc, pop: MEL1, prefixes: [172.16.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16], maximum_paths: 1}
        options:
          - name: two-dx
            ports: [{name: dc-port, site: dc, speed: 10Gbps}]
            mcrs: [{name: mcr, pop: MEL1, rate: 1Gbps, bfd: {interval: 300ms, multiplier: 3}}]
            vxcs:
              - {name: dc-mcr, a: dc-port, b: mcr, rate: 500Mbps}
              - {name: dx-syd1, a: mcr, b: aws, rate: 200Mbps, cloud: {type: aws_hosted, location: SYD1}}
              - {name: dx-syd2, a: mcr, b: aws, rate: 200Mbps, cloud: {type: aws_hosted, location: SYD2}}
        """ + UpAndDownWithOneFailure("aws");

    /// <summary>A flow each way between the site and <paramref name="cloud"/>, 1000 packets a second, and the element that fails at 3 s.</summary>
    private static string UpAndDownWithOneFailure(string cloud) => $$"""

        traffic:
          - {name: up, from: dc, to: {{cloud}}, type: cbr, rate: 8Mbps, packet_size: 1000B}
          - {name: down, from: {{cloud}}, to: dc, type: cbr, rate: 8Mbps, packet_size: 1000B}
        failures:
          - {element: FAILED, at: 3s, for: 60s}
        """;

    // In the two-location design AWS holds to one path (maximum_paths: 1), so both directions use the SYD1 edge until
    // it fails; by default AWS would spread flows over both (see EcmpRunTests), and a flow on SYD2 sees no outage.

    private static OptionResult Run(string yaml, string name) =>
        Simulation.Run(ScenarioLoader.LoadText(yaml, name, Catalog.Default), new RunOptions(Replications: 1, Jobs: 1)).Options.Single();

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Two_direct_connect_locations_fail_over_to_the_second_edge_when_the_first_location_fails(int seed)
    {
        string yaml = TwoDirectConnectLocations.Replace("SEED", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("FAILED", "SYD1", StringComparison.Ordinal);
        var option = Run(yaml, "two-dx.yaml");

        // Both directions: into AWS the MCR's BFD finds the dead VXC; out of AWS the SYD1 edge's BFD does, and its
        // withdrawal reaches the region (under a millisecond away), which then leaves by the SYD2 edge.
        Assert.All(option.Flows, flow => Assert.InRange(flow.OutageSeconds.Mean, BfdDetectionLow - 0.001, BfdDetectionHigh + Slack));
        // The SYD2 edge is a router of its own at SYD2: the failure of SYD1 left its port carrying the traffic.
        Assert.Contains(option.Links, l => l.Kind == "cloud_connection" && l.Link == "aws-edge-SYD2-SYD2" && l.PacketsForwarded > 0);
    }

    [Fact]
    public void Without_a_second_location_the_failure_of_the_on_ramp_takes_the_connection_down_for_the_rest_of_the_run()
    {
        string yaml = TwoDirectConnectLocations.Replace("SEED", "3", StringComparison.Ordinal).Replace("FAILED", "SYD1", StringComparison.Ordinal)
            .Replace("      - {name: dx-syd2, a: mcr, b: aws, rate: 200Mbps, cloud: {type: aws_hosted, location: SYD2}}\n", "", StringComparison.Ordinal);
        var option = Run(yaml, "one-dx.yaml");

        // From the failure at 3 s to the end at 6 s, within one 1 ms spacing.
        Assert.All(option.Flows, flow => Assert.InRange(flow.OutageSeconds.Mean, 3.0 - 0.002, 3.0 + 0.002));
    }

    private static readonly string ExpressRoutePair = """
        name: er-pair
        run: {duration: 6s, warmup: 1s, seed: 7, replications: 1}
        sites:
          - {name: dc, pop: SYD1, prefixes: [172.16.0.0/16]}
        clouds:
          - {name: azure, provider: azure, region: australiaeast, prefixes: [10.20.0.0/16]}
        options:
          - name: er
            ports: [{name: dc-port, site: dc, speed: 10Gbps}]
            mcrs: [{name: mcr, pop: SYD1, rate: 1Gbps, bfd: {interval: 300ms, multiplier: 3}}]
            vxcs:
              - {name: dc-mcr, a: dc-port, b: mcr, rate: 500Mbps}
              - {name: er-primary, a: mcr, b: azure, rate: 200Mbps, cloud: {type: azure_expressroute, link: primary, port_speed: 1Gbps}}
              - {name: er-secondary, a: mcr, b: azure, rate: 200Mbps, cloud: {type: azure_expressroute, link: secondary, port_speed: 1Gbps}}
        """ + UpAndDownWithOneFailure("azure");

    [Theory]
    [InlineData("azure-edge")]
    [InlineData("azure-edge-secondary")]
    public void An_expressroute_circuit_keeps_its_flows_when_either_msee_device_fails(string device)
    {
        var option = Run(ExpressRoutePair.Replace("FAILED", device, StringComparison.Ordinal), "er-pair.yaml");

        // At most a BFD detection time, none at all when the failed device carried nothing in that direction.
        Assert.All(option.Flows, flow => Assert.InRange(flow.OutageSeconds.Mean, 0, BfdDetectionHigh + Slack));
        Assert.All(option.Flows, flow => Assert.True(flow.LossRatio.Mean < (BfdDetectionHigh + Slack) / 5.0, $"{flow.Flow} lost {flow.LossRatio.Mean}."));
    }

    /// <summary>
    /// Google's 99.99 % topology: two metros (Sydney, Melbourne), each with an attachment in both edge availability
    /// domains, behind two MCRs. Google's BFD runs at 1000 ms × 5 at the least and governs the session, so a dead
    /// edge is found within (4, 5] s.
    /// </summary>
    private static readonly string GoogleFourNines = """
        name: gcp-9999
        run: {duration: 9s, warmup: 1s, seed: 11, replications: 1}
        sites:
          - {name: dc, pop: SYD1, prefixes: [172.16.0.0/16]}
        clouds:
          - {name: gcp, provider: google, region: australia-southeast1, prefixes: [10.30.0.0/16]}
        options:
          - name: four-nines
            ports: [{name: dc-port, site: dc, speed: 10Gbps}]
            mcrs:
              - {name: mcr-syd, pop: SYD1, rate: 1Gbps, asn: 65101, bfd: {interval: 300ms, multiplier: 3}}
              - {name: mcr-mel, pop: MEL1, rate: 1Gbps, asn: 65102, bfd: {interval: 300ms, multiplier: 3}}
            vxcs:
              - {name: dc-syd, a: dc-port, b: mcr-syd, rate: 500Mbps}
              - {name: dc-mel, a: dc-port, b: mcr-mel, rate: 500Mbps}
              - {name: syd-z1, a: mcr-syd, b: gcp, rate: 200Mbps, cloud: {type: google_partner, location: SYD1, availability_domain: 1}}
              - {name: syd-z2, a: mcr-syd, b: gcp, rate: 200Mbps, cloud: {type: google_partner, location: SYD1, availability_domain: 2}}
              - {name: mel-z1, a: mcr-mel, b: gcp, rate: 200Mbps, cloud: {type: google_partner, location: MEL1, availability_domain: 1}}
              - {name: mel-z2, a: mcr-mel, b: gcp, rate: 200Mbps, cloud: {type: google_partner, location: MEL1, availability_domain: 2}}
        """ + UpAndDownWithOneFailure("gcp");

    [Theory]
    [InlineData("gcp-edge")]
    [InlineData("gcp-edge-zone2")]
    [InlineData("gcp-edge-MEL1")]
    [InlineData("gcp-edge-MEL1-zone2")]
    public void Googles_four_nines_design_builds_and_survives_the_failure_of_any_one_edge(string edge)
    {
        var option = Run(GoogleFourNines.Replace("FAILED", edge, StringComparison.Ordinal), "gcp-9999.yaml");

        // Never more than Google's BFD detection time (5 s) and the new path's milliseconds; the run goes on 6 s after
        // the failure, so a flow cut off for good would show 6 s.
        Assert.All(option.Flows, flow => Assert.InRange(flow.OutageSeconds.Mean, 0, 5.0 + Slack));
        Assert.All(option.Flows, flow => Assert.False(flow.Unreachable));
    }

    /// <summary>
    /// Two MCRs (MEL1, SYD1) joined by a VXC that fails at 4 s for longer than the run, each with a VXC to Google at its
    /// own metro's edge: the region learns both MCRs' routes and reflects each to the other edge, but an edge passes
    /// on only Google's own networks unless NCC site-to-site is enabled.
    /// </summary>
    private static readonly string TransitAcrossEdges = CloudTransitRunTests.Scenario.Replace(
        "{name: a-gcp, a: mcr-a, b: gcp, rate: 500Mbps, cloud: {type: google_partner}",
        "{name: a-gcp, a: mcr-a, b: gcp, rate: 500Mbps, cloud: {type: google_partner, location: MEL1}", StringComparison.Ordinal);

    private static OptionResult RunTransit(string transit) =>
        Run(TransitAcrossEdges.Replace("TRANSIT", transit, StringComparison.Ordinal), "cloud-transit.yaml");

    [Fact]
    public void A_route_learnt_at_one_google_edge_is_not_advertised_out_of_another_without_ncc()
    {
        var option = RunTransit("");

        // mcr-a never learns syd-dc's network from Google's Melbourne edge: the flow is out from the failure to the end
        // of the run (8 s), give or take one 20 ms spacing.
        Assert.InRange(option.Flows.Single().OutageSeconds.Mean, 8.0 - 0.02, 8.0 + 0.02);
        Assert.False(LearnsFrom(option.LookingGlass, "mcr-a", "172.17.0.0/16", "gcp-edge-MEL1"));
        // The Melbourne edge knows the route (the region reflected it from the Sydney edge); it only keeps it to itself.
        Assert.True(LearnsFrom(option.LookingGlass, "gcp-edge-MEL1", "172.17.0.0/16", "gcp "));
    }

    /// <summary>Whether the looking glass shows <paramref name="router"/> holding a route to <paramref name="prefix"/> received from <paramref name="peer"/>.</summary>
    private static bool LearnsFrom(string lookingGlass, string router, string prefix, string peer)
    {
        var block = lookingGlass.Split("\n\n").Single(b => b.StartsWith(router + " (AS", StringComparison.Ordinal));
        return block.Split('\n').Any(line => line.Contains(prefix, StringComparison.Ordinal) && line.Contains(" " + peer, StringComparison.Ordinal));
    }

    [Fact]
    public void With_ncc_site_to_site_a_route_learnt_at_one_google_edge_goes_out_of_the_other_and_carries_the_failover()
    {
        var option = RunTransit(", transit: ncc_site_to_site");

        // The MCRs' BFD (300 ms × 3) finds the dead a-b in 0.6–0.9 s; the path through both Google edges is already
        // known; one 20 ms spacing either side.
        Assert.InRange(option.Flows.Single().OutageSeconds.Mean, BfdDetectionLow - 0.02, BfdDetectionHigh + 0.02);
        Assert.True(LearnsFrom(option.LookingGlass, "mcr-a", "172.17.0.0/16", "gcp-edge-MEL1"));
    }
}
