using FabricSim.Engine.Time;
using FabricSim.Scenarios.Descriptions;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>Scenario-level reproducers of the Internet alternative: region entry and congestion cycles as configured.</summary>
public sealed class InternetPathRunTests
{
    private static string SameMetro(string site, string pop, string region, string internet) => """
        name: same-metro
        run: {duration: 3s, warmup: 1s, seed: 8, replications: 1}
        sites:
          - {name: @SITE, pop: @POP, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: @REGION, prefixes: [10.10.0.0/16]}
        options:
          - name: vxc
            ports:
              - {name: port, site: @SITE, speed: 10Gbps}
            vxcs:
              - {name: dx, a: port, b: aws, rate: 500Mbps, cloud: {type: aws_hosted, vif: private}}
          - name: vpn
            vpns:
              - {name: vpn, site: @SITE, cloud: aws, internet_access: 1Gbps, internet: @INTERNET}
        traffic:
          - {name: voice, from: @SITE, to: aws, type: cbr, rate: 80kbps, packet_size: 200B}
        """.Replace("@SITE", site, StringComparison.Ordinal).Replace("@POP", pop, StringComparison.Ordinal)
        .Replace("@REGION", region, StringComparison.Ordinal).Replace("@INTERNET", internet, StringComparison.Ordinal);

    /// <summary>
    /// The reproducer of a VPN landing inside the region: from a data centre in the same metro as the region, the VPN's
    /// median one-way delay was 0.009 ms against the VXC's 1.000 ms. A VPN gateway is an edge of the region like a CSP
    /// edge, so the VPN pays the same region entry and is never faster than the private path into the same metro.
    /// </summary>
    [Theory]
    [InlineData("syd-dc", "SYD1", "ap-southeast-2", "{jitter: 0s, loss_rate: 0}")]
    [InlineData("syd-dc", "SYD1", "ap-southeast-2", "{}")]
    [InlineData("fra-dc", "FRA1", "eu-central-1", "{jitter: 0s, loss_rate: 0}")]
    public void A_same_metro_vpn_is_no_faster_than_the_vxc(string site, string pop, string region, string internet)
    {
        var scenario = ScenarioLoader.LoadText(SameMetro(site, pop, region, internet), "same-metro.yaml");
        var result = Simulation.Run(scenario, new RunOptions(Jobs: 1));
        double vxc = result.Options.Single(o => o.Name == "vxc").Flows.Single().LatencyP50Ms.Mean;
        double vpn = result.Options.Single(o => o.Name == "vpn").Flows.Single().LatencyP50Ms.Mean;
        Assert.True(vpn >= vxc, $"VPN p50 {vpn} ms is below the VXC's {vxc} ms.");
        Assert.True(vxc >= scenario.Catalog.EndDelay.TotalMilliseconds);
    }

    /// <summary>
    /// The reproducer of a cycle whose period was never read: a 12 s cycle reaches the path model with its period, peak
    /// and start to the nanosecond (a 1.5 s start is not rounded to a whole hour).
    /// </summary>
    [Fact]
    public void A_twelve_second_cycle_reaches_the_path_as_written()
    {
        string yaml = SameMetro("syd-dc", "SYD1", "ap-southeast-2",
            "{jitter: 2ms, loss_rate: 0.001, diurnal: {extra_delay: 40ms, extra_loss_rate: 0.01, peak_at: 3s, start_at: 1500ms, period: 12s}}");
        var scenario = ScenarioLoader.LoadText(yaml, "cycle.yaml");
        var vpn = scenario.Options.Single(o => o.Name == "vpn").Vpns.Single();
        var cycle = InternetPaths.Parameters(vpn.Internet).Congestion!;
        Assert.Equal(SimTime.FromSeconds(12), cycle.Period);
        Assert.Equal(1.0, cycle.Intensity(SimTime.FromMilliseconds(1500)), 12);
        Assert.Equal(0.0, cycle.Intensity(SimTime.FromMilliseconds(7500)), 12);
        Assert.Equal(0.5 * (1 + Math.Cos(2 * Math.PI * 1.5 / 12)), cycle.Intensity(SimTime.Zero), 12);
        Assert.Equal(40e6 * cycle.Intensity(SimTime.FromSeconds(5)), cycle.ExtraDelayNanoseconds(SimTime.FromSeconds(5)), 3);
    }
}
