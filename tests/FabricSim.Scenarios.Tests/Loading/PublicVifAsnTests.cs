using static FabricSim.Scenarios.Tests.Loading.OneMcrScenario;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// An AWS public VIF as AWS documents it: Amazon's side speaks from Amazon's public ASN (catalog aws.public.asns), and
/// the customer side may use a private ASN, but then AS-path prepending does not work (catalog
/// aws.public.private_asn_prepend), so asking for it is an error at the key with the fix.
/// </summary>
public sealed class PublicVifAsnTests
{
    private static string PublicVif(string mcr = "", string bgp = "{}") =>
        Text(Aws, $"aws, rate: 200Mbps, cloud: {{type: aws_hosted, vif: public}}, bgp: {bgp}", mcr);

    [Theory]
    [InlineData(64512)]
    [InlineData(65001)]
    [InlineData(133937)]
    public void A_public_vif_peer_asn_other_than_amazons_public_asn_is_an_error(long asn)
    {
        // Before: any peer_asn was accepted on a public VIF, so Amazon's side could speak from a private ASN.
        string text = PublicVif(bgp: $"{{peer_asn: {asn}}}");
        var error = SingleError(text);
        Assert.Contains($"Amazon's public ASN (7224 or 16509), not {asn}", error.Message, StringComparison.Ordinal);
        Assert.Contains("routing-and-bgp", error.Message, StringComparison.Ordinal);
        Assert.Contains("peer_asn: 7224", error.Fix, StringComparison.Ordinal);
        Assert.Equal((13, Column(text, 13, $"{asn}}}")), (error.Line, error.Column));
    }

    [Theory]
    [InlineData(7224)]
    [InlineData(16509)]
    public void Amazons_public_asns_are_accepted_on_a_public_vif(long asn) =>
        Assert.Equal(asn, Vxc(PublicVif(bgp: $"{{peer_asn: {asn}}}"), "mcr-cloud").Bgp!.PeerAsn);

    [Fact]
    public void Prepending_on_a_public_vif_from_an_mcr_with_a_private_asn_is_an_error()
    {
        string text = PublicVif(mcr: ", asn: 64600", bgp: "{as_path_prepend: 2}");
        var error = SingleError(text);
        Assert.Contains("AS-path prepending does not work on a public VIF", error.Message, StringComparison.Ordinal);
        Assert.Contains("(64600)", error.Message, StringComparison.Ordinal);
        Assert.Contains("WorkingWithVirtualInterfaces", error.Message, StringComparison.Ordinal);
        Assert.Contains("remove 'as_path_prepend'", error.Fix, StringComparison.Ordinal);
        Assert.Equal((13, Column(text, 13, "2}")), (error.Line, error.Column));
    }

    [Fact]
    public void A_private_customer_asn_on_a_public_vif_is_accepted_without_prepending_as_aws_allows()
    {
        Assert.Equal(0, Vxc(PublicVif(mcr: ", asn: 64600"), "mcr-cloud").Bgp!.AsPathPrepend);
        Assert.Equal(2, Vxc(PublicVif(bgp: "{as_path_prepend: 2}"), "mcr-cloud").Bgp!.AsPathPrepend);
    }
}
