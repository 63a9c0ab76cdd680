using FabricSim.Network.Units;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Sweeps;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Sweeps;

public class SweepExpansionTests
{
    private static string GrowthText => File.ReadAllText(Path.Combine(RepositoryFiles.ScenariosFolder, "growth-what-if.yaml"));

    [Fact]
    public void Growth_sweep_scales_demand_from_20_to_120_percent_of_the_vxc_rate()
    {
        var scenario = ScenarioLoader.LoadText(GrowthText, "growth-what-if.yaml");

        var cases = SweepExpansion.Expand(scenario);

        Assert.Equal([0.2, 0.4, 0.6, 0.8, 1.0, 1.2], cases.Select(c => c.Value));
        Assert.Equal(["100Mbps", "200Mbps", "300Mbps", "400Mbps", "500Mbps", "600Mbps"], cases.Select(c => c.Text));
        Assert.Equal([100e6, 200e6, 300e6, 400e6, 500e6, 600e6], cases.Select(c => (double)c.Scenario.Traffic[0].Rate!.Value.BitsPerSecond));
        Assert.All(cases, c => Assert.Equal("demand_fraction_of_vxc", c.Parameter));
        // The VXC itself is untouched, and the original scenario keeps its own demand.
        Assert.All(cases, c => Assert.Equal(DataRate.Parse("500Mbps"), c.Scenario.Options[0].Vxcs[0].Rate));
        Assert.Equal(DataRate.Parse("250Mbps"), scenario.Traffic[0].Rate);
    }

    [Fact]
    public void Sweep_of_explicit_values_sets_a_vxc_rate_by_path()
    {
        string text = GrowthText.Replace("""
              path: traffic[app].rate
              relative_to: options[sdci].vxcs[mel-aws].rate
              range: {from: 0.2, to: 1.2, step: 0.2}
            """, """
              path: options[sdci].vxcs[mel-aws].rate
              values: [300Mbps, 1Gbps]
            """, StringComparison.Ordinal);
        var cases = SweepExpansion.Expand(ScenarioLoader.LoadText(text, "g.yaml"));

        Assert.Equal([300e6, 1e9], cases.Select(c => c.Value));
        Assert.Equal([300e6, 1e9], cases.Select(c => (double)c.Scenario.Options[0].Vxcs[0].Rate.BitsPerSecond));
    }

    [Fact]
    public void Sweep_value_that_breaks_a_rule_is_reported_at_the_sweep_path()
    {
        // A 5 Gbps VXC does not fit the 1 Gbps port.
        string text = GrowthText.Replace("""
              path: traffic[app].rate
              relative_to: options[sdci].vxcs[mel-aws].rate
              range: {from: 0.2, to: 1.2, step: 0.2}
            """, """
              path: options[sdci].vxcs[mel-aws].rate
              values: [300Mbps, 5Gbps]
            """, StringComparison.Ordinal);
        int pathLine = Array.FindIndex(text.Split('\n'), l => l.Contains("path: options", StringComparison.Ordinal)) + 1;

        var ex = Assert.Throws<ScenarioValidationException>(() => SweepExpansion.Expand(ScenarioLoader.LoadText(text, "g.yaml")));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("with options[sdci].vxcs[mel-aws].rate = 5Gbps: rate 5Gbps of vxc 'mel-aws' exceeds the speed 1Gbps of its port 'mel-port'", error.Message);
        Assert.Equal((pathLine, 9), (error.Line, error.Column));
    }

    [Fact]
    public void Scenario_without_sweep_expands_to_nothing()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "sdci-vs-ipsec.yaml"));
        Assert.Empty(SweepExpansion.Expand(scenario));
    }

    [Theory]
    [InlineData("500Mbps", 0.5, "250Mbps")]
    [InlineData("20ms", 1.5, "30ms")]
    [InlineData("1500B", 0.5, "750B")]
    [InlineData("2.5", 2, "5")]
    public void Scaling_keeps_the_unit_kind(string text, double factor, string expected)
    {
        Assert.Equal(expected, SweepExpansion.Scale(text, factor));
    }
}
