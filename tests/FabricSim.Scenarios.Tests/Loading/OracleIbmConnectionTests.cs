using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// Oracle FastConnect and IBM Direct Link Connect through Megaport: what the products forbid (a speed not offered, an
/// ASN the cloud's edge does not speak from, an ASN IBM reserves, local routing outside its geography, a region with
/// no on-ramp) is an error at its key with the fix, before anything is simulated.
/// </summary>
public sealed class OracleIbmConnectionTests
{
    // Line numbers below count from the first line of this text.
    private const string Scenario = """
        name: oracle-ibm
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
        sites:
          - {name: dc, pop: FRA1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: oci, provider: oracle, region: ORACLE_REGION, prefixes: [10.40.0.0/16]}
          - {name: ibm, provider: ibm, region: eu-de, prefixes: [10.50.0.0/16]}
        options:
          - name: mcr
            ports: [{name: dc-port, site: dc, speed: 10Gbps}]
            mcrs: [{name: mcr, pop: FRA1, rate: 10GbpsMCR_ASN}]
            vxcs:
              - {name: dc-mcr, a: dc-port, b: mcr, rate: 2Gbps}
              - {name: to-oci, a: mcr, b: oci, rate: ORACLE_RATE, cloud: {type: oracle_fastconnect}ORACLE_BGP}
              - {name: to-ibm, a: mcr, b: ibm, rate: IBM_RATE, cloud: {type: ibm_direct_linkIBM_CLOUD}}
        """;

    private static string Text(string oracleRegion = "eu-frankfurt-1", string oracleRate = "1Gbps", string oracleBgp = "",
        string ibmRate = "500Mbps", string ibmCloud = "", string mcrAsn = "") => Scenario
        .Replace("ORACLE_REGION", oracleRegion, StringComparison.Ordinal)
        .Replace("ORACLE_RATE", oracleRate, StringComparison.Ordinal)
        .Replace("ORACLE_BGP", oracleBgp, StringComparison.Ordinal)
        .Replace("IBM_RATE", ibmRate, StringComparison.Ordinal)
        .Replace("IBM_CLOUD", ibmCloud, StringComparison.Ordinal)
        .Replace("MCR_ASN", mcrAsn, StringComparison.Ordinal);

    /// <summary>The first error: a cloud refused at its declaration also leaves the VXCs to it without an end.</summary>
    private static ScenarioError Error(string text, bool only = true)
    {
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "oracle-ibm.yaml", Catalog.Default));
        var error = only ? Assert.Single(invalid.Errors) : invalid.Errors[0];
        Assert.True(error.Line > 0 && error.Column > 0);
        return error;
    }

    [Fact]
    public void Both_clouds_load_with_their_connection_products_and_the_asns_their_edges_speak_from()
    {
        var scenario = ScenarioLoader.LoadText(Text(), "oracle-ibm.yaml", Catalog.Default);
        var vxcs = scenario.Options.Single().Vxcs;
        Assert.Equal(CloudConnectionType.OracleFastConnect, vxcs.Single(v => v.Name == "to-oci").Cloud!.Type);
        Assert.Equal(CloudConnectionType.IbmDirectLinkConnect, vxcs.Single(v => v.Name == "to-ibm").Cloud!.Type);
        Assert.Equal(31898, scenario.Catalog.Products.DefaultAsn(CloudProvider.Oracle));
        Assert.Equal(13884, scenario.Catalog.Products.DefaultAsn(CloudProvider.Ibm));
        Assert.Equal("FRA1", scenario.FindCloud("oci")!.OnRamp);
    }

    [Theory]
    [InlineData("500Mbps")]
    [InlineData("2Gbps")]
    public void An_oracle_bandwidth_fastconnect_does_not_offer_through_a_partner_is_an_error(string rate)
    {
        var error = Error(Text(oracleRate: rate));
        Assert.Contains("is not an Oracle FastConnect partner bandwidth", error.Message, StringComparison.Ordinal);
        Assert.Contains("oracle.com/cloud/networking/fastconnect/faq", error.Message, StringComparison.Ordinal);
        Assert.Contains("offered: 1Gbps, 10Gbps", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("use rate: ", error.Fix, StringComparison.Ordinal);
        Assert.Equal(14, error.Line);
    }

    [Fact]
    public void An_ibm_speed_direct_link_connect_does_not_offer_is_an_error()
    {
        var error = Error(Text(ibmRate: "10Gbps"));
        Assert.Contains("is not an IBM Direct Link Connect speed", error.Message, StringComparison.Ordinal);
        Assert.Contains("5Gbps", error.Fix, StringComparison.Ordinal);
        Assert.Equal(15, error.Line);
    }

    [Fact]
    public void An_oracle_peer_asn_other_than_31898_is_an_error()
    {
        var error = Error(Text(oracleBgp: ", bgp: {peer_asn: 64512}"));
        Assert.Contains("speaks from AS 31898, not 64512", error.Message, StringComparison.Ordinal);
        Assert.Contains("peer_asn: 31898", error.Fix, StringComparison.Ordinal);
        Assert.Equal(14, error.Line);
    }

    [Theory]
    [InlineData("64512")]
    [InlineData("65001")]
    [InlineData("64500")]
    [InlineData("4201065500")]
    public void An_mcr_asn_ibm_does_not_accept_is_refused_for_a_direct_link(string asn)
    {
        var error = Error(Text(mcrAsn: ", asn: " + asn));
        Assert.Contains($"AS {asn} of 'mcr' is not an ASN IBM accepts on the customer side of a Direct Link", error.Message, StringComparison.Ordinal);
        Assert.Contains("terraform-provider-megaport", error.Message, StringComparison.Ordinal);
        Assert.Contains("asn: 64999", error.Fix, StringComparison.Ordinal);
        Assert.Equal(15, error.Line);
    }

    [Theory]
    [InlineData(64999)]
    [InlineData(64495)]
    [InlineData(4201000000)]
    public void An_asn_ibm_accepts_is_accepted(long asn)
    {
        var scenario = ScenarioLoader.LoadText(Text(mcrAsn: ", asn: " + asn), "oracle-ibm.yaml", Catalog.Default);
        Assert.Equal(asn, scenario.Options.Single().Mcrs.Single().Asn);
    }

    [Fact]
    public void An_oracle_region_with_no_on_ramp_where_megaport_meets_oracle_is_an_error()
    {
        // Oracle's Phoenix region has no catalog PoP with an Oracle on-ramp, so no design can reach it.
        var error = Error(Text(oracleRegion: "us-phoenix-1"), only: false);
        Assert.Contains("unknown oracle region 'us-phoenix-1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("regions with an on-ramp", error.Fix, StringComparison.Ordinal);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void A_location_without_the_provider_on_ramp_is_an_error()
    {
        // Paris has AWS, Azure and Google on-ramps in the catalog, not IBM's.
        var error = Error(Text(ibmCloud: ", location: PAR1"));
        Assert.Contains("PoP 'PAR1' has no ibm on-ramp", error.Message, StringComparison.Ordinal);
        Assert.Equal(15, error.Line);
    }

    [Fact]
    public void Local_routing_outside_the_location_geography_is_an_error_and_global_routing_lifts_it()
    {
        // A Direct Link at Ashburn reaching Frankfurt's region crosses geographies: only global routing does.
        var error = Error(Text(ibmCloud: ", location: IAD1"));
        Assert.Contains("with local routing cannot reach region eu-de", error.Message, StringComparison.Ordinal);
        Assert.Contains("global_routing: true", error.Fix, StringComparison.Ordinal);
        var scenario = ScenarioLoader.LoadText(Text(ibmCloud: ", location: IAD1, global_routing: true"), "oracle-ibm.yaml", Catalog.Default);
        Assert.True(scenario.Options.Single().Vxcs.Single(v => v.Name == "to-ibm").Cloud!.GlobalRouting);
    }

    [Fact]
    public void Global_routing_on_another_cloud_is_an_error()
    {
        var error = Error(Text().Replace("{type: oracle_fastconnect}", "{type: oracle_fastconnect, global_routing: true}", StringComparison.Ordinal));
        Assert.Contains("global_routing is an option of IBM Direct Link only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_speed_on_a_partner_connection_is_an_error()
    {
        var error = Error(Text().Replace("{type: oracle_fastconnect}", "{type: oracle_fastconnect, port_speed: 10Gbps}", StringComparison.Ordinal));
        Assert.Contains("ordered at the VXC's rate", error.Message, StringComparison.Ordinal);
        Assert.Equal(14, error.Line);
    }

    [Fact]
    public void A_vpn_to_oracle_is_refused_with_the_connection_to_use()
    {
        string text = Text().Replace("    vxcs:", "    vpns: [{name: oci-vpn, site: dc, cloud: oci, internet_access: 1Gbps}]\n    vxcs:", StringComparison.Ordinal);
        var error = Error(text);
        Assert.Contains("an IPsec VPN to oracle cloud 'oci' is not modelled", error.Message, StringComparison.Ordinal);
        Assert.Contains("oracle_fastconnect", error.Fix, StringComparison.Ordinal);
    }
}
