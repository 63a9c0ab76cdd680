using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.Tests.Resilience;

/// <summary>Reproducers: what a "redundant" design survives, and what its shared risks take down.</summary>
public sealed class SharedRiskTests
{
    private static OptionResilience Study(string text) =>
        Assert.Single(ResilienceStudy.Run(ScenarioLoader.LoadText(text, "t.yaml")).Options);

    [Fact]
    public void Two_ports_in_one_diversity_zone_fail_together_and_take_down_both_links_of_the_redundant_design()
    {
        var option = Study(TwoPortScenario.Text(", diversity_zone: red", ", diversity_zone: red"));
        var single = Assert.Single(option.Sets, s => s.Name == "p1");
        Assert.Equal(0, single.FlowsLost);
        Assert.All(single.Flows, f => Assert.Equal("v2", f.Path));
        var zone = Assert.Single(option.Sets, s => s.Name == "p1 + p2");
        Assert.Contains("diversity zone SYD1 red", zone.Reason, StringComparison.Ordinal);
        Assert.Equal(2, zone.FlowsLost);
        Assert.All(zone.Flows, f => Assert.Null(f.Outage));
    }

    [Fact]
    public void Ports_in_different_diversity_zones_are_no_shared_risk_of_a_zone()
    {
        var option = Study(TwoPortScenario.Text(", diversity_zone: red", ", diversity_zone: blue"));
        Assert.Equal("same PoP SYD1", Assert.Single(option.Sets, s => s.Name == "p1 + p2").Reason);
    }

    [Fact]
    public void The_failover_path_carries_what_fits_its_rate_and_the_rest_is_shortfall()
    {
        // Intact both 200 Mbit/s flows ride v1 (500 Mbit/s); on v2 (300 Mbit/s) each keeps 300/400 of its rate.
        var option = Study(TwoPortScenario.Text());
        Assert.All(option.Intact, f => Assert.Equal(0, f.ShortfallBitsPerSecond));
        var p1 = Assert.Single(option.Sets, s => s.Name == "p1");
        Assert.Equal(100e6, p1.ShortfallBitsPerSecond, 1e-3);
        Assert.All(p1.Flows, f => Assert.Equal(50e6, f.ShortfallBitsPerSecond, 1e-3));
    }

    [Fact]
    public void Losing_the_PoP_loses_every_flow_and_its_whole_offered_rate()
    {
        var option = Study(TwoPortScenario.Text());
        var pop = Assert.Single(option.Sets, s => s.Name == "SYD1");
        Assert.Equal(2, pop.FlowsLost);
        Assert.Equal(400e6, pop.ShortfallBitsPerSecond, 1e-3);
    }
}
