using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Validation;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// Cloud-to-cloud VPNs as the providers document them: each end's gateway from the catalog, the tunnel count the pair's
/// guides build, BGP-capable gateways; anything else is an error at its key with the fix, before anything is simulated.
/// </summary>
public sealed class CloudVpnLoadingTests
{
    // Line numbers below count from the first line of this text; the cloud VPN is on line 15.
    private const string Scenario = """
        name: cloud-vpn
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
        sites:
          - {name: dc, pop: LON1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: eu-west-2, prefixes: [10.10.0.0/16]}
          - {name: aws2, provider: aws, region: us-east-1, prefixes: [10.11.0.0/16]}
          - {name: azure, provider: azure, region: uksouth, prefixes: [10.20.0.0/16]}
          - {name: gcp, provider: google, region: europe-west2, prefixes: [10.30.0.0/16]}
          - {name: oci, provider: oracle, region: uk-london-1, prefixes: [10.40.0.0/16]}
        options:
          - name: vpn
            @VXCS
            cloud_vpns:
              - {name: c2c, a: @A, b: @B@KEYS}
        traffic:
          - {name: app, from: @A, to: @B, type: poisson, rate: 100Mbps, packet_size: 1000B}
        """;

    private static string Text(string a = "aws", string b = "azure", string keys = "", string vxcs = "") => Scenario
        .Replace("@A", a, StringComparison.Ordinal).Replace("@B", b, StringComparison.Ordinal)
        .Replace("@KEYS", keys, StringComparison.Ordinal).Replace("@VXCS", vxcs, StringComparison.Ordinal);

    private static ScenarioError Error(string text)
    {
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "cloud-vpn.yaml", Catalog.Default));
        var error = invalid.Errors[0];
        Assert.Equal(15, error.Line);
        Assert.True(error.Column > 0);
        Assert.False(string.IsNullOrEmpty(error.Fix));
        return error;
    }

    [Fact]
    public void An_AWS_to_Azure_VPN_loads_with_both_gateways_four_tunnels_and_the_agreed_hold_time()
    {
        var vpn = ScenarioLoader.LoadText(Text(keys: ", b_gateway_sku: VpnGw2"), "cloud-vpn.yaml", Catalog.Default).Options.Single().Vpns.Single();
        Assert.True(vpn.BetweenClouds);
        Assert.Equal(("aws", "azure", 4), (vpn.Site, vpn.Cloud, vpn.Tunnels));
        Assert.Equal("aws virtual_private_gateway standard", vpn.SiteGateway!.Label);
        Assert.Equal("VpnGw2", vpn.GatewaySku);
        Assert.Null(vpn.InternetAccess);
        // AWS's VPN hold time (30 s) is below Azure's (180 s) and no later than dead-peer detection's default 30 s.
        Assert.Equal(Engine.Time.SimTime.FromSeconds(30), vpn.DeadPeerDetection);
        // Each tunnel carries the smaller of 1.25 Gbit/s (AWS) and the Azure SKU's 1 Gbit/s aggregate, which binds all.
        Assert.Equal(1e9, vpn.ConnectionRate(4, fromSite: true)!.Value.BitsPerSecond);
        Assert.Equal(1e9, vpn.ConnectionRate(4, fromSite: false)!.Value.BitsPerSecond);
        Assert.Equal(["c2c", "aws/vpn-gateway", "azure/vpn-gateway", "c2c/tunnel1", "c2c/tunnel2", "c2c/tunnel3", "c2c/tunnel4"], vpn.FailableElements);
    }

    /// <summary>Between HA VPN and a transit gateway both senders spread flows; a virtual private gateway does not (Google's AWS guide).</summary>
    [Fact]
    public void ECMP_follows_each_sender()
    {
        var vgw = ScenarioLoader.LoadText(Text(b: "gcp"), "cloud-vpn.yaml", Catalog.Default).Options.Single().Vpns.Single();
        var tgw = ScenarioLoader.LoadText(Text(b: "gcp", keys: ", a_gateway: transit_gateway"), "cloud-vpn.yaml", Catalog.Default).Options.Single().Vpns.Single();
        Assert.Equal(1.25e9, vgw.ConnectionRate(4, fromSite: true)!.Value.BitsPerSecond);
        Assert.Equal(5e9, vgw.ConnectionRate(4, fromSite: false)!.Value.BitsPerSecond);
        Assert.Equal(5e9, tgw.ConnectionRate(4, fromSite: true)!.Value.BitsPerSecond);
    }

    [Theory]
    [InlineData("aws", "azure", ", tunnels: 2", "tunnels", "built with 4 tunnels, not 2")]
    [InlineData("aws", "gcp", ", tunnels: 3", "tunnels", "built with 4 tunnels, not 3")]
    [InlineData("azure", "gcp", ", tunnels: 1", "tunnels", "built with 2 or 4 tunnels, not 1")]
    [InlineData("aws", "aws2", "", "b", "joins two aws clouds")]
    [InlineData("aws", "oci", "", "b", "not modelled: its VPN gateway limits and prices are not in the catalog")]
    [InlineData("aws", "dc", "", "b", "'dc' is a site: a site's VPN goes under vpns:")]
    [InlineData("aws", "azure", ", b_gateway_sku: Basic", "b_gateway_sku", "an Azure Basic VPN gateway does not run BGP")]
    [InlineData("aws", "azure", ", a_gateway: vpn_gateway", "a_gateway", "Aws has no VPN gateway type 'vpn_gateway'")]
    [InlineData("aws", "azure", ", b_gateway_sku: VpnGw2AZ", "b_gateway_sku", "no price for Azure VPN gateway SKU 'VpnGw2AZ'")]
    [InlineData("aws", "gcp", ", a_gateway_sku: large", "a_gateway_sku", "virtual_private_gateway has no SKU or tier 'large'")]
    public void What_the_providers_do_not_build_is_an_error_with_the_fix(string a, string b, string keys, string key, string message)
    {
        string text = Text(a, b, keys);
        var error = Error(text);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        // The error points at the key's value on the VPN's line.
        string line = text.Split('\n')[14];
        Assert.Equal(line.IndexOf($" {key}: ", StringComparison.Ordinal) + key.Length + 4, error.Column);
    }

    [Fact]
    public void A_cloud_VPN_beside_VXCs_to_both_clouds_is_an_error()
    {
        string vxcs = """
            mcrs: [{name: mcr, pop: LON1, rate: 1Gbps}]
                vxcs: [{name: to-aws, a: mcr, b: aws, rate: 500Mbps}, {name: to-azure, a: mcr, b: azure, rate: 500Mbps}]
            """;
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(Text(vxcs: vxcs), "cloud-vpn.yaml", Catalog.Default));
        var error = Assert.Single(invalid.Errors);
        Assert.Contains("a VPN between two clouds as the backup of a private path is not modelled", error.Message, StringComparison.Ordinal);
        Assert.Equal("compare the VPN and the VXCs as separate options", error.Fix);
    }

    /// <summary>
    /// AWS's virtual private gateway sends over one tunnel: 1.6 Gbit/s of 1,000-byte packets towards Google is more than
    /// its 1.25 Gbit/s and its 140,000 packets/s (200,000), each said with the sources.
    /// </summary>
    [Fact]
    public void Validate_warns_when_the_traffic_exceeds_what_the_tunnels_carry()
    {
        var scenario = ScenarioLoader.LoadText(Text(b: "gcp").Replace("rate: 100Mbps", "rate: 1600Mbps", StringComparison.Ordinal), "cloud-vpn.yaml", Catalog.Default);
        var warnings = VpnCapacityCheck.Warnings(scenario);
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Message.Contains("200,000 packets/s", StringComparison.Ordinal) && w.Message.Contains("exceeds the 140,000", StringComparison.Ordinal));
        var warning = warnings[0];
        Assert.Equal((15, 10), (warning.Line, warning.Column));
        Assert.Contains("aws to gcp", warning.Message, StringComparison.Ordinal);
        Assert.Contains("one active tunnel", warning.Message, StringComparison.Ordinal);
        Assert.Contains("aws virtual_private_gateway standard and google ha_vpn ha_vpn", warning.Message, StringComparison.Ordinal);
        Assert.Contains("transit_gateway", warning.Fix, StringComparison.Ordinal);
    }
}
