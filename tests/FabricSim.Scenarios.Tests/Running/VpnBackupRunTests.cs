using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// A data centre with a Direct Connect VXC to AWS and an IPsec VPN beside it as backup, whose VXC fails for 20 s:
/// the VPN takes over once BFD on the VXC's session notices, carries the traffic during the failure and hands it back
/// once BFD hears the repaired VXC again; the same design without the VPN loses everything for the whole failure.
/// Without BFD the takeover waits for the VXC session's hold timer. Each flow sends 1000-byte packets at 10 Mbit/s
/// each way, one every 0.8 ms.
/// </summary>
public sealed class VpnBackupRunTests
{
    private const double PacketsPerSecond = 1250;

    /// <summary>BFD 300 ms × 3 at both ends: the last packet before the failure left 0–300 ms before it, so detection comes 0.6–0.9 s after it.</summary>
    private const double BfdEarliest = 0.6;
    private const double BfdLatest = 0.9;

    /// <summary>
    /// The first packet over the VPN arrives later than one over the VXC would have by the difference of the two
    /// paths' delays: a few milliseconds within one metro. Also one packet spacing either side of the gap.
    /// </summary>
    private const double PathAndSpacingSlack = 0.02;

    /// <summary>One direction of an ESP tunnel: AES-GCM around 1000 bytes, outer IPv4 20 + SPI/sequence 8 + IV 8 + ICV 16 + 1004 padded, at 1.25 Gbit/s.</summary>
    private const double TunnelUtilization = PacketsPerSecond * (20 + 8 + 8 + 16 + 1004) * 8 / 1.25e9;

    private static string Scenario(string pop, string region, string run, string failures) => """
        name: dx-vpn-backup
        run: @RUN
        sites:
          - {name: dc, pop: @POP, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: @REGION, prefixes: [10.10.0.0/16]}
        options:
          - name: dx-vpn
            ports:
              - {name: dc-port, site: dc, speed: 10Gbps}
            vxcs:
              - {name: dc-aws, a: dc-port, b: aws, rate: 500Mbps, bgp: {bfd: true}}
            vpns:
              - {name: vpn-aws, site: dc, cloud: aws, internet_access: 1Gbps, internet: {jitter: 0s, loss_rate: 0}}
          - name: dx-only
            ports:
              - {name: dc-port, site: dc, speed: 10Gbps}
            vxcs:
              - {name: dc-aws, a: dc-port, b: aws, rate: 500Mbps, bgp: {bfd: true}}
          - name: dx-vpn-no-bfd
            ports:
              - {name: dc-port, site: dc, speed: 10Gbps}
            vxcs:
              - {name: dc-aws, a: dc-port, b: aws, rate: 500Mbps}
            vpns:
              - {name: vpn-aws, site: dc, cloud: aws, internet_access: 1Gbps, internet: {jitter: 0s, loss_rate: 0}}
          - name: dx-vpn-static
            ports:
              - {name: dc-port, site: dc, speed: 10Gbps}
            vxcs:
              - {name: dc-aws, a: dc-port, b: aws, rate: 500Mbps, bgp: {bfd: true}}
            vpns:
              - {name: vpn-aws, site: dc, cloud: aws, internet_access: 1Gbps, routing: static, static_distance: 250, internet: {jitter: 0s, loss_rate: 0}}
          - name: mcr-vpn
            ports:
              - {name: dc-port, site: dc, speed: 10Gbps}
            mcrs:
              - {name: mcr, pop: @POP, rate: 1Gbps, asn: 133937, bfd: {interval: 300ms, multiplier: 3}}
            vxcs:
              - {name: dc-mcr, a: dc-port, b: mcr, rate: 500Mbps, bgp: {peer_asn: 65010, bfd: true}}
              - {name: mcr-aws, a: mcr, b: aws, rate: 500Mbps, bgp: {peer_asn: 64512, peer_type: private_cloud, bfd: true}}
            vpns:
              - {name: vpn-aws, site: dc, cloud: aws, internet_access: 1Gbps, internet: {jitter: 0s, loss_rate: 0}}
        traffic:
          - {name: to-aws, from: dc, to: aws, type: cbr, rate: 10Mbps, packet_size: 1000B}
          - {name: from-aws, from: aws, to: dc, type: cbr, rate: 10Mbps, packet_size: 1000B}
        failures:
        @FAILURES
        """.Replace("@RUN", run, StringComparison.Ordinal).Replace("@POP", pop, StringComparison.Ordinal)
        .Replace("@REGION", region, StringComparison.Ordinal).Replace("@FAILURES", failures, StringComparison.Ordinal);

    private static readonly Lazy<IReadOnlyList<OptionResult>> Sydney = new(() => Simulation.Run(ScenarioLoader.LoadText(
        Scenario("SYD1", "ap-southeast-2", "{duration: 40s, warmup: 1s, seed: 4, replications: 1, probe_interval: 1s}", """
              - {element: dc-aws, option: dx-vpn, at: 10s, for: 20s}
              - {element: dc-aws, option: dx-only, at: 10s, for: 20s}
              - {element: dc-aws, option: dx-vpn-static, at: 10s, for: 20s}
              - {element: mcr-aws, option: mcr-vpn, at: 10s, for: 20s}
            """), "sydney.yaml"), new RunOptions(Jobs: 2)).Options);

    private static OptionResult Option(IReadOnlyList<OptionResult> options, string name) => options.Single(o => o.Name == name);

    /// <summary>BGP over the tunnels or a floating static route: either way the VXC's session decides when the VPN takes over.</summary>
    [Theory]
    [InlineData("dx-vpn")]
    [InlineData("dx-vpn-static")]
    public void With_a_vpn_beside_it_a_20s_vxc_failure_costs_only_the_bfd_detection(string design)
    {
        var option = Option(Sydney.Value, design);

        foreach (var flow in option.Flows)
        {
            double outage = flow.OutageSeconds.Mean;
            Assert.InRange(outage, BfdEarliest - PathAndSpacingSlack, BfdLatest + PathAndSpacingSlack);
            // Loss limited to the outage: the packets of the silent interval and no more.
            long lost = flow.PacketsSent - flow.PacketsReceived;
            Assert.InRange(lost, (outage - PathAndSpacingSlack) * PacketsPerSecond, (outage + PathAndSpacingSlack) * PacketsPerSecond);
        }
    }

    [Theory]
    [InlineData("dx-vpn")]
    [InlineData("dx-vpn-static")]
    public void The_vpn_tunnel_carries_the_traffic_during_the_failure_and_the_vxc_before_and_after(string design)
    {
        var option = Option(Sydney.Value, design);
        var series = option.TimeSeries.Where(p => p.Metric == "utilization").ToList();

        foreach (string direction in new[] { "dc>aws-edge", "aws-edge>dc" })
        {
            var vxc = Utilization(series, "dc-aws:" + direction);
            var tunnel = Utilization(series, "vpn-aws/tunnel1:" + direction);
            // 1 s intervals ending at t: before the failure at 10 s, wholly inside it (11 s to 30 s), and from 32 s,
            // after the repair at 30 s plus BFD's return (at most two 300 ms intervals) and the session's.
            foreach (double t in new[] { 3.0, 9.0, 33.0, 40.0 })
            {
                Assert.InRange(vxc[t], 0.02 * 0.99, 0.02 * 1.01);
                Assert.True(tunnel.GetValueOrDefault(t) < 1e-6, $"the tunnel carried data at {t} s: {tunnel.GetValueOrDefault(t)}");
            }
            // Hand back: BFD hears the repaired VXC within two 300 ms intervals and the session re-establishes in a
            // few metro round trips, so the VXC carries at least 35 % of the second after the repair.
            Assert.InRange(vxc[31], 0.02 * (1 - 2 * 0.3 - 0.05), 0.02 * 1.01);
            foreach (double t in new[] { 12.0, 20.0, 29.0 })
            {
                Assert.Equal(0, vxc.GetValueOrDefault(t));
                Assert.InRange(tunnel[t], TunnelUtilization * 0.99, TunnelUtilization * 1.01);
            }
        }
        // links.csv: the tunnel rows carry the failure's share of the run (about 20 of 39 measured seconds).
        var rows = option.Links.Where(l => l.Kind == "vpn_tunnel" && l.Link == "vpn-aws/tunnel1").ToList();
        Assert.Equal(2, rows.Count);
        double share = TunnelUtilization * 1.25e9 * 20 / 39;
        Assert.All(rows, r => Assert.InRange(r.CarriedBitsPerSecond!.Mean, share - TunnelUtilization * 1.25e9 * 1.0 / 39, share + TunnelUtilization * 1.25e9 * 1.0 / 39));
    }

    /// <summary>
    /// Through an MCR the site hears of the failure from the MCR, whose BFD on the failed VXC detects it in 0.6-0.9 s
    /// and whose withdrawal crosses the site's VXC in a millisecond or two; AWS's edge detects it itself.
    /// </summary>
    [Fact]
    public void Through_an_mcr_the_vpn_takes_over_once_the_mcr_withdraws_and_hands_back_after_repair()
    {
        var option = Option(Sydney.Value, "mcr-vpn");

        foreach (var flow in option.Flows)
        {
            Assert.InRange(flow.OutageSeconds.Mean, BfdEarliest - PathAndSpacingSlack, BfdLatest + PathAndSpacingSlack);
        }
        var series = option.TimeSeries.Where(p => p.Metric == "utilization").ToList();
        foreach (string direction in new[] { "mcr>aws-edge", "aws-edge>mcr" })
        {
            Assert.Equal(0, Utilization(series, "mcr-aws:" + direction).GetValueOrDefault(20));
            Assert.InRange(Utilization(series, "mcr-aws:" + direction)[35], 0.02 * 0.99, 0.02 * 1.01);
        }
        Assert.InRange(Utilization(series, "vpn-aws/tunnel1:dc>aws-edge")[20], TunnelUtilization * 0.99, TunnelUtilization * 1.01);
    }

    [Fact]
    public void Without_the_vpn_the_same_failure_loses_everything_until_the_vxc_is_back()
    {
        var option = Option(Sydney.Value, "dx-only");

        Assert.DoesNotContain(option.Links, l => l.Kind.StartsWith("vpn", StringComparison.Ordinal));
        foreach (var flow in option.Flows)
        {
            // The whole 20 s, then BFD hears the repaired VXC within two 300 ms intervals and BGP re-establishes in a
            // few metro round trips.
            Assert.InRange(flow.OutageSeconds.Mean, 20 - 0.002, 20 + 0.6 + 0.05);
            long lost = flow.PacketsSent - flow.PacketsReceived;
            Assert.InRange(lost, (flow.OutageSeconds.Mean - 0.002) * PacketsPerSecond, (flow.OutageSeconds.Mean + 0.002) * PacketsPerSecond + 1);
        }
    }

    /// <summary>
    /// Without BFD the VXC's session notices only when its hold timer expires: 90 s (AWS's, the smaller of the two
    /// ends' hold times) after the last keepalive, which came 0–30 s before the failure. The outage is 60–90 s.
    /// </summary>
    [Fact]
    public void Without_bfd_the_vpn_takes_over_after_the_vxc_sessions_hold_time()
    {
        var options = Simulation.Run(ScenarioLoader.LoadText(
            Scenario("SYD1", "ap-southeast-2", "{duration: 120s, warmup: 1s, seed: 4, replications: 1}", """
                  - {element: dc-aws, option: dx-vpn-no-bfd, at: 10s, for: 105s}
                """), "hold.yaml"), new RunOptions(Jobs: 1)).Options;
        var option = Option(options, "dx-vpn-no-bfd");

        foreach (var flow in option.Flows)
        {
            Assert.InRange(flow.OutageSeconds.Mean, 60 - PathAndSpacingSlack, 90 + PathAndSpacingSlack);
        }
    }

    /// <summary>The same design away from Sydney: a Frankfurt data centre to AWS eu-central-1.</summary>
    [Fact]
    public void A_frankfurt_design_fails_over_to_its_vpn_and_back_the_same_way()
    {
        var options = Simulation.Run(ScenarioLoader.LoadText(
            Scenario("FRA1", "eu-central-1", "{duration: 40s, warmup: 1s, seed: 7, replications: 1, probe_interval: 1s}", """
                  - {element: dc-aws, option: dx-vpn, at: 10s, for: 20s}
                """), "frankfurt.yaml"), new RunOptions(Jobs: 1)).Options;
        var option = Option(options, "dx-vpn");

        foreach (var flow in option.Flows)
        {
            Assert.InRange(flow.OutageSeconds.Mean, BfdEarliest - PathAndSpacingSlack, BfdLatest + PathAndSpacingSlack);
        }
        var series = option.TimeSeries.Where(p => p.Metric == "utilization").ToList();
        Assert.InRange(Utilization(series, "vpn-aws/tunnel1:dc>aws-edge")[20], TunnelUtilization * 0.99, TunnelUtilization * 1.01);
        Assert.InRange(Utilization(series, "dc-aws:dc>aws-edge")[35], 0.02 * 0.99, 0.02 * 1.01);
        Assert.Equal(0, Option(options, "dx-only").Flows.Sum(f => f.OutageSeconds.Mean));
    }

    private static Dictionary<double, double> Utilization(IEnumerable<TimeSeriesPoint> points, string series) =>
        points.Where(p => p.Series == series).ToDictionary(p => p.TimeSeconds, p => p.Value);
}
