using FabricSim.Network.Units;
using FabricSim.Scenarios.Cost;
using FabricSim.Scenarios.Loading;

namespace FabricSim.Scenarios.Tests.Cost;

/// <summary>Bills computed by hand from scenarios/catalog/prices.yaml, exact to the cent.</summary>
public class CostModelTests
{
    private const string Header = """
        name: bill
        run: {duration: 10s, replications: 3}
        sites:
          - {name: dc, pop: SYD1}
        clouds:
          - {name: aws, provider: aws, region: ap-southeast-2}
          - {name: azure, provider: azure, region: australiaeast}
          - {name: gcp, provider: google, region: australia-southeast1}

        """;

    [Fact]
    public void Sdci_option_bill_matches_hand_computation()
    {
        var scenario = ScenarioLoader.LoadText(Header + """
            options:
              - name: sdci
                term_months: 24
                ports: [{name: p, site: dc, speed: 10Gbps}]
                mcrs: [{name: mcr, pop: SYD1, rate: 1Gbps}]
                vxcs:
                  - {name: dc-mcr, a: p, b: mcr, rate: 1Gbps}
                  - {name: mcr-aws, a: mcr, b: aws, rate: 500Mbps, cloud: {type: aws_hosted}}
            traffic:
              - {name: down, from: aws, to: dc, type: poisson, rate: 100Mbps}
              - {name: up, from: dc, to: aws, type: poisson, rate: 100Mbps}
            """, "bill.yaml");
        var rates = new Dictionary<string, DataRate> { ["down"] = DataRate.Parse("100Mbps"), ["up"] = DataRate.Parse("100Mbps") };

        var lines = CostModel.Monthly(scenario, scenario.Options[0], rates);

        // Port 10G 900 + MCR 1G 450 + VXC metro 1G 150 + VXC metro 500M 100 = 1600 of fabric; 24-month term -5% = -80.00.
        // Hosted DX 500 Mbps: 0.22 USD/h × 730 h = 160.60.
        // DX data out, ap-southeast-2 (apac tier 0.042 USD/GB): 1e8 bit/s × 730 × 3600 s / 8e9 = 32,850 GB → 1,379.70.
        // Data into AWS ("up") is free.
        Assert.Equal(
            [("port", 900.00), ("mcr", 450.00), ("vxc", 150.00), ("vxc", 100.00), ("term_discount", -80.00), ("csp_port", 160.60), ("data_transfer", 1379.70)],
            lines.Select(l => (l.Category, l.MonthlyUsd)));
        Assert.Equal(32_850, lines[^1].Quantity);
        Assert.Equal(3060.30, Math.Round(lines.Sum(l => l.MonthlyUsd), 2));
        Assert.All(lines, l => Assert.Equal("sdci", l.Option));
        Assert.Contains("assumption", lines[0].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Ipsec_option_bill_matches_hand_computation()
    {
        var scenario = ScenarioLoader.LoadText(Header + """
            options:
              - name: ipsec
                vpns:
                  - {name: v-aws, site: dc, cloud: aws, internet_access: 1Gbps}
                  - {name: v-az1, site: dc, cloud: azure, internet_access: 1Gbps, gateway_sku: VpnGw1}
                  - {name: v-az2, site: dc, cloud: azure, internet_access: 1Gbps, gateway_sku: VpnGw1}
                  - {name: v-gcp, site: dc, cloud: gcp, internet_access: 1Gbps, tunnels: 2}
            traffic:
              - {name: from-aws, from: aws, to: dc, type: poisson, rate: 10Mbps}
              - {name: from-azure, from: azure, to: dc, type: poisson, rate: 10Mbps}
            """, "bill.yaml");
        var rates = new Dictionary<string, DataRate> { ["from-aws"] = DataRate.Parse("10Mbps"), ["from-azure"] = DataRate.Parse("10Mbps") };

        var lines = CostModel.Monthly(scenario, scenario.Options[0], rates);

        // AWS VPN 0.05 × 730 = 36.50; one Azure VpnGw1 for both connections 0.19 × 730 = 138.70;
        // Google 2 tunnels × 730 h × 0.05 = 73.00.
        // Internet egress: 1e7 × 730 × 3600 / 8e9 = 3,285 GB; AWS apac 0.114 → 374.49; Azure 0.087 → 285.795 → 285.80.
        Assert.Equal(
            [("vpn", 36.50), ("vpn", 138.70), ("vpn", 73.00), ("data_transfer", 374.49), ("data_transfer", 285.80)],
            lines.Select(l => (l.Category, l.MonthlyUsd)));
        Assert.Equal(908.49, Math.Round(lines.Sum(l => l.MonthlyUsd), 2));
    }

    /// <summary>
    /// A site VPN's Azure gateway is billed as the SKU whose limits the simulation used, however the file spells it:
    /// `tier` (Google's word, accepted on every VPN) or the SKU in another case.
    /// </summary>
    [Theory]
    [InlineData("tier: VpnGw3")]
    [InlineData("gateway_sku: vpngw3")]
    public void An_azure_gateway_is_billed_as_the_sku_it_was_simulated_with(string sku)
    {
        var scenario = ScenarioLoader.LoadText(Header + $$"""
            options:
              - name: ipsec
                vpns:
                  - {name: v-az, site: dc, cloud: azure, internet_access: 1Gbps, {{sku}}}
            """, "bill.yaml");

        var vpn = Assert.Single(scenario.Options[0].Vpns);
        var lines = CostModel.Monthly(scenario, scenario.Options[0], new Dictionary<string, DataRate>());

        // VpnGw3: 1.25 USD/h × 730 h = 912.50, and the limits of VpnGw3 in the model.
        Assert.Equal("VpnGw3", vpn.Gateway!.Sku);
        Assert.Equal([912.50], lines.Where(l => l.Category == "vpn").Select(l => l.MonthlyUsd));
    }

    [Fact]
    public void ExpressRoute_primary_and_secondary_share_one_circuit_and_gateway()
    {
        var scenario = ScenarioLoader.LoadText(Header + """
            options:
              - name: er
                ports: [{name: p, site: dc, speed: 10Gbps}]
                vxcs:
                  - {name: pri, a: p, b: azure, rate: 1Gbps, cloud: {type: azure_expressroute, link: primary, port_speed: 1Gbps}}
                  - {name: sec, a: p, b: azure, rate: 1Gbps, cloud: {type: azure_expressroute, link: secondary, port_speed: 1Gbps}}
            """, "bill.yaml");

        var lines = CostModel.Monthly(scenario, scenario.Options[0], new Dictionary<string, DataRate>());

        // Circuit 1 Gbps 450/month (assumption) once, plus one gateway scale unit 0.42 × 730 = 306.60.
        Assert.Equal([450.00, 306.60], lines.Where(l => l.Category == "csp_port").Select(l => l.MonthlyUsd));
    }

    /// <summary>
    /// A second circuit at another peering location is a circuit of its own, billed as one; and a VXC's distance band
    /// runs to where its connection meets the cloud, not to the cloud's on-ramp.
    /// </summary>
    [Fact]
    public void A_circuit_at_a_second_peering_location_is_billed_again_and_its_vxc_priced_to_that_location()
    {
        var scenario = ScenarioLoader.LoadText(Header + """
            options:
              - name: er
                ports: [{name: p, site: dc, speed: 10Gbps}]
                vxcs:
                  - {name: syd, a: p, b: azure, rate: 1Gbps, cloud: {type: azure_expressroute, port_speed: 1Gbps}}
                  - {name: mel, a: p, b: azure, rate: 1Gbps, cloud: {type: azure_expressroute, port_speed: 1Gbps, location: MEL1}}
            """, "bill.yaml");

        var lines = CostModel.Monthly(scenario, scenario.Options[0], new Dictionary<string, DataRate>());

        // Two 1 Gbps circuits at 450/month (assumption) each, one gateway scale unit 0.42 × 730 = 306.60.
        Assert.Equal([450.00, 450.00, 306.60], lines.Where(l => l.Category == "csp_port").Select(l => l.MonthlyUsd));
        Assert.Contains(lines, l => l.Item.Contains("azure at MEL1", StringComparison.Ordinal));
        // SYD1 to MEL1 is interzone (AU East to AU South); the VXC in Sydney stays in the metro.
        Assert.Contains(lines, l => l.Category == "vxc" && l.Item.StartsWith("VXC mel ", StringComparison.Ordinal) && l.Item.Contains("interzone", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Category == "vxc" && l.Item.StartsWith("VXC syd ", StringComparison.Ordinal) && l.Item.Contains("metro", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SYD1", "SYD2", DistanceBand.Metro)]
    [InlineData("AMS1", "FRA1", DistanceBand.Zone)]
    [InlineData("SEA1", "LAX1", DistanceBand.Zone)]
    [InlineData("SYD1", "MEL1", DistanceBand.Interzone)]
    [InlineData("SYD1", "SIN1", DistanceBand.Intercontinental)]
    [InlineData("SYD1", "LAX1", DistanceBand.Intercontinental)]
    [InlineData("LON1", "NYC1", DistanceBand.Intercontinental)]
    public void Distance_band_follows_the_documented_rule(string a, string b, DistanceBand expected)
    {
        var catalog = FabricSim.Scenarios.Catalogs.Catalog.Default;
        Assert.Equal(expected, DistanceBands.Between(catalog.Pops.Single(p => p.Code == a), catalog.Pops.Single(p => p.Code == b)));
    }
}
