using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Descriptions;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;
using static FabricSim.Scenarios.Tests.Loading.OneMcrScenario;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// What a cloud does when the scenario does not say: how many equal BGP paths it spreads flows over, as its provider
/// documents it (catalog aws.maximum_paths, azure.maximum_paths), and the ASN the Amazon side of a public VIF speaks
/// from (Amazon's public ASN; a private or transit VIF keeps the Direct Connect gateway's).
/// </summary>
public sealed class CloudDefaultsTests
{
    [Theory]
    [InlineData(Aws, "aws", 16)]
    [InlineData(OneMcrScenario.Azure, "azure", 4)]
    [InlineData(Google, "gcp", 1)]
    public void A_clouds_maximum_paths_defaults_to_its_providers_documented_ecmp(string cloud, string name, int expected)
    {
        var scenario = ScenarioLoader.LoadText(Text(cloud, $"{name}, rate: 200Mbps"), "one-mcr.yaml", Catalog.Default);
        Assert.Equal(expected, scenario.Clouds.Single().MaximumPaths);
    }

    [Fact]
    public void A_clouds_own_maximum_paths_wins_over_the_default() =>
        Assert.Equal(1, ScenarioLoader.LoadText(Text(Aws.Replace("]}", "], maximum_paths: 1}", StringComparison.Ordinal), "aws, rate: 200Mbps"),
            "one-mcr.yaml", Catalog.Default).Clouds.Single().MaximumPaths);

    [Fact]
    public void The_amazon_side_of_a_public_vif_speaks_from_amazons_public_asn_on_an_edge_of_its_own()
    {
        string text = Text(Aws, "aws, rate: 200Mbps, cloud: {type: aws_hosted, vif: public}")
            + "\n      - {name: mcr-vpc, a: mcr-syd, b: aws, rate: 200Mbps, cloud: {type: aws_hosted}}";
        var scenario = ScenarioLoader.LoadText(text, "one-mcr.yaml", Catalog.Default);
        var fabric = OptionDescription.Of(scenario, scenario.Options[0]).Build(seed: 1);
        fabric.Run(Engine.Time.SimTime.FromSeconds(1));

        var routers = fabric.Routers();
        Assert.Equal(7224, routers.Single(r => r.Node == "aws-edge-public").Asn);
        Assert.Equal(64512, routers.Single(r => r.Node == "aws-edge").Asn);
    }
}
