using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

public class ScenarioSectionTests
{
    private const string Base = """
        name: t
        run: {duration: 10s}
        pops:
          - {code: CBR1, city: Canberra, country: AU, region: apac, lat: -35.28, lon: 149.13, on_ramps: [aws]}
        backbone:
          links:
            - {between: [CBR1, SYD1], rate: 10Gbps}
        sites:
          - {name: cbr-office, lat: -35.30, lon: 149.10}
          - {name: per-dc, pop: PER1}
        options:
          - name: o
            ports:
              - {name: cbr-port, site: cbr-office, speed: 1Gbps}
              - {name: per-port, site: per-dc, speed: 1Gbps}
            vxcs:
              - {name: cbr-per, a: cbr-port, b: per-port, rate: 100Mbps}
        traffic:
          - {name: f, from: cbr-office, to: per-dc, type: cbr, rate: 1Mbps}
        """;

    [Fact]
    public void Scenario_pops_extend_the_catalog_and_sites_use_the_nearest_pop()
    {
        var scenario = ScenarioLoader.LoadText(Base, "t.yaml");

        Assert.Equal("CBR1", scenario.FindSite("cbr-office")!.Pop);
        Assert.Contains(scenario.Backbone.Links, l => l.Joins("SYD1", "CBR1") && l.Rate.BitsPerSecond == 10_000_000_000);
        Assert.Equal(FabricSim.Scenarios.Catalogs.Catalog.Default.BackboneRouteFactor, scenario.Backbone.RouteFactor);
    }

    [Fact]
    public void Removing_the_only_backbone_link_makes_the_vxc_unreachable()
    {
        string text = Base.Replace("- {between: [CBR1, SYD1], rate: 10Gbps}", "- {between: [PER1, SIN1], remove: true}", StringComparison.Ordinal);

        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "t.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("vxc 'cbr-per' is unreachable: no backbone path joins CBR1 and PER1", error.Message);
        Assert.Equal((17, 41), (error.Line, error.Column));
    }

    [Fact]
    public void Loading_the_same_text_twice_gives_the_same_model_and_the_same_errors()
    {
        var a = ScenarioLoader.LoadText(Base, "t.yaml");
        var b = ScenarioLoader.LoadText(Base, "t.yaml");
        Assert.Equivalent(a.Traffic, b.Traffic, strict: true);
        Assert.Equivalent(a.Options, b.Options, strict: true);
        Assert.Equivalent(a.Sites, b.Sites, strict: true);

        string broken = Base.Replace("rate: 1Mbps", "rate: 1", StringComparison.Ordinal).Replace("speed: 1Gbps}", "speed: 2Gbps}", StringComparison.Ordinal);
        var e1 = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(broken, "t.yaml")).Errors;
        var e2 = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(broken, "t.yaml")).Errors;
        Assert.Equal(e1, e2);
        Assert.Equal(3, e1.Count);
    }

    [Fact]
    public void Bundled_scenarios_stay_within_a_small_packet_budget()
    {
        // Each bundled scenario must later run in well under a minute: at most 2e7 packets over all options and replications.
        foreach (string file in RepositoryFiles.BundledScenarios)
        {
            var scenario = ScenarioLoader.Load(file);
            double packets = scenario.Traffic.Sum(d => ScenarioChecks.PacketsPerReplication(d, scenario.Run)) * scenario.Run.Replications * scenario.Options.Count;
            Assert.True(packets < 2e7, $"{Path.GetFileName(file)}: {packets:0.###e0} packets");
        }
    }
}
