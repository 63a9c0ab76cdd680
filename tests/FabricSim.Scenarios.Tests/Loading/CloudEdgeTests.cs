using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;
using static FabricSim.Scenarios.Tests.Loading.OneMcrScenario;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// Where a cloud connection lands: at a PoP with the provider's on-ramp (the catalog's DX locations, ExpressRoute
/// peering locations, Google metros), on an edge named after its location and device, and never with both links of
/// one ExpressRoute circuit on one MSEE. Each mistake is an error at its key with the fix.
/// </summary>
public sealed class CloudEdgeTests
{
    [Fact]
    public void A_location_without_the_providers_on_ramp_is_an_error_naming_the_on_ramps()
    {
        // Brisbane (BNE1) lists AWS and Azure on-ramps in the PoP catalog, not Google.
        string text = Text(Google, "gcp, rate: 200Mbps, cloud: {type: google_partner, location: BNE1}");
        var error = SingleError(text);
        Assert.Contains("PoP 'BNE1' has no google on-ramp", error.Message, StringComparison.Ordinal);
        Assert.Contains("on_ramps list google", error.Fix, StringComparison.Ordinal);
        Assert.Equal((13, Column(text, 13, "BNE1")), (error.Line, error.Column));
    }

    [Fact]
    public void An_unknown_pop_as_location_is_an_error_with_suggestions()
    {
        string text = Text(Aws, "aws, rate: 200Mbps, cloud: {type: aws_hosted, location: SYD3}");
        var error = SingleError(text);
        Assert.Contains("unknown PoP 'SYD3'", error.Message, StringComparison.Ordinal);
        Assert.Contains("SYD1", error.Message, StringComparison.Ordinal);
        Assert.Equal((13, Column(text, 13, "SYD3")), (error.Line, error.Column));
    }

    [Fact]
    public void An_unknown_availability_domain_is_an_error_listing_googles_two()
    {
        string text = Text(Google, "gcp, rate: 200Mbps, cloud: {type: google_partner, availability_domain: 3}");
        var error = SingleError(text);
        Assert.Contains("availability_domain 3 is not one of Google's edge availability domains in a metro: 1, 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("EdgeAvailabilityDomain", error.Message, StringComparison.Ordinal);
        Assert.Contains("use one of: 1, 2", error.Fix, StringComparison.Ordinal);
        Assert.Equal((13, Column(text, 13, "3}")), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("aws", "{type: aws_hosted, availability_domain: 2}", "availability_domain", "location:")]
    [InlineData("aws", "{type: aws_hosted, link: secondary}", "link", "location:")]
    [InlineData("gcp", "{type: google_partner, link: secondary}", "link", "availability_domain")]
    public void A_device_key_of_another_provider_is_an_error_with_this_providers_own(string cloud, string connection, string key, string fix)
    {
        string text = Text(cloud == "aws" ? Aws : Google, $"{cloud}, rate: 200Mbps, cloud: {connection}");
        var error = SingleError(text);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains(fix, error.Fix, StringComparison.Ordinal);
        Assert.Equal(13, error.Line);
    }

    /// <summary>Both VXCs on the primary link at one peering location: one MSEE device, so one failure takes both.</summary>
    [Fact]
    public void Both_links_of_an_expressroute_circuit_on_one_msee_device_is_an_error_with_the_fix()
    {
        string text = Text(OneMcrScenario.Azure, "azure, rate: 200Mbps, cloud: {type: azure_expressroute, port_speed: 1Gbps, location: SYD2}")
            + "\n      - {name: mcr-cloud-2, a: mcr-syd, b: azure, rate: 200Mbps, cloud: {type: azure_expressroute, port_speed: 1Gbps, location: SYD2}}\n";
        var error = SingleError(text);
        Assert.Contains("one MSEE device ('azure-edge-SYD2')", error.Message, StringComparison.Ordinal);
        Assert.Contains("link: secondary", error.Fix, StringComparison.Ordinal);
        Assert.Equal(14, error.Line);
    }

    [Fact]
    public void Primary_and_secondary_links_land_on_two_devices_and_a_second_location_on_its_own_pair()
    {
        string text = Text(OneMcrScenario.Azure, "azure, rate: 200Mbps, cloud: {type: azure_expressroute, port_speed: 1Gbps}")
            + "\n      - {name: er-2, a: mcr-syd, b: azure, rate: 200Mbps, cloud: {type: azure_expressroute, port_speed: 1Gbps, link: secondary}}\n"
            + "      - {name: er-3, a: mcr-syd, b: azure, rate: 200Mbps, cloud: {type: azure_expressroute, port_speed: 1Gbps, location: MEL1}}\n"
            + "      - {name: er-4, a: mcr-syd, b: azure, rate: 200Mbps, cloud: {type: azure_expressroute, port_speed: 1Gbps, location: MEL1, link: secondary}}\n";
        var option = ScenarioLoader.LoadText(text, "one-mcr.yaml", Catalog.Default).Options.Single();

        Assert.Equal(["azure-edge", "azure-edge-MEL1", "azure-edge-MEL1-secondary", "azure-edge-secondary"], option.CloudEdges.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failure_may_name_an_edge_and_an_unknown_edge_is_an_error_suggesting_the_real_ones()
    {
        string text = Text(Aws, "aws, rate: 200Mbps, cloud: {type: aws_hosted, location: SYD2}")
            + "\nfailures:\n  - {element: aws-edge-SYD1, at: 1s, for: 1s}\n";
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "one-mcr.yaml", Catalog.Default));
        var error = Assert.Single(invalid.Errors);
        Assert.Contains("unknown element 'aws-edge-SYD1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("aws-edge-SYD2", error.Message, StringComparison.Ordinal);

        var failure = ScenarioLoader.LoadText(text.Replace("aws-edge-SYD1", "aws-edge-SYD2", StringComparison.Ordinal), "one-mcr.yaml", Catalog.Default).Failures.Single();
        Assert.Equal(["mcr"], failure.Options);
    }
}
