using FabricSim.Scenarios.Yaml;
using FabricSim.Scenarios.Loading;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>A VXC polices by default; with shaping it queues, and its queue is the scenario's to size.</summary>
public sealed class VxcShapingTests
{
    // Line numbers below count from the first line of this text.
    private const string Scenario = """
        name: t
        run: {duration: 10s}
        sites:
          - {name: syd-dc, pop: SYD1}
        clouds:
          - {name: aws-syd, provider: aws, region: ap-southeast-2}
        options:
          - name: sdci
            ports:
              - {name: syd-port, site: syd-dc, speed: 10Gbps}
            vxcs:
              - name: syd-aws
                a: syd-port
                b: aws-syd
                rate: 500Mbps
                cloud: {type: aws_hosted}
        traffic:
          - {name: app, from: syd-dc, to: aws-syd, type: poisson, rate: 100Mbps}
        """;

    [Fact]
    public void A_vxc_polices_unless_told_to_shape()
    {
        var vxc = ScenarioLoader.LoadText(Scenario, "t.yaml").Options[0].Vxcs[0];

        Assert.False(vxc.Shaped);
        Assert.Equal(Model.VxcSettings.DefaultShaperQueuePackets, vxc.ShaperQueuePackets);
    }

    [Fact]
    public void A_shaping_vxc_takes_its_queue_from_the_scenario()
    {
        var vxc = ScenarioLoader.LoadText(Scenario.Replace("rate: 500Mbps\n", "rate: 500Mbps\n        shaping: true\n        shaper_queue: 250\n",
            StringComparison.Ordinal), "t.yaml").Options[0].Vxcs[0];

        Assert.True(vxc.Shaped);
        Assert.Equal(250, vxc.ShaperQueuePackets);
    }

    [Fact]
    public void A_shaper_queue_on_a_policing_vxc_is_an_error_with_its_fix()
    {
        var text = Scenario.Replace("rate: 500Mbps\n", "rate: 500Mbps\n        shaper_queue: 250\n", StringComparison.Ordinal);

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "t.yaml")).Errors);

        Assert.Equal((16, 23), (error.Line, error.Column));
        Assert.Contains("has no effect", error.Message, StringComparison.Ordinal);
        Assert.Contains("shaping: true", error.Fix, StringComparison.Ordinal);
    }
}
