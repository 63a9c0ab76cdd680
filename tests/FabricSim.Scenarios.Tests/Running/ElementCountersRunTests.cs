using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Where traffic is lost shows in the element rows: four sites at 200 Mbit/s hub onto an MCR whose 500 Mbit/s VXC to
/// AWS polices 800 Mbit/s down to 500, so each flow loses 1 − 500/800 = 37.5 %, and the rows say where and why.
/// </summary>
public sealed class ElementCountersRunTests
{
    private const string Scenario = """
        name: hub
        run: {duration: 1500ms, warmup: 300ms, seed: 8, replications: 3, probe_interval: 100ms}
        sites:
          - {name: s1, pop: SYD1, prefixes: [172.16.1.0/24]}
          - {name: s2, pop: SYD1, prefixes: [172.16.2.0/24]}
          - {name: s3, pop: SYD1, prefixes: [172.16.3.0/24]}
          - {name: s4, pop: SYD1, prefixes: [172.16.4.0/24]}
        clouds:
          - {name: aws-syd, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}
        options:
          - name: hub
            ports:
              - {name: p1, site: s1, speed: 1Gbps}
              - {name: p2, site: s2, speed: 1Gbps}
              - {name: p3, site: s3, speed: 1Gbps}
              - {name: p4, site: s4, speed: 1Gbps}
            mcrs: [{name: mcr, pop: SYD1, rate: 1Gbps}]
            vxcs:
              - {name: v1, a: p1, b: mcr, rate: 1Gbps}
              - {name: v2, a: p2, b: mcr, rate: 1Gbps}
              - {name: v3, a: p3, b: mcr, rate: 1Gbps}
              - {name: v4, a: p4, b: mcr, rate: 1Gbps}
              - {name: mcr-aws, a: mcr, b: aws-syd, rate: 500Mbps, cloud: {type: aws_hosted}}
        traffic:
          - {name: f1, from: s1, to: aws-syd, type: poisson, rate: 200Mbps, packet_size: 1500B}
          - {name: f2, from: s2, to: aws-syd, type: poisson, rate: 200Mbps, packet_size: 1500B}
          - {name: f3, from: s3, to: aws-syd, type: poisson, rate: 200Mbps, packet_size: 1500B}
          - {name: f4, from: s4, to: aws-syd, type: poisson, rate: 200Mbps, packet_size: 1500B}
        """;

    [Fact]
    public void Four_sites_hubbing_onto_a_500_mbit_vxc_show_where_and_why_traffic_is_lost()
    {
        var option = Assert.Single(Simulation.Run(ScenarioLoader.LoadText(Scenario, "hub.yaml"), new RunOptions(Jobs: 1)).Options);

        // Every flow loses about 37.5 % (the bucket's burst lets a little more through over a 1.2 s window).
        Assert.All(option.Flows, f => Assert.InRange(f.LossRatio.Mean, 0.375 - 0.02 - f.LossRatio.HalfWidth, 0.375 + 0.01 + f.LossRatio.HalfWidth));
        var vxc = Assert.Single(option.Links, l => l.Link == "mcr-aws" && l.From == "mcr");
        Assert.Equal("vxc", vxc.Kind);
        Assert.True(vxc.DropsPolicer > 0);
        Assert.Equal(0, vxc.DropsQueue);
        // Offered 800 Mbit/s (±2 % for Poisson over 1.2 s), carried the 500 of its rate limit.
        Assert.InRange(vxc.OfferedBitsPerSecond!.Mean, 0.78e9, 0.82e9);
        Assert.InRange(vxc.CarriedBitsPerSecond!.Mean, 0.49e9, 0.515e9);
        Assert.InRange(vxc.Utilization.Mean, 0.98, 1.03);
        // The MCR's 1 Gbit/s limit applies to what it forwards, before the egress VXC polices it: it sees the 800 Mbit/s
        // that arrive, at 0.8 of its rate, and drops nothing.
        var mcr = Assert.Single(option.Links, l => l.Kind == "mcr");
        Assert.Equal(0, mcr.DropsPolicer);
        Assert.InRange(mcr.OfferedBitsPerSecond!.Mean, 0.78e9, 0.82e9);
        Assert.Equal(mcr.OfferedBitsPerSecond.Mean, mcr.CarriedBitsPerSecond!.Mean);
        Assert.InRange(mcr.Utilization.Mean, 0.78, 0.82);
        // Over time (replication 0, every 100 ms after warm-up) the VXC's rate limit runs full and drops in every
        // interval, while the MCR's runs at 0.8 of its rate without a drop (±0.1: 6,700 Poisson packets per interval
        // vary by about 1.2 %, so this is over five standard deviations).
        var vxcSeries = option.TimeSeries.Where(p => p.Series == "mcr-aws:mcr>aws-syd-edge" && p.TimeSeconds > 0.35).ToList();
        Assert.All(vxcSeries.Where(p => p.Metric == "utilization"), p => Assert.InRange(p.Value, 0.9, 1.1));
        Assert.All(vxcSeries.Where(p => p.Metric == "drops_packets"), p => Assert.True(p.Value > 0));
        Assert.NotEmpty(vxcSeries);
        var mcrSeries = option.TimeSeries.Where(p => p.Series == "mcr:mcr>mcr" && p.TimeSeconds > 0.35).ToList();
        Assert.All(mcrSeries.Where(p => p.Metric == "utilization"), p => Assert.InRange(p.Value, 0.7, 0.9));
        Assert.All(mcrSeries.Where(p => p.Metric == "drops_packets"), p => Assert.Equal(0, p.Value));
        Assert.NotEmpty(mcrSeries);
        // Of every row, the VXC's rate limit dropped the most: the report's bottleneck (see the reporting tests).
        Assert.Equal(vxc, option.Links.OrderByDescending(l => l.DropsQueue + l.DropsPolicer).First());
    }

    /// <summary>
    /// An overloaded MCR shows what arrived, not what its egress VXC let through: four sites at 300 Mbit/s offer
    /// 1.2 Gbit/s to a 1 Gbit/s MCR, which forwards its rate and drops 1 − 1/1.2 ≈ 16.7 %, leaving its 1 Gbit/s VXC
    /// to AWS a conforming 1 Gbit/s.
    /// </summary>
    [Fact]
    public void An_overloaded_mcr_counts_what_arrived_and_drops_the_excess_before_the_egress_vxc()
    {
        string yaml = Scenario.Replace("rate: 200Mbps", "rate: 300Mbps", StringComparison.Ordinal)
            .Replace("{name: mcr-aws, a: mcr, b: aws-syd, rate: 500Mbps", "{name: mcr-aws, a: mcr, b: aws-syd, rate: 1Gbps", StringComparison.Ordinal);
        var option = Assert.Single(Simulation.Run(ScenarioLoader.LoadText(yaml, "overloaded-mcr.yaml"), new RunOptions(Jobs: 1)).Options);

        var mcr = Assert.Single(option.Links, l => l.Kind == "mcr");
        // Offered 1.2 Gbit/s (±2 % for Poisson over 1.2 s), carried its 1 Gbit/s (the bucket's burst lets a little more through).
        Assert.InRange(mcr.OfferedBitsPerSecond!.Mean, 1.17e9, 1.23e9);
        Assert.InRange(mcr.CarriedBitsPerSecond!.Mean, 0.98e9, 1.03e9);
        Assert.InRange(mcr.DropRatio.Mean, 1 - 1 / 1.2 - 0.02 - mcr.DropRatio.HalfWidth, 1 - 1 / 1.2 + 0.02 + mcr.DropRatio.HalfWidth);
        var vxc = Assert.Single(option.Links, l => l.Link == "mcr-aws" && l.From == "mcr");
        Assert.Equal(mcr.CarriedBitsPerSecond.Mean, vxc.OfferedBitsPerSecond!.Mean, 0.01 * mcr.CarriedBitsPerSecond.Mean);
        Assert.True(mcr.DropsPolicer > 10 * vxc.DropsPolicer, $"MCR dropped {mcr.DropsPolicer}, its VXC {vxc.DropsPolicer}.");
        Assert.Equal(mcr, option.Links.OrderByDescending(l => l.DropsQueue + l.DropsPolicer).First());
    }
}
