using FabricSim.Engine.Time;
using FabricSim.Network.Geography;
using FabricSim.Network.Internet;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Running;
using Xunit.Abstractions;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Cloud-to-cloud IPsec VPNs at packet level: delay from the Internet model over the two regions' distance, throughput
/// capped by the smaller gateway's per-tunnel limit and spread over tunnels only where the sending cloud documents ECMP,
/// cost of both gateways and of each direction's Internet egress, and a verdict against MCR cloud-to-cloud.
/// </summary>
public sealed class CloudVpnRunTests(ITestOutputHelper output)
{
    /// <summary>AES-GCM ESP on a 1,300-byte packet: outer IPv4 20 + SPI/sequence 8 + IV 8 + ICV 16, payload and trailer padded to 1,304.</summary>
    private const double InnerShare1300 = 1300.0 / (20 + 8 + 8 + 16 + 1304);

    /// <summary>
    /// The one-way delay a loss- and jitter-free tunnel adds between two regions: the calibrated Internet route model
    /// over their great circle and both regions' entry (each end is a region's gateway).
    /// </summary>
    private static double ExpectedDelayMs(Scenario scenario, string a, string b)
    {
        static GeoLocation At(CloudEndpoint c) => new(c.RegionLocation.LatitudeDegrees, c.RegionLocation.LongitudeDegrees);
        var (from, to) = (At(scenario.FindCloud(a)!), At(scenario.FindCloud(b)!));
        var internet = InternetRouteModel.Calibrated.OneWay(from, to) + InternetPathSettings.Default.BaseDelay;
        return (internet + scenario.Catalog.EndDelay + scenario.Catalog.EndDelay).Nanoseconds / 1e6;
    }

    /// <summary>
    /// London: both regions sit in one metro, so the VPN's delay is the Internet path's fixed part and the two regions'
    /// entry, above the MCR's private path; the median adds one ESP packet's service at the 650 Mbit/s gateway and an
    /// M/D/1 wait (ρ ≈ 0.5: under 20 µs), so it lies within 0.05 ms above the base plus the packet 95 % half-width.
    /// </summary>
    [Fact]
    public void London_VPN_delay_is_the_Internet_path_between_the_regions()
    {
        var scenario = ScenarioLoader.LoadText(CloudVpnDesigns.LondonWith(), "london.yaml");
        var result = Simulation.Run(scenario, new RunOptions { Fidelity = Fidelity.Packet });
        double expected = ExpectedDelayMs(scenario, "aws-lon", "azure-uks");
        foreach (var flow in result.Options.Single(o => o.Name == "vpn").Flows)
        {
            var p50 = flow.LatencyP50Ms;
            output.WriteLine($"{flow.Flow}: p50 {p50.Mean:F4} ± {p50.HalfWidth:F4} ms, model {expected:F4} ms");
            Assert.InRange(p50.Mean, expected - p50.HalfWidth, expected + 0.05 + p50.HalfWidth);
            Assert.Equal(0, flow.LossRatio.Mean);
        }
        var mcr = result.Options.Single(o => o.Name == "mcr").Flows.Single(f => f.Flow == "aws-to-azure");
        Assert.True(mcr.LatencyP50Ms.Mean < expected - 2, $"MCR {mcr.LatencyP50Ms.Mean:F3} ms against the VPN's {expected:F3} ms.");
    }

    /// <summary>
    /// Virginia to Singapore: about 15,500 km, so the tunnel's delay is the great circle at the calibrated long-haul
    /// route factor (some 1.74) plus the fixed parts, near 137 ms one way.
    /// </summary>
    [Fact]
    public void Long_haul_VPN_delay_follows_the_great_circle_of_the_regions()
    {
        var scenario = ScenarioLoader.LoadText(CloudVpnDesigns.VirginiaSingaporeWith("""
            traffic:
              - {name: east, from: aws-use1, to: gcp-sin, type: poisson, rate: 50Mbps, packet_size: 1000B}
              - {name: west, from: gcp-sin, to: aws-use1, type: poisson, rate: 50Mbps, packet_size: 1000B}
            """), "long-haul.yaml");
        var result = Simulation.Run(scenario, new RunOptions { Fidelity = Fidelity.Packet });
        double expected = ExpectedDelayMs(scenario, "aws-use1", "gcp-sin");
        var a = scenario.FindCloud("aws-use1")!.RegionLocation;
        var b = scenario.FindCloud("gcp-sin")!.RegionLocation;
        output.WriteLine($"great circle {a.DistanceKm(b):F0} km, model {expected:F3} ms");
        Assert.InRange(a.DistanceKm(b), 15_000, 16_000);
        Assert.InRange(expected, 130, 145);
        foreach (var flow in result.Options.Single().Flows)
        {
            var p50 = flow.LatencyP50Ms;
            output.WriteLine($"{flow.Flow}: p50 {p50.Mean:F4} ± {p50.HalfWidth:F4} ms");
            Assert.InRange(p50.Mean, expected - p50.HalfWidth, expected + 0.05 + p50.HalfWidth);
        }
    }

    private const string FourBulkFlowsEachWay = """
        traffic:
          - {name: east, from: aws-use1, to: gcp-sin, type: cbr, rate: 500Mbps, packet_size: 1300B, count: 4}
          - {name: west, from: gcp-sin, to: aws-use1, type: cbr, rate: 500Mbps, packet_size: 1300B, count: 4}
        """;

    /// <summary>
    /// Four 500 Mbit/s flows each way over four tunnels whose tunnel limit is AWS's 1.25 Gbit/s (below Google's 3):
    /// an AWS virtual private gateway sends over one tunnel, so AWS to Google carries one tunnel's limit less the ESP
    /// overhead, while Google's HA VPN spreads its flows over the tunnels by ECMP and carries more than one tunnel's
    /// worth. On a transit gateway AWS spreads too.
    /// </summary>
    [Fact]
    public void Throughput_is_the_smaller_gateways_tunnel_limit_spread_only_by_a_sender_with_ECMP()
    {
        var vgw = Carried(CloudVpnDesigns.VirginiaSingaporeWith(FourBulkFlowsEachWay));
        var tgw = Carried(CloudVpnDesigns.VirginiaSingaporeWith(FourBulkFlowsEachWay, gateway: "transit_gateway"));
        output.WriteLine($"VGW: east {vgw.East / 1e9:F3}, west {vgw.West / 1e9:F3}; TGW: east {tgw.East / 1e9:F3}, west {tgw.West / 1e9:F3} Gbit/s");
        double oneTunnel = 1.25e9 * InnerShare1300;
        Assert.InRange(vgw.East, 0.97 * oneTunnel, oneTunnel * 1.001);
        Assert.True(vgw.West > 1.2 * oneTunnel, $"Google to AWS carried only {vgw.West / 1e9:F3} Gbit/s.");
        Assert.True(tgw.East > 1.2 * oneTunnel, $"AWS to Google on a transit gateway carried only {tgw.East / 1e9:F3} Gbit/s.");
    }

    private static (double East, double West) Carried(string yaml)
    {
        var scenario = ScenarioLoader.LoadText(yaml, "bulk.yaml");
        var flows = Simulation.Run(scenario, new RunOptions(Replications: 1) { Fidelity = Fidelity.Packet }).Options.Single().Flows;
        return (flows.Where(f => f.Flow.StartsWith("east", StringComparison.Ordinal)).Sum(f => f.ThroughputBitsPerSecond.Mean),
            flows.Where(f => f.Flow.StartsWith("west", StringComparison.Ordinal)).Sum(f => f.ThroughputBitsPerSecond.Mean));
    }

    /// <summary>
    /// An active-active Azure VpnGw1 carries 650 Mbit/s in all (its SKU's aggregate): AWS's 900 Mbit/s towards Azure is
    /// cut to that, less the ESP overhead, however many tunnels run.
    /// </summary>
    [Fact]
    public void An_Azure_gateway_caps_the_connection_at_its_aggregate()
    {
        var scenario = ScenarioLoader.LoadText(CloudVpnDesigns.LondonWith("900Mbps").Replace("packet_size: 1200B", "packet_size: 1300B", StringComparison.Ordinal), "azure-cap.yaml");
        var flow = Simulation.Run(scenario, new RunOptions(Replications: 1) { Fidelity = Fidelity.Packet })
            .Options.Single(o => o.Name == "vpn").Flows.Single(f => f.Flow == "aws-to-azure");
        output.WriteLine($"carried {flow.ThroughputBitsPerSecond.Mean / 1e6:F1} Mbit/s");
        Assert.InRange(flow.ThroughputBitsPerSecond.Mean, 0.97 * 650e6 * InnerShare1300, 650e6 * InnerShare1300 * 1.001);
    }

    /// <summary>
    /// Monthly cost of the London VPN: two AWS Site-to-Site VPN connections (four tunnels, two each) at 0.05 USD an
    /// hour, Azure's VpnGw1 at 0.19, and each direction's Internet egress billed by the sending cloud: AWS's 300 Mbit/s
    /// (98,550 GB over 730 hours) through its volume slices (10 TB at 0.09, 40 TB at 0.085, the rest at 0.07, TB of
    /// 1,024 GB: 7,717.70 USD), Azure's 20 Mbit/s (6,570 GB) at 0.087.
    /// </summary>
    [Fact]
    public void Cost_is_both_gateways_and_each_clouds_egress()
    {
        var scenario = ScenarioLoader.LoadText(CloudVpnDesigns.LondonWith(), "london.yaml");
        var rates = new Dictionary<string, Network.Units.DataRate>
        {
            ["aws-to-azure"] = Network.Units.DataRate.FromMegabitsPerSecond(300),
            ["azure-to-aws"] = Network.Units.DataRate.FromMegabitsPerSecond(20),
        };
        var lines = FabricSim.Scenarios.Cost.CostModel.Monthly(scenario, scenario.Options.Single(o => o.Name == "vpn"), rates);
        foreach (var line in lines)
        {
            output.WriteLine($"{line.Category} | {line.Item} | {line.Quantity} {line.Unit} x {line.UnitPriceUsd} = {line.MonthlyUsd}");
        }
        Assert.Equal(0.05 * 730 * 2, Assert.Single(lines, l => l.Item.StartsWith("AWS Site-to-Site VPN", StringComparison.Ordinal)).MonthlyUsd, 2);
        Assert.Equal(0.19 * 730, Assert.Single(lines, l => l.Item.StartsWith("Azure VPN gateway VpnGw1", StringComparison.Ordinal)).MonthlyUsd, 2);
        var awsEgress = Assert.Single(lines, l => l.Direction == "aws-lon>azure-uks");
        var azureEgress = Assert.Single(lines, l => l.Direction == "azure-uks>aws-lon");
        Assert.Equal(10240 * 0.09 + 40960 * 0.085 + (98550 - 51200) * 0.07, awsEgress.MonthlyUsd, 1);
        Assert.Equal(6570 * 0.087, azureEgress.MonthlyUsd, 2);
        Assert.Equal(4, lines.Count);
    }

    /// <summary>
    /// The verdict between MCR cloud-to-cloud and the VPN moves with the volume: at 10 Mbit/s the VPN's gateways and
    /// egress cost less than the MCR, its VXCs and the clouds' private ports, and it meets a 20 ms p99; at 300 Mbit/s
    /// Internet egress (about 0.08 USD/GB against Direct Connect's 0.02) makes the MCR the cheaper design.
    /// </summary>
    [Theory]
    [InlineData("10Mbps", "vpn")]
    [InlineData("300Mbps", "mcr")]
    public void The_verdict_follows_the_volume(string rate, string recommended)
    {
        var scenario = ScenarioLoader.LoadText(CloudVpnDesigns.LondonWith(rate, requirements: """
            requirements:
              flows:
                - {traffic: aws-to-azure, p99_latency: 20ms, loss: 0.001}
            """), "verdict.yaml");
        var result = Simulation.Run(scenario, new RunOptions(Replications: 2, Duration: SimTime.FromSeconds(1)) { Fidelity = Fidelity.Packet });
        output.WriteLine(result.Verdict!.Summary);
        foreach (var option in result.Options)
        {
            output.WriteLine($"{option.Name}: {option.MonthlyCostUsd:N2} USD/month");
        }
        Assert.Equal(recommended, result.Verdict.Recommended);
    }
}
