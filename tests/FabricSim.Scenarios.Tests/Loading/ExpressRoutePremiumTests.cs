using FabricSim.Scenarios.Yaml;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Cost;
using FabricSim.Scenarios.Loading;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// A Standard ExpressRoute circuit reaches only its location's geopolitical region (Microsoft's ExpressRoute
/// locations table): reaching further is refused by validate with the fix, and allowed and billed with Premium.
/// </summary>
public sealed class ExpressRoutePremiumTests
{
    private static string Scenario(string region, string connection) => $$$"""
        name: er
        run: {duration: 2s, replications: 1}
        sites:
          - {name: syd-dc, pop: SYD1, prefixes: [172.16.0.0/16]}
        clouds:
          - {name: azure-eu, provider: azure, region: {{{region}}}, on_ramp: SYD1, prefixes: [10.20.0.0/16]}
        options:
          - name: er
            ports: [{name: p, site: syd-dc, speed: 10Gbps}]
            vxcs:
              - {name: v, a: p, b: azure-eu, rate: 1Gbps, cloud: {type: azure_expressroute, port_speed: 1Gbps{{{connection}}}}}
        traffic:
          - {name: app, from: syd-dc, to: azure-eu, type: cbr, rate: 1Mbps}
        """;

    [Fact]
    public void A_standard_circuit_in_sydney_reaching_westeurope_is_refused_with_the_fix()
    {
        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(Scenario("westeurope", ""), "er.yaml"));

        var error = Assert.Single(invalid.Errors, e => e.Message.Contains("Standard ExpressRoute circuit", StringComparison.Ordinal));
        Assert.Contains("oceania", error.Message, StringComparison.Ordinal);
        Assert.Contains("europe", error.Message, StringComparison.Ordinal);
        Assert.Contains("premium: true", error.Fix, StringComparison.Ordinal);
        // The error points at the vxc's cloud connection (line 11 of the file, where `cloud:` is written).
        Assert.Equal("er.yaml", error.File);
        Assert.Equal(11, error.Line);
        Assert.True(error.Column > 0);
    }

    [Fact]
    public void A_standard_circuit_within_its_geopolitical_region_is_accepted()
    {
        var scenario = ScenarioLoader.LoadText(Scenario("australiasoutheast", ""), "er.yaml");

        Assert.False(scenario.Options[0].Vxcs[0].Cloud!.Premium);
    }

    [Fact]
    public void A_premium_circuit_reaching_westeurope_is_accepted_and_pays_the_add_on()
    {
        var scenario = ScenarioLoader.LoadText(Scenario("westeurope", ", premium: true"), "er.yaml");

        var lines = CostModel.Monthly(scenario, scenario.Options[0], new Dictionary<string, DataRate>());

        // Circuit 1 Gbps 450, Premium add-on 1 Gbps 625 (both assumptions in prices.yaml), gateway 0.42 × 730 = 306.60.
        Assert.Equal([450.00, 625.00, 306.60], lines.Where(l => l.Category == "csp_port").Select(l => l.MonthlyUsd));
        Assert.Contains("Premium", lines.Where(l => l.Category == "csp_port").ElementAt(1).Item, StringComparison.Ordinal);
    }

    [Fact]
    public void Premium_on_a_connection_other_than_expressroute_is_refused()
    {
        string text = Scenario("westeurope", "").Replace("type: azure_expressroute, port_speed: 1Gbps", "type: aws_hosted, premium: true", StringComparison.Ordinal)
            .Replace("provider: azure, region: westeurope", "provider: aws, region: ap-southeast-2", StringComparison.Ordinal);

        var invalid = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "er.yaml"));

        Assert.Contains(invalid.Errors, e => e.Message.Contains("premium is an add-on of Azure ExpressRoute", StringComparison.Ordinal));
    }
}
