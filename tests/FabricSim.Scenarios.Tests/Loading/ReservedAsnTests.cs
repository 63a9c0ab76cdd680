using FabricSim.Scenarios.Catalogs;
using static FabricSim.Scenarios.Tests.Loading.OneMcrScenario;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// ASNs reserved by the BGP protocol (RFC 6793, 7300, 7607) or by Azure for its edges (the catalog's
/// megaport.mcr.reserved_asns) are refused for an MCR and for a customer router, at the key with the fix; a cloud's
/// own edge keeps its ASN.
/// </summary>
public sealed class ReservedAsnTests
{
    private const string AzureVxc = "azure, rate: 200Mbps, bgp: {peer_asn: 12076}";

    private static string Reserved(string mcr = "", string customerAsn = "65001") => Text(Azure, AzureVxc, mcr, customerAsn);

    [Theory]
    [InlineData(8074)]
    [InlineData(8075)]
    [InlineData(12076)]
    [InlineData(65515)]
    [InlineData(65518)]
    [InlineData(65520)]
    public void An_mcr_asn_reserved_by_azure_is_an_error_at_the_key(long asn)
    {
        string text = Reserved(mcr: $", asn: {asn}");
        var error = SingleError(text);
        Assert.Contains($"AS {asn} of", error.Message, StringComparison.Ordinal);
        Assert.Contains("reserved by Azure", error.Message, StringComparison.Ordinal);
        Assert.Contains("vpn-gateway-vpn-faq", error.Message, StringComparison.Ordinal);
        Assert.Contains("private ASN", error.Fix, StringComparison.Ordinal);
        Assert.Equal((10, Column(text, 10, $"{asn}}}")), (error.Line, error.Column));
    }

    [Theory]
    [InlineData(0, "RFC 7607")]
    [InlineData(23456, "RFC 6793")]
    [InlineData(65535, "RFC 7300")]
    [InlineData(4_294_967_295, "RFC 7300")]
    public void An_mcr_asn_reserved_by_the_protocol_is_an_error_naming_the_rfc(long asn, string rfc)
    {
        var error = SingleError(Reserved(mcr: $", asn: {asn}"));
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
        string text = Reserved(customerAsn: asn.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var error = SingleError(text);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Contains("peer_asn: 65001", error.Fix, StringComparison.Ordinal);
        Assert.Equal((12, Column(text, 12, $"{asn}}}")), (error.Line, error.Column));
    }

    [Theory]
    [InlineData(64512)]
    [InlineData(65514)]
    [InlineData(65521)]
    [InlineData(133937)]
    public void Asns_next_to_the_reserved_ones_are_accepted_and_azure_keeps_its_own(long asn)
    {
        string text = Reserved(mcr: $", asn: {asn}");
        Assert.Equal(asn, Mcr(text).Asn);
        Assert.Equal(12076, Vxc(text, "mcr-cloud").Bgp!.PeerAsn);
    }

    [Fact]
    public void The_reserved_list_is_the_one_the_catalog_cites()
    {
        var entry = Catalog.Default.Products.Get("megaport.mcr.reserved_asns");
        Assert.Equal(["8074", "8075", "12076", "65515-65520"], entry.Values);
        Assert.Contains("learn.microsoft.com", entry.Citation, StringComparison.Ordinal);
    }
}
