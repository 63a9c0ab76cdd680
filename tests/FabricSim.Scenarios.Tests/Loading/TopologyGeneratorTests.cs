using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

public class TopologyGeneratorTests
{
    private static string Scenario(int siteCount, string topology)
    {
        string[] pops = ["SYD1", "MEL1", "BNE1", "PER1", "SIN1", "HKG1", "TYO1", "AKL1"];
        var sites = string.Join("\n", Enumerable.Range(0, siteCount).Select(i => $"  - {{name: s{i}, pop: {pops[i]}}}"));
        return $"""
            name: gen
            run: {"{"}duration: 10s{"}"}
            sites:
            {sites}
            clouds:
              - {"{"}name: aws, provider: aws, region: ap-southeast-2{"}"}
            options:
              - name: o
                mcrs: [{"{"}name: hub-mcr, pop: SYD1, rate: 5Gbps{"}"}]
                topology:
            {topology}
            """;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(8)]
    public void Mesh_of_n_sites_gives_n_times_n_minus_1_over_2_vxcs(int n)
    {
        string list = string.Join(", ", Enumerable.Range(0, n).Select(i => $"s{i}"));
        var scenario = ScenarioLoader.LoadText(Scenario(n, $"      mesh: {{sites: [{list}], rate: 100Mbps}}"), "gen.yaml");

        var option = scenario.Options[0];
        Assert.Equal(n * (n - 1) / 2, option.Vxcs.Count);
        Assert.Equal(n, option.Ports.Count);
        Assert.Equal(option.Vxcs.Count, option.Vxcs.Select(v => (v.EndA, v.EndB)).Distinct().Count());
        Assert.All(option.Vxcs, v => Assert.NotEqual(v.EndA, v.EndB));
        Assert.Equal("s0--s1", option.Vxcs[0].Name);
        Assert.All(option.Ports, p => Assert.Equal(10e9, p.Speed.BitsPerSecond));
    }

    [Fact]
    public void Hub_gives_one_vxc_per_spoke_and_lands_clouds_with_defaults()
    {
        var scenario = ScenarioLoader.LoadText(Scenario(3, "      hub: {mcr: hub-mcr, spokes: [s0, s1, s2, aws], rate: 200Mbps, port_speed: 1Gbps}"), "gen.yaml");

        var option = scenario.Options[0];
        Assert.Equal(["s0--hub-mcr", "s1--hub-mcr", "s2--hub-mcr", "aws--hub-mcr"], option.Vxcs.Select(v => v.Name));
        Assert.All(option.Vxcs, v => Assert.True(v.Touches("hub-mcr")));
        Assert.Equal(Model.CloudConnectionType.AwsHosted, option.Vxcs[3].Cloud!.Type);
        Assert.All(option.Ports, p => Assert.Equal(1e9, p.Speed.BitsPerSecond));
    }

    [Fact]
    public void Hub_with_unknown_mcr_is_reported()
    {
        var ex = Assert.Throws<ScenarioValidationException>(() =>
            ScenarioLoader.LoadText(Scenario(2, "      hub: {mcr: hub-mrc, spokes: [s0, s1], rate: 200Mbps}"), "gen.yaml"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("unknown MCR 'hub-mrc' in hub; did you mean 'hub-mcr'?", error.Message);
        Assert.Equal(12, error.Line);
    }

    /// <summary>
    /// A VXC a topology makes is policed like the same VXC written out: the catalog's burst, 10 ms at its rate
    /// (products.yaml policer_burst), not the engine's 1 ms fallback, which clipped TCP windows on every generated VXC.
    /// </summary>
    [Fact]
    public void Generated_vxcs_get_the_catalog_policer_burst_of_written_ones()
    {
        var generated = ScenarioLoader.LoadText(Scenario(3, "      hub: {mcr: hub-mcr, spokes: [s0, s1, aws], rate: 200Mbps, port_speed: 1Gbps}"), "gen.yaml").Options[0];
        var meshed = ScenarioLoader.LoadText(Scenario(2, "      mesh: {sites: [s0, s1], rate: 100Mbps}"), "gen.yaml").Options[0];
        var written = ScenarioLoader.LoadText(Scenario(1, "      hub: {mcr: hub-mcr, spokes: [s0], rate: 200Mbps, port_speed: 1Gbps}")
            .Replace("    topology:\n      hub: {mcr: hub-mcr, spokes: [s0], rate: 200Mbps, port_speed: 1Gbps}",
                "    ports: [{name: p0, site: s0, speed: 1Gbps}]\n    vxcs:\n      - {name: w, a: p0, b: hub-mcr, rate: 200Mbps}\n      - {name: c, a: hub-mcr, b: aws, rate: 200Mbps, cloud: {type: aws_hosted}}", StringComparison.Ordinal),
            "written.yaml").Options[0];

        // 200 Mbit/s × 10 ms / 8 = 250,000 B; 100 Mbit/s × 10 ms / 8 = 125,000 B.
        Assert.All(generated.Vxcs, v => Assert.Equal(250_000, v.BurstBytes));
        Assert.Equal(125_000, Assert.Single(meshed.Vxcs).BurstBytes);
        Assert.Equal([250_000, 250_000], written.Vxcs.Select(v => v.BurstBytes));
    }
}
