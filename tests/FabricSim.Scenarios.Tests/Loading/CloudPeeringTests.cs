using FabricSim.Network.Bgp;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// A cloud VXC's peer type and the cloud's ASN follow the connection product (Megaport's route-advertisement rules,
/// the catalog's sourced ASNs); a bgp block that contradicts them is an error at its key.
/// </summary>
public sealed class CloudPeeringTests
{
    // Line numbers below count from the first line of this text.
    private const string Scenario = """
        name: peering
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
          - {name: azure, provider: azure, region: australiaeast, prefixes: [10.20.0.0/16]}
        options:
          - name: mcr
            ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}]
            mcrs: [{name: mcr-syd, pop: SYD1, rate: 1Gbps}]
            vxcs:
              - {name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps, bgp: {peer_asn: 65001}}
              - {name: mcr-aws, a: mcr-syd, b: aws, rate: 200Mbps, cloud: {type: aws_hosted, vif: VIF}AWSBGP}
              - {name: mcr-azure, a: mcr-syd, b: azure, rate: 200Mbps AZUREBGP}
        """;

    private static string Text(string vif = "private", string awsBgp = ", bgp: {}", string azureBgp = "") => Scenario
        .Replace("VIF", vif, StringComparison.Ordinal)
        .Replace("AWSBGP", awsBgp, StringComparison.Ordinal)
        .Replace(" AZUREBGP", azureBgp, StringComparison.Ordinal);

    private static ScenarioError Error(string text)
    {
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "peering.yaml", Catalog.Default));
        var error = Assert.Single(invalid.Errors);
        Assert.True(error.Line > 0 && error.Column > 0);
        return error;
    }

    private static Model.VxcSettings Vxc(string text, string name) =>
        ScenarioLoader.LoadText(text, "peering.yaml", Catalog.Default).Options.Single().Vxcs.Single(v => v.Name == name);

    [Fact]
    public void Peer_type_defaults_by_connection_not_to_non_cloud()
    {
        // Before: a bgp block without peer_type gave NON_CLOUD whatever the connection, so an AWS public VIF and Azure
        // private peering behind one MCR exchanged routes.
        Assert.Equal(PeerType.PrivateCloud, Vxc(Text(), "mcr-aws").Bgp!.PeerType);
        Assert.Equal(PeerType.PublicCloud, Vxc(Text(vif: "public"), "mcr-aws").Bgp!.PeerType);
        Assert.Equal(PeerType.PrivateCloud, Vxc(Text(azureBgp: ", bgp: {med: 10}"), "mcr-azure").Bgp!.PeerType);
        Assert.Equal(PeerType.NonCloud, Vxc(Text(), "dc-mcr").Bgp!.PeerType);
    }

    [Fact]
    public void Public_vif_and_azure_private_peering_behind_one_mcr_do_not_exchange_routes_without_any_bgp_block()
    {
        var scenario = ScenarioLoader.LoadText(Text(vif: "public", awsBgp: ""), "peering.yaml", Catalog.Default);
        var result = FabricSim.Scenarios.Running.Simulation.Run(scenario, new FabricSim.Scenarios.Running.RunOptions(Replications: 1, Jobs: 1));
        // The looking glass lists each router's table after a blank line; the Azure edge never learns AWS's public
        // routes, nor AWS's edge Azure's private ones, while the MCR has both.
        var tables = result.Options.Single().LookingGlass.Split("\n\n").ToDictionary(t => t.TrimStart().Split(' ')[0], t => t);
        Assert.DoesNotContain("10.10.0.0/16", tables["azure-edge"], StringComparison.Ordinal);
        // A public VIF lands on an edge of its own, which speaks from Amazon's public ASN.
        Assert.DoesNotContain("10.20.0.0/16", tables["aws-edge-public"], StringComparison.Ordinal);
        Assert.Contains("*> 10.10.0.0/16", tables["mcr-syd"], StringComparison.Ordinal);
        Assert.Contains("*> 10.20.0.0/16", tables["mcr-syd"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_vif_with_peer_type_private_cloud_is_an_error()
    {
        var error = Error(Text(vif: "public", awsBgp: ", bgp: {peer_type: private_cloud}"));
        Assert.Contains("peer_type private_cloud contradicts the public VIF", error.Message, StringComparison.Ordinal);
        Assert.Contains("peer_type: public_cloud", error.Fix, StringComparison.Ordinal);
        Assert.Equal(14, error.Line);
    }

    [Fact]
    public void Azure_peer_asn_other_than_12076_is_an_error()
    {
        var error = Error(Text(azureBgp: ", bgp: {peer_asn: 64512}"));
        Assert.Contains("always speaks from AS 12076, not 64512", error.Message, StringComparison.Ordinal);
        Assert.Contains("learn.microsoft.com", error.Message, StringComparison.Ordinal);
        Assert.Equal(15, error.Line);
    }

    [Fact]
    public void Aws_private_vif_with_a_public_peer_asn_is_an_error()
    {
        var error = Error(Text(awsBgp: ", bgp: {peer_asn: 7224}"));
        Assert.Contains("private ASN", error.Message, StringComparison.Ordinal);
        Assert.Contains("peer_asn: 64512", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Peer_asn_of_a_port_to_cloud_vxc_names_the_cloud_not_the_customer_router()
    {
        // Before: both ends of the port-to-cloud VXC took peer_asn, so the customer router spoke from AWS's ASN.
        string text = Text().Replace("a: mcr-syd, b: aws,", "a: syd-port, b: aws,", StringComparison.Ordinal)
            .Replace("bgp: {}", "bgp: {peer_asn: 64600}", StringComparison.Ordinal)
            .Replace("      - {name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps, bgp: {peer_asn: 65001}}\n", "", StringComparison.Ordinal);
        Assert.DoesNotContain("dc-mcr", text, StringComparison.Ordinal);
        var result = FabricSim.Scenarios.Running.Simulation.Run(ScenarioLoader.LoadText(text, "peering.yaml", Catalog.Default),
            new FabricSim.Scenarios.Running.RunOptions(Replications: 1, Jobs: 1));
        var headers = result.Options.Single().LookingGlass.Split('\n').Where(l => l.Contains("(AS ", StringComparison.Ordinal)).ToList();
        Assert.Contains(headers, h => h.StartsWith("aws-edge (AS 64600,", StringComparison.Ordinal));
        // The customer router takes the first private ASN, as any router nothing names.
        Assert.Contains(headers, h => h.StartsWith("syd-dc (AS 65000,", StringComparison.Ordinal));
    }

    [Fact]
    public void Mtu_on_an_mcr_other_than_1500_is_an_error_not_silently_clamped()
    {
        // Before: 'mtu: 9000B' on an MCR was accepted (values up to 9074 clamped) and 9000-byte packets crossed it.
        var error = Error(Text().Replace("rate: 1Gbps}]", "rate: 1Gbps, mtu: 9000B}]", StringComparison.Ordinal));
        Assert.Contains("an MCR's IP MTU is 1500B, fixed by the product, not 9000B", error.Message, StringComparison.Ordinal);
        Assert.Contains("knowledgebase.megaport.com", error.Message, StringComparison.Ordinal);
        Assert.Equal(11, error.Line);
        Assert.Equal(1500, ScenarioLoader.LoadText(Text().Replace("rate: 1Gbps}]", "rate: 1Gbps, mtu: 1500B}]", StringComparison.Ordinal), "peering.yaml", Catalog.Default)
            .Options.Single().Mcrs.Single().MtuBytes);
    }
}
