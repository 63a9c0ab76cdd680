using FabricSim.Network.Geography;
using FabricSim.Network.Internet;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Yaml;
using Xunit.Abstractions;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// An MVE's Internet transport ending an IPsec VPN at a cloud's VPN gateway: the tunnel starts at the MVE's PoP, so
/// its delay is the site's access circuit to that PoP plus the Internet from the PoP (not from the site), and the
/// cloud gateway's limits apply to what the edge steers onto it.
/// </summary>
public sealed class MveCloudVpnRunTests(ITestOutputHelper output)
{
    /// <summary>A Melbourne branch served by an MVE in Sydney whose Internet transport ends a VPN at AWS Singapore; @TRAFFIC is the traffic.</summary>
    private const string Design = """
        name: mve-cloud-vpn
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 3}
        sites:
          - {name: mel-branch, pop: MEL1, prefixes: [192.168.50.0/24]}
        clouds:
          - {name: aws-sin, provider: aws, region: ap-southeast-1, prefixes: [10.10.0.0/16]}
        options:
          - name: mve
            mves:
              - name: mve-syd
                pop: SYD1
                site: mel-branch
                transports:
                  - {name: inet, internet_access: 10Gbps, internet: {jitter: 0s, loss_rate: 0}, vpn: {cloud: aws-sin@VPN}}
          - name: site-vpn
            vpns:
              - {name: vpn, site: mel-branch, cloud: aws-sin, internet_access: 10Gbps, internet: {jitter: 0s, loss_rate: 0}}
        traffic:
        @TRAFFIC
        """;

    private static string Text(string traffic, string vpn = "") =>
        Design.Replace("@TRAFFIC", traffic, StringComparison.Ordinal).Replace("@VPN", vpn, StringComparison.Ordinal);

    private const string BothWays = """
          - {name: up, from: mel-branch, to: aws-sin, type: poisson, rate: 50Mbps, packet_size: 1000B}
          - {name: down, from: aws-sin, to: mel-branch, type: poisson, rate: 20Mbps, packet_size: 1000B}
        """;

    private static GeoLocation At(GeoPoint p) => new(p.LatitudeDegrees, p.LongitudeDegrees);

    /// <summary>
    /// Both ways the MVE's tunnel takes the access circuit from the branch to SYD1 (great circle at the access route
    /// factor 1.5 plus the end delay) and the calibrated Internet model from SYD1 to Singapore plus the region's entry;
    /// the branch's own VPN takes the Internet from Melbourne. Each median lies within 0.05 ms above its model plus the
    /// packet 95 % half-width.
    /// </summary>
    [Fact]
    public void The_tunnel_starts_at_the_MVEs_PoP()
    {
        var scenario = ScenarioLoader.LoadText(Text(BothWays), "mve.yaml");
        var result = Simulation.Run(scenario, new RunOptions { Fidelity = Fidelity.Packet });
        var site = At(scenario.Sites.Single().Location);
        var pop = At(scenario.FindPop("SYD1").Location);
        var region = At(scenario.FindCloud("aws-sin")!.RegionLocation);
        var end = scenario.Catalog.EndDelay;
        var fixedInternet = InternetPathSettings.Default.BaseDelay;
        double viaMve = (GreatCircle.FibreDelay(site, pop, 1.5) + end + InternetRouteModel.Calibrated.OneWay(pop, region) + fixedInternet + end).Nanoseconds / 1e6;
        double direct = (InternetRouteModel.Calibrated.OneWay(site, region) + fixedInternet + end).Nanoseconds / 1e6;
        output.WriteLine($"model: via the MVE {viaMve:F3} ms, from the branch {direct:F3} ms");
        Assert.True(viaMve > direct + 3, "The design must tell the PoP from the site.");
        foreach (var (option, expected) in new[] { ("mve", viaMve), ("site-vpn", direct) })
        {
            foreach (var flow in result.Options.Single(o => o.Name == option).Flows)
            {
                var p50 = flow.LatencyP50Ms;
                output.WriteLine($"{option}/{flow.Flow}: p50 {p50.Mean:F4} ± {p50.HalfWidth:F4} ms");
                Assert.InRange(p50.Mean, expected - p50.HalfWidth, expected + 0.05 + p50.HalfWidth);
                Assert.Equal(0, flow.LossRatio.Mean);
            }
        }
    }

    /// <summary>
    /// Four 500 Mbit/s flows from the branch through a 10 Gbit/s transport: AWS's virtual private gateway takes one
    /// tunnel's 1.25 Gbit/s (less the ESP overhead) whatever the access; on a transit gateway ECMP spreads them.
    /// </summary>
    [Fact]
    public void The_cloud_gateways_limits_apply()
    {
        const string bulk = "  - {name: bulk, from: mel-branch, to: aws-sin, type: cbr, rate: 500Mbps, packet_size: 1300B, count: 4}";
        double Carried(string vpn)
        {
            var scenario = ScenarioLoader.LoadText(Text(bulk, vpn), "mve-bulk.yaml");
            var mve = Simulation.Run(scenario, new RunOptions(Replications: 1) { Fidelity = Fidelity.Packet }).Options.Single(o => o.Name == "mve");
            return mve.Flows.Sum(f => f.ThroughputBitsPerSecond.Mean);
        }
        double vgw = Carried(string.Empty);
        double tgw = Carried(", gateway: transit_gateway");
        output.WriteLine($"VGW {vgw / 1e9:F3}, TGW {tgw / 1e9:F3} Gbit/s");
        double oneTunnel = 1.25e9 * 1300.0 / (20 + 8 + 8 + 16 + 1304);
        Assert.InRange(vgw, 0.97 * oneTunnel, oneTunnel * 1.001);
        Assert.True(tgw > 1.2 * oneTunnel, $"A transit gateway carried only {tgw / 1e9:F3} Gbit/s.");
    }

    [Fact]
    public void The_tunnel_pays_the_clouds_VPN_and_its_egress_leaves_by_the_Internet()
    {
        var scenario = ScenarioLoader.LoadText(Text(BothWays), "mve.yaml");
        var rates = new Dictionary<string, Network.Units.DataRate>
        {
            ["up"] = Network.Units.DataRate.FromMegabitsPerSecond(50),
            ["down"] = Network.Units.DataRate.FromMegabitsPerSecond(20),
        };
        var lines = FabricSim.Scenarios.Cost.CostModel.Monthly(scenario, scenario.Options.Single(o => o.Name == "mve"), rates);
        Assert.Equal(0.05 * 730, Assert.Single(lines, l => l.Item == "AWS Site-to-Site VPN mve-syd/inet/vpn").MonthlyUsd, 2);
        // 20 Mbit/s for 730 hours is 6,570 GB at Singapore's 0.12 USD/GB.
        Assert.Equal(6570 * 0.12, Assert.Single(lines, l => l.Direction == "aws-sin>mel-branch" && l.Item.Contains("via Internet", StringComparison.Ordinal)).MonthlyUsd, 2);
    }

    /// <summary>
    /// The tunnel and the transport's other Internet traffic (the SD-WAN overlay to another MVE) share one 100 Mbit/s
    /// access queue: offered 60 Mbit/s each (Poisson), the access carries its rate on the wire, the tunnel's packets
    /// with their ESP bytes (1,000-byte packets become 1,056), split evenly between the two, and both wait in the same
    /// full buffer.
    /// </summary>
    [Fact]
    public void The_tunnel_shares_the_transports_Internet_access()
    {
        const string text = """
            name: mve-shared-access
            run: {duration: 2s, warmup: 500ms, seed: 3, replications: 3}
            sites:
              - {name: mel-branch, pop: MEL1, prefixes: [192.168.50.0/24]}
              - {name: syd-branch, pop: SYD1, prefixes: [192.168.60.0/24]}
            clouds:
              - {name: aws-sin, provider: aws, region: ap-southeast-1, prefixes: [10.10.0.0/16]}
            options:
              - name: mve
                mves:
                  - name: mve-mel
                    pop: MEL1
                    site: mel-branch
                    transports:
                      - {name: inet, internet_access: 100Mbps, internet: {jitter: 0s, loss_rate: 0}, vpn: {cloud: aws-sin}}
                  - name: mve-syd
                    pop: SYD1
                    site: syd-branch
                    transports:
                      - {name: inet, internet_access: 100Mbps, internet: {jitter: 0s, loss_rate: 0}}
            traffic:
              - {name: to-aws, from: mel-branch, to: aws-sin, type: poisson, rate: 60Mbps, packet_size: 1000B}
              - {name: to-syd, from: mel-branch, to: syd-branch, type: poisson, rate: 60Mbps, packet_size: 1000B}
            """;
        var flows = Simulation.Run(ScenarioLoader.LoadText(text, "shared.yaml"), new RunOptions { Fidelity = Fidelity.Packet }).Options.Single().Flows;
        var tunnel = flows.Single(f => f.Flow == "to-aws");
        var overlay = flows.Single(f => f.Flow == "to-syd");
        double wire = tunnel.ThroughputBitsPerSecond.Mean * 1056 / 1000 + overlay.ThroughputBitsPerSecond.Mean;
        output.WriteLine($"tunnel {tunnel.ThroughputBitsPerSecond.Mean / 1e6:F2}, overlay {overlay.ThroughputBitsPerSecond.Mean / 1e6:F2} Mbit/s, wire {wire / 1e6:F2}; loss {tunnel.LossRatio.Mean:P1} and {overlay.LossRatio.Mean:P1}");
        Assert.InRange(wire, 0.98e8, 1.005e8);
        Assert.InRange(tunnel.ThroughputBitsPerSecond.Mean / overlay.ThroughputBitsPerSecond.Mean, 0.9, 1.1);
        // Both queue behind the same full 1,000-packet buffer (about 80 ms), beyond their own Internet paths.
        Assert.True(overlay.LatencyP50Ms.Mean > 70, $"The overlay's median {overlay.LatencyP50Ms.Mean:F1} ms shows no shared queue.");
    }

    [Theory]
    [InlineData("{name: inet, internet_access: 1Gbps, vpn: {cloud: aws-mel}}", "unknown cloud 'aws-mel'")]
    [InlineData("{name: inet, internet_access: 1Gbps, vpn: {cloud: aws-sin, gateway_sku: large}}", "has no SKU or tier 'large'")]
    [InlineData("{name: inet, internet_access: 1Gbps, vpn: {cloud: oci}}", "is not modelled")]
    [InlineData("{name: x, vxc: mve-aws, vpn: {cloud: aws-sin}}", "a VPN to a cloud runs over an Internet transport")]
    public void What_the_tunnel_cannot_be_is_an_error_at_its_key(string transport, string message)
    {
        string text = $$"""
            name: mve-errors
            run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
            sites:
              - {name: syd-branch, pop: SYD1, prefixes: [192.168.50.0/24]}
            clouds:
              - {name: aws-sin, provider: aws, region: ap-southeast-1, prefixes: [10.10.0.0/16]}
              - {name: oci, provider: oracle, region: ap-sydney-1, prefixes: [10.40.0.0/16]}
            options:
              - name: mve
                mves:
                  - name: mve-syd
                    pop: SYD1
                    site: syd-branch
                    transports:
                      - {{transport}}
                vxcs:
                  - {name: mve-aws, a: mve-syd, b: aws-sin, rate: 100Mbps}
            traffic:
              - {name: up, from: syd-branch, to: aws-sin, type: poisson, rate: 10Mbps, packet_size: 1000B}
            """;
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "mve-errors.yaml", Catalog.Default));
        var error = invalid.Errors[0];
        output.WriteLine(error.ToString());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(15, error.Line);
        Assert.False(string.IsNullOrEmpty(error.Fix));
    }
}
