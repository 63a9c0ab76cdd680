using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Cost;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// A transit VIF at a Sydney Direct Connect location reaches a VPC in Oregon through the Direct Connect gateway and
/// the transit gateway in us-west-2: the packets cross the extra distance from the DX location to the region, and
/// the bill carries the transit gateway's attachments and its processing of every GB at the offered volume.
/// </summary>
public sealed class TransitVifRunTests
{
    /// <summary>The cloud-internal hop from an edge to its region runs at this factor over the great circle (FabricAssembler).</summary>
    private const double CloudRouteFactor = 1.5;

    /// <summary>Light speed in fibre, km per ms (204,000 km/s).</summary>
    private const double FibreKmPerMs = 204.0;

    private const string Yaml = """
        name: dxgw
        run: {duration: 3s, warmup: 1s, seed: 7, replications: 1}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [172.16.0.0/16]}
        clouds:
          - {name: aws-syd, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
          - {name: aws-oregon, provider: aws, region: us-west-2, prefixes: [10.20.0.0/16]}
        options:
          - name: dxgw
            ports: [{name: dc-port, site: syd-dc, speed: 10Gbps}]
            mcrs: [{name: mcr, pop: SYD1, rate: 1Gbps}]
            vxcs:
              - {name: dc-mcr, a: dc-port, b: mcr, rate: 1Gbps}
              - {name: tvif-syd, a: mcr, b: aws-syd, rate: 500Mbps, cloud: {type: aws_hosted, vif: transit, location: SYD1}}
              - {name: tvif-oregon, a: mcr, b: aws-oregon, rate: 500Mbps, cloud: {type: aws_hosted, vif: transit, location: SYD1}}
        traffic:
          - {name: to-syd, from: syd-dc, to: aws-syd, type: cbr, rate: 1Mbps, packet_size: 1000B}
          - {name: to-oregon, from: syd-dc, to: aws-oregon, type: cbr, rate: 1Mbps, packet_size: 1000B}
        """;

    [Fact]
    public void A_vpc_in_another_region_is_further_by_the_fibre_from_the_dx_location_to_that_region()
    {
        var scenario = ScenarioLoader.LoadText(Yaml, "dxgw.yaml", Catalog.Default);
        var option = Simulation.Run(scenario, new RunOptions(Replications: 1, Jobs: 1)).Options.Single();

        var dxLocation = scenario.FindPop("SYD1");
        double sydney = dxLocation.Location.DistanceKm(scenario.FindCloud("aws-syd")!.RegionLocation);
        double oregon = dxLocation.Location.DistanceKm(scenario.FindCloud("aws-oregon")!.RegionLocation);
        Assert.InRange(oregon, 12_000, 13_000);
        double expected = (oregon - sydney) * CloudRouteFactor / FibreKmPerMs;

        // Both flows share every hop up to the DX location, at 1 Mbit/s on links of 500 Mbit/s and more (no queueing);
        // each p50 is read from the latency histogram within 1 % (relative), so the difference is good to 1 % of both.
        double toSydney = option.Flows.Single(f => f.Flow == "to-syd").LatencyP50Ms.Mean;
        double toOregon = option.Flows.Single(f => f.Flow == "to-oregon").LatencyP50Ms.Mean;
        double tolerance = 0.01 * (toSydney + toOregon);
        Assert.InRange(toOregon - toSydney, expected - tolerance, expected + tolerance);
        Assert.All(option.Flows, f => Assert.Equal(0, f.LossRatio.Mean));
    }

    [Fact]
    public void The_bill_carries_the_transit_gateway_attachments_and_processing_at_the_offered_volume()
    {
        var scenario = ScenarioLoader.LoadText((Yaml + "\n  - {name: from-oregon, from: aws-oregon, to: syd-dc, type: poisson, rate: 50Mbps}")
            .Replace("to: aws-oregon, type: cbr, rate: 1Mbps", "to: aws-oregon, type: cbr, rate: 100Mbps", StringComparison.Ordinal), "dxgw.yaml", Catalog.Default);
        var rates = scenario.Traffic.ToDictionary(d => d.Name, d => d.Rate!.Value, StringComparer.Ordinal);

        var lines = CostModel.Monthly(scenario, scenario.Options[0], rates);

        // 0.05 USD per attachment-hour x 730 h: the Direct Connect gateway's attachment to the transit gateway of each
        // region (2) and each VPC's attachment (2).
        var attachments = lines.Where(l => l.Item.StartsWith("AWS Transit Gateway attachment", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, attachments.Count);
        Assert.All(attachments, l => Assert.Equal(36.50, l.MonthlyUsd, 2));
        Assert.Contains(attachments, l => l.Item.Contains("dx-gateway in us-west-2", StringComparison.Ordinal));
        // Oregon: 100 Mbit/s in and 50 Mbit/s out, each GB processed once: 150e6 x 730 x 3600 / 8e9 = 49,275 GB x 0.02.
        var oregon = Assert.Single(lines, l => l.Item.StartsWith("AWS Transit Gateway processing for aws-oregon", StringComparison.Ordinal));
        Assert.Equal(49_275, oregon.Quantity, 6);
        Assert.Equal(985.50, oregon.MonthlyUsd, 2);
        // Sydney: 1 Mbit/s, 328.5 GB x 0.02.
        var sydney = Assert.Single(lines, l => l.Item.StartsWith("AWS Transit Gateway processing for aws-syd", StringComparison.Ordinal));
        Assert.Equal(6.57, sydney.MonthlyUsd, 2);
    }

    [Fact]
    public void A_private_vif_pays_no_transit_gateway()
    {
        var scenario = ScenarioLoader.LoadText(Yaml.Replace("vif: transit", "vif: private", StringComparison.Ordinal), "dxgw.yaml", Catalog.Default);
        var rates = scenario.Traffic.ToDictionary(d => d.Name, d => d.Rate!.Value, StringComparer.Ordinal);

        var lines = CostModel.Monthly(scenario, scenario.Options[0], rates);

        Assert.DoesNotContain(lines, l => l.Item.Contains("Transit Gateway", StringComparison.Ordinal));
    }
}
