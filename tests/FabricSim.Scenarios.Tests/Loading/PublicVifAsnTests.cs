using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// An AWS public VIF as AWS documents it: Amazon's side speaks from Amazon's public ASN (catalog aws.public.asns), and
/// the customer side may use a private ASN, but then AS-path prepending does not work (catalog
/// aws.public.private_asn_prepend), so asking for it is an error at the key with the fix.
/// </summary>
public sealed class PublicVifAsnTests
{
    // Line numbers below count from the first line of this text.
    private const string Scenario = """
        name: public-vif
        run: {duration: 2s, warmup: 500ms, seed: 3, replications: 1}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
        options:
          - name: mcr
            ports: [{name: syd-port, site: syd-dc, speed: 10Gbps}]
            mcrs: [{name: mcr-syd, pop: SYD1, rate: 1Gbps MCRASN}]
            vxcs:
              - {name: dc-mcr, a: syd-port, b: mcr-syd, rate: 500Mbps, bgp: {peer_asn: 65001}}
              - {name: mcr-aws, a: mcr-syd, b: aws, rate: 200Mbps, cloud: {type: aws_hosted, vif: public}, bgp: BGP}
        """;

    private static string Text(string mcrAsn = "", string bgp = "{}") => Scenario
        .Replace(" MCRASN", mcrAsn, StringComparison.Ordinal)
        .Replace("BGP", bgp, StringComparison.Ordinal);

    private static ScenarioError Error(string text)
    {
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "public-vif.yaml", Catalog.Default));
        return Assert.Single(invalid.Errors);
    }

    private static Model.VxcSettings Vxc(string text) =>
        ScenarioLoader.LoadText(text, "public-vif.yaml", Catalog.Default).Options.Single().Vxcs.Single(v => v.Name == "mcr-aws");

    [Theory]
    [InlineData(64512)]
    [InlineData(65001)]
    [InlineData(133937)]
    public void A_public_vif_peer_asn_other_than_amazons_public_asn_is_an_error(long asn)
    {
        // Before: any peer_asn was accepted on a public VIF, so Amazon's side could speak from a private ASN.
        string text = Text(bgp: $"{{peer_asn: {asn}}}");
        var error = Error(text);
        Assert.Contains($"Amazon's public ASN (7224 or 16509), not {asn}", error.Message, StringComparison.Ordinal);
        Assert.Contains("routing-and-bgp", error.Message, StringComparison.Ordinal);
        Assert.Contains("peer_asn: 7224", error.Fix, StringComparison.Ordinal);
        Assert.Equal(13, error.Line);
        Assert.Equal(Scenario.Split('\n')[12].IndexOf("BGP", StringComparison.Ordinal) + 12, error.Column);
    }

    [Theory]
    [InlineData(7224)]
    [InlineData(16509)]
    public void Amazons_public_asns_are_accepted_on_a_public_vif(long asn) =>
        Assert.Equal(asn, Vxc(Text(bgp: $"{{peer_asn: {asn}}}")).Bgp!.PeerAsn);

    [Fact]
    public void Prepending_on_a_public_vif_from_an_mcr_with_a_private_asn_is_an_error()
    {
        string text = Text(mcrAsn: ", asn: 64600", bgp: "{as_path_prepend: 2}");
        var error = Error(text);
        Assert.Contains("AS-path prepending does not work on a public VIF", error.Message, StringComparison.Ordinal);
        Assert.Contains("(64600)", error.Message, StringComparison.Ordinal);
        Assert.Contains("WorkingWithVirtualInterfaces", error.Message, StringComparison.Ordinal);
        Assert.Contains("remove 'as_path_prepend'", error.Fix, StringComparison.Ordinal);
        Assert.Equal(13, error.Line);
        Assert.Equal(Scenario.Split('\n')[12].IndexOf("BGP", StringComparison.Ordinal) + 19, error.Column);
    }

    [Fact]
    public void A_private_customer_asn_on_a_public_vif_is_accepted_without_prepending_as_aws_allows()
    {
        Assert.Equal(0, Vxc(Text(mcrAsn: ", asn: 64600")).Bgp!.AsPathPrepend);
        Assert.Equal(2, Vxc(Text(bgp: "{as_path_prepend: 2}")).Bgp!.AsPathPrepend);
    }
}
