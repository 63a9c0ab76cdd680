using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// What AWS forbids for Direct Connect gateways and transit VIFs is refused by validate at the VXC's cloud
/// connection, with the fix: a gateway with private and transit VIFs, more transit gateways (regions) per gateway or
/// transit VIFs per dedicated connection than the quotas allow, more prefixes per transit gateway than AWS
/// advertises, and a Direct Connect gateway on a public VIF.
/// </summary>
public sealed class DxGatewayTests
{
    private static readonly string[] Regions = ["ap-southeast-2", "ap-southeast-4", "ap-southeast-1", "ap-northeast-1", "us-west-2", "us-east-1", "eu-west-1"];

    private static string Scenario(string clouds, string vxcs) => $$"""
        name: dxgw
        run: {duration: 2s, replications: 1}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [172.16.0.0/16]}
        clouds:
        {{clouds}}
        options:
          - name: dxgw
            ports: [{name: p, site: syd-dc, speed: 10Gbps}]
            mcrs: [{name: mcr, pop: SYD1, rate: 10Gbps}]
            vxcs:
              - {name: p-mcr, a: p, b: mcr, rate: 1Gbps}
        {{vxcs}}
        traffic:
          - {name: app, from: syd-dc, to: aws-0, type: cbr, rate: 1Mbps}
        """;

    private static string Cloud(int i, string prefixes) => $"  - {{name: aws-{i}, provider: aws, region: {Regions[i]}, prefixes: [{prefixes}]}}";

    private static string Clouds(int count) => string.Join("\n", Enumerable.Range(0, count).Select(i => Cloud(i, $"10.{i}.0.0/16")));

    private static string Vxc(string name, int cloud, string connection) =>
        $"      - {{name: {name}, a: mcr, b: aws-{cloud}, rate: 100Mbps, cloud: {{{connection}}}}}";

    private static ScenarioError SingleError(string yaml, string containing)
    {
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(yaml, "dxgw.yaml", Catalog.Default));
        var error = Assert.Single(invalid.Errors, e => e.Message.Contains(containing, StringComparison.Ordinal));
        Assert.Equal("dxgw.yaml", error.File);
        Assert.True(error.Column > 0);
        return error;
    }

    [Fact]
    public void Transit_vifs_to_six_regions_through_one_gateway_are_accepted()
    {
        string vxcs = string.Join("\n", Enumerable.Range(0, 6).Select(i => Vxc($"t{i}", i, "type: aws_hosted, vif: transit, location: SYD1")));

        var scenario = ScenarioLoader.LoadText(Scenario(Clouds(6), vxcs), "dxgw.yaml", Catalog.Default);

        Assert.All(scenario.Options[0].Vxcs.Where(v => v.Cloud is not null), v => Assert.Equal("dx-gateway", v.Cloud!.DxGatewayName));
    }

    [Fact]
    public void A_seventh_region_on_one_gateway_is_refused_at_the_vxc_that_adds_it()
    {
        string vxcs = string.Join("\n", Enumerable.Range(0, 7).Select(i => Vxc($"t{i}", i, "type: aws_hosted, vif: transit, location: SYD1")));

        var error = SingleError(Scenario(Clouds(7), vxcs), "transit gateways AWS associates");

        Assert.Contains("7 regions", error.Message, StringComparison.Ordinal);
        Assert.Contains("limits.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("vxc 't6'", error.Fix, StringComparison.Ordinal);
        // The seventh transit VIF's entry: 5 heading lines, 7 clouds, 6 lines of the option up to the first VIF, then t0-t6.
        Assert.Equal(25, error.Line);
    }

    [Fact]
    public void A_second_gateway_takes_the_seventh_region()
    {
        string vxcs = string.Join("\n", Enumerable.Range(0, 7).Select(i =>
            Vxc($"t{i}", i, "type: aws_hosted, vif: transit, location: SYD1" + (i == 6 ? ", dx_gateway: dxgw-2" : ""))));

        var scenario = ScenarioLoader.LoadText(Scenario(Clouds(7), vxcs), "dxgw.yaml", Catalog.Default);

        Assert.Equal(2, scenario.Options[0].Vxcs.Select(v => v.Cloud?.DxGatewayName).OfType<string>().Distinct().Count());
    }

    [Fact]
    public void A_gateway_with_a_private_and_a_transit_vif_is_refused()
    {
        string vxcs = Vxc("priv", 0, "type: aws_hosted, vif: private") + "\n" + Vxc("tvif", 1, "type: aws_hosted, vif: transit, location: SYD1");

        var error = SingleError(Scenario(Clouds(2), vxcs), "both a private VIF");

        Assert.Contains("'dx-gateway'", error.Message, StringComparison.Ordinal);
        Assert.Contains("dx_gateway", error.Fix, StringComparison.Ordinal);
        Assert.Equal(15, error.Line);
    }

    [Fact]
    public void Five_transit_vifs_on_one_dedicated_connection_are_refused()
    {
        string vxcs = string.Join("\n", Enumerable.Range(0, 5).Select(i => Vxc($"t{i}", 0, "type: aws_dedicated, port_speed: 10Gbps, vif: transit")));

        var error = SingleError(Scenario(Clouds(1), vxcs), "transit virtual interfaces on the dedicated");

        Assert.Contains("above the 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("vxc 't4'", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void More_prefixes_than_aws_advertises_per_transit_gateway_are_refused()
    {
        string prefixes = string.Join(", ", Enumerable.Range(0, 201).Select(i => $"10.{i / 100}.{i % 100}.0/24"));
        string clouds = Cloud(0, prefixes);
        string vxcs = Vxc("tvif", 0, "type: aws_hosted, vif: transit");

        var error = SingleError(Scenario(clouds, vxcs), "would advertise 201 prefixes");

        Assert.Contains("above the 200", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_vif_names_no_gateway()
    {
        string vxcs = Vxc("pub", 0, "type: aws_hosted, vif: public, dx_gateway: dxgw");

        var error = SingleError(Scenario(Clouds(1), vxcs), "public virtual interface does not attach");

        Assert.Contains("remove 'dx_gateway'", error.Fix, StringComparison.Ordinal);
    }
}
