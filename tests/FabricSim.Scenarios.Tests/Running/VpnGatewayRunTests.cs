using FabricSim.Scenarios.Yaml;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Validation;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>VPN capacity as each cloud builds its gateways, and VPN failures at the granularity they happen.</summary>
public sealed class VpnGatewayRunTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>A Sydney site and AWS ap-southeast-2 joined only by one VPN (no jitter, no loss); the rest is the caller's.</summary>
    internal static string SydneyToAws(string run, string vpnKeys, string rest) => """
        name: vpn-test
        run: @RUN
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
        options:
          - name: vpn
            vpns:
              - {name: vpn-aws, site: syd-dc, cloud: aws, @VPN internet: {jitter: 0s, loss_rate: 0}}

        """.Replace("@RUN", run, StringComparison.Ordinal).Replace("@VPN", vpnKeys, StringComparison.Ordinal) + rest;

    private static string FourFlows(string gateway) => SydneyToAws("{duration: 1s, warmup: 200ms, seed: 3, replications: 1}",
        "internet_access: 10Gbps, " + gateway, """
        traffic:
          - {name: bulk, from: aws, to: syd-dc, type: cbr, rate: 500Mbps, packet_size: 1300B, count: 4}
        """);

    /// <summary>
    /// The reproducer of a VPN carrying two tunnels' worth: four 500 Mbit/s flows from AWS to the site. On a virtual
    /// private gateway AWS sends over one tunnel, so the four together get at most 1.25 Gbit/s on the wire (less the
    /// ESP overhead for the inner bytes); on a transit gateway ECMP spreads them over both tunnels and carries more.
    /// </summary>
    [Fact]
    public void A_virtual_private_gateway_carries_one_tunnel_and_a_transit_gateway_more()
    {
        double vgw = Carried(FourFlows(string.Empty));
        double tgw = Carried(FourFlows("gateway: transit_gateway,"));
        // AES-GCM ESP: outer IPv4 20 + SPI/sequence 8 + IV 8 + ICV 16, and 1300 + 2 trailer bytes padded to 1304.
        double innerShare = 1300.0 / (20 + 8 + 8 + 16 + 1304);
        Assert.InRange(vgw, 0.95 * 1.25e9 * innerShare, 1.25e9 * innerShare * 1.001);
        Assert.True(tgw > 1.25e9 * 1.2, $"Transit gateway carried only {tgw / 1e9:F3} Gbit/s.");
    }

    [Fact]
    public void Validate_warns_when_a_vpn_carries_more_than_its_gateway()
    {
        var vgw = VpnCapacityCheck.Warnings(ScenarioLoader.LoadText(FourFlows(string.Empty), "vgw.yaml"));
        var tgw = VpnCapacityCheck.Warnings(ScenarioLoader.LoadText(FourFlows("gateway: transit_gateway,"), "tgw.yaml"));
        // Four 500 Mbit/s flows of 1300-byte packets: 2.09 Gbit/s on the wire and 192,308 packets/s, above both of
        // the virtual private gateway's one-tunnel limits (1.25 Gbit/s, 140,000 packets/s), within two tunnels' on a transit gateway.
        Assert.Equal(2, vgw.Count);
        Assert.Contains(vgw, w => w.Message.Contains("cloud to site", StringComparison.Ordinal));
        Assert.Contains(vgw, w => w.Message.Contains("192,308 packets/s", StringComparison.Ordinal));
        Assert.All(vgw, w => Assert.Contains("transit_gateway", w.Fix, StringComparison.Ordinal));
        Assert.All(vgw, w => Assert.Equal(10, w.Line));
        Assert.Empty(tgw);
    }

    [Fact]
    public void A_transit_gateway_vpn_pays_its_attachment_and_processing()
    {
        var scenario = ScenarioLoader.LoadText(FourFlows("gateway: transit_gateway,"), "tgw.yaml");
        var rates = new Dictionary<string, Network.Units.DataRate> { ["bulk"] = Network.Units.DataRate.FromGigabitsPerSecond(2) };
        var lines = FabricSim.Scenarios.Cost.CostModel.Monthly(scenario, scenario.Options[0], rates);
        var attachment = Assert.Single(lines, l => l.Item.Contains("Transit Gateway attachment", StringComparison.Ordinal));
        var processing = Assert.Single(lines, l => l.Item.Contains("Transit Gateway processing", StringComparison.Ordinal));
        Assert.Equal(0.05 * 730, attachment.MonthlyUsd, 2);
        // 2 Gbit/s for 730 hours is 657,000 GB at 0.02 USD.
        Assert.Equal(2e9 * 730 * 3600 / 8e9 * 0.02, processing.MonthlyUsd, 2);
    }

    [Theory]
    [InlineData("tier: ha_vpn", "ha_vpn", 3e9)]
    [InlineData("gateway_sku: classic", "classic_vpn", 3e9)]
    [InlineData("", "ha_vpn", 3e9)]
    public void Google_vpns_take_their_tier(string tier, string type, double rate)
    {
        string yaml = FourFlows(string.Empty).Replace("provider: aws", "provider: google", StringComparison.Ordinal)
            .Replace("region: ap-southeast-2", "region: australia-southeast1", StringComparison.Ordinal)
            .Replace("internet_access: 10Gbps, ", $"internet_access: 10Gbps, {tier}{(tier.Length > 0 ? "," : string.Empty)} ", StringComparison.Ordinal);
        var gateway = ScenarioLoader.LoadText(yaml, "google.yaml").Options[0].Vpns[0].Gateway!;
        Assert.Equal(type, gateway.Type);
        Assert.Equal(rate, gateway.Rate.BitsPerSecond);
        Assert.Equal(250_000, gateway.PacketsPerSecond);
        Assert.True(gateway.Ecmp);
    }

    [Fact]
    public void An_sku_the_cloud_does_not_offer_is_refused_with_the_choices()
    {
        var error = Assert.Throws<ScenarioValidationException>(() =>
            ScenarioLoader.LoadText(FourFlows("gateway_sku: VpnGw1,"), "bad.yaml"));
        Assert.Contains("standard", error.Errors.Single().Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_gateway_limit_names_its_source_and_date()
    {
        Assert.NotEmpty(VpnGatewayCatalog.Default.Gateways);
        Assert.All(VpnGatewayCatalog.Default.Gateways, g =>
        {
            Assert.False(string.IsNullOrWhiteSpace(g.Source));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", g.Date);
        });
    }

    [Fact]
    public void Validation_docs_list_every_gateway_limit_with_its_source()
    {
        output.WriteLine(VpnGatewayCatalog.Default.MarkdownTable());
        string docs = File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, "..", "docs", "validation.md"));
        Assert.Contains(VpnGatewayCatalog.Default.MarkdownTable(), docs.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static string Failing(string element) => SydneyToAws("{duration: 4s, warmup: 500ms, seed: 5, replications: 1}",
        "internet_access: 1Gbps, dpd_timeout: 1s,", """
        traffic:
          - {name: voice, from: syd-dc, to: aws, type: cbr, rate: 80kbps, packet_size: 200B}
        failures:
          - {element: @ELEMENT, at: 1s, for: 10s}
        """.Replace("@ELEMENT", element, StringComparison.Ordinal));

    /// <summary>
    /// Failures at four granularities on a virtual private gateway's VPN (one active tunnel, DPD 1 s), measured over
    /// the 3.5 s after warm-up with a constant-rate flow, so the lost share is the outage over 3.5 s: the active tunnel
    /// alone loses the DPD time (1 s) before traffic moves to the other tunnel; the standby tunnel loses nothing; the
    /// whole connection, the cloud's VPN gateway and the site's Internet access lose everything from 1 s to the end (3 s).
    /// </summary>
    [Theory]
    [InlineData("vpn-aws/tunnel1", 1.0)]
    [InlineData("vpn-aws/tunnel2", 0.0)]
    [InlineData("vpn-aws", 3.0)]
    [InlineData("aws/vpn-gateway", 3.0)]
    [InlineData("syd-dc/internet", 3.0)]
    public void Each_vpn_element_fails_what_it_covers(string element, double outageSeconds)
    {
        var result = Simulation.Run(ScenarioLoader.LoadText(Failing(element), "fail.yaml"), new RunOptions(Jobs: 1));
        var voice = result.Options.Single().Flows.Single();
        // One 200-byte packet every 20 ms: the share is exact to within a packet or two in flight.
        Assert.InRange(voice.LossRatio.Mean, outageSeconds / 3.5 - 0.012, outageSeconds / 3.5 + 0.012);
    }

    [Fact]
    public void A_random_failure_of_a_vpn_element_is_refused_rather_than_ignored()
    {
        string yaml = Failing("vpn-aws/tunnel1").Replace("at: 1s, for: 10s", "mtbf: 10s, mttr: 1s", StringComparison.Ordinal);
        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(yaml, "random.yaml"));
        Assert.Contains("not modelled", error.Errors.Single().Message, StringComparison.Ordinal);
    }

    private static double Carried(string yaml)
    {
        var result = Simulation.Run(ScenarioLoader.LoadText(yaml, "capacity.yaml"), new RunOptions(Jobs: 1));
        return result.Options.Single().Flows.Sum(f => f.ThroughputBitsPerSecond.Mean);
    }
}
