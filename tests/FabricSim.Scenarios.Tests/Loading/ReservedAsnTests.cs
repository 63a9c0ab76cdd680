using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// ASNs reserved by the BGP protocol (RFC 6793, 7300, 7607) or by Azure for its edges (the catalog's
/// megaport.mcr.reserved_asns) are refused for an MCR and for a customer router, at the key with the fix; a cloud's
/// own edge keeps its ASN.
/// </summary>
public sealed class ReservedAsnTests
{
    // Line numbers below count from the first line of this text.
    private const string Scenario = """
        name: reserved
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: azure, provider: azure, region: australiaeast, prefixes: [10.20.0.0/16]}
        options:
          - name: mcr
            ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}]
            mcrs: [{name: mcr-syd, pop: SYD1, rate: 1Gbps MCRASN}]
            vxcs:
              - {name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps, bgp: {peer_asn: CUSTOMERASN}}
              - {name: mcr-azure, a: mcr-syd, b: azure, rate: 200Mbps, bgp: {peer_asn: 12076}}
        """;

    private static string Text(string mcrAsn = "", string customerAsn = "65001") => Scenario
        .Replace(" MCRASN", mcrAsn, StringComparison.Ordinal)
        .Replace("CUSTOMERASN", customerAsn, StringComparison.Ordinal);

    private static ScenarioError Error(string text)
    {
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "reserved.yaml", Catalog.Default));
        return Assert.Single(invalid.Errors);
    }

    [Theory]
    [InlineData(8074)]
    [InlineData(8075)]
    [InlineData(12076)]
    [InlineData(65515)]
    [InlineData(65518)]
    [InlineData(65520)]
    public void An_mcr_asn_reserved_by_azure_is_an_error_at_the_key(long asn)
    {
        var error = Error(Text(mcrAsn: $", asn: {asn}"));
        Assert.Contains($"AS {asn} of", error.Message, StringComparison.Ordinal);
        Assert.Contains("reserved by Azure", error.Message, StringComparison.Ordinal);
        Assert.Contains("vpn-gateway-vpn-faq", error.Message, StringComparison.Ordinal);
        Assert.Contains("private ASN", error.Fix, StringComparison.Ordinal);
        Assert.Equal(10, error.Line);
        Assert.Equal(Scenario.Split('\n')[9].IndexOf("MCRASN", StringComparison.Ordinal) + 7, error.Column);
    }

    [Theory]
    [InlineData(0, "RFC 7607")]
    [InlineData(23456, "RFC 6793")]
    [InlineData(65535, "RFC 7300")]
    [InlineData(4_294_967_295, "RFC 7300")]
    public void An_mcr_asn_reserved_by_the_protocol_is_an_error_naming_the_rfc(long asn, string rfc)
    {
        var error = Error(Text(mcrAsn: $", asn: {asn}"));
        Assert.Contains(rfc, error.Message, StringComparison.Ordinal);
        Assert.Equal(10, error.Line);
    }

    [Theory]
    [InlineData(12076, "reserved by Azure")]
    [InlineData(65516, "reserved by Azure")]
    [InlineData(23456, "RFC 6793")]
    [InlineData(0, "RFC 7607")]
    public void A_customer_router_asn_that_is_reserved_is_an_error_at_peer_asn(long asn, string why)
    {
        var error = Error(Text(customerAsn: asn.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Contains("peer_asn: 65001", error.Fix, StringComparison.Ordinal);
        Assert.Equal(12, error.Line);
        Assert.Equal(Scenario.Split('\n')[11].IndexOf("CUSTOMERASN", StringComparison.Ordinal) + 1, error.Column);
    }

    [Theory]
    [InlineData(64512)]
    [InlineData(65514)]
    [InlineData(65521)]
    [InlineData(133937)]
    public void Asns_next_to_the_reserved_ones_are_accepted_and_azure_keeps_its_own(long asn)
    {
        var scenario = ScenarioLoader.LoadText(Text(mcrAsn: $", asn: {asn}", customerAsn: "65001"), "reserved.yaml", Catalog.Default);
        var option = scenario.Options.Single();
        Assert.Equal(asn, option.Mcrs.Single().Asn);
        Assert.Equal(12076, option.Vxcs.Single(v => v.Name == "mcr-azure").Bgp!.PeerAsn);
    }

    [Fact]
    public void The_reserved_list_is_the_one_the_catalog_cites()
    {
        var entry = Catalog.Default.Products.Get("megaport.mcr.reserved_asns");
        Assert.Equal(["8074", "8075", "12076", "65515-65520"], entry.Values);
        Assert.Contains("learn.microsoft.com", entry.Citation, StringComparison.Ordinal);
    }
}
