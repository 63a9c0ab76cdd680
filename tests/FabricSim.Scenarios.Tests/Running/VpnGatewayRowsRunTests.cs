using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// A VPN's gateway limit has rows beside the links: AWS sends four 500 Mbit/s constant-rate flows of 1300-byte packets
/// to the site over a virtual private gateway, which forwards over one tunnel at 1.25 Gbit/s, while the site sends
/// 10 Mbit/s the other way.
/// </summary>
public sealed class VpnGatewayRowsRunTests
{
    private static string Scenario(string gateway) => VpnGatewayRunTests.SydneyToAws(
        "{duration: 1s, warmup: 200ms, seed: 3, replications: 1, probe_interval: 100ms}", "internet_access: 10Gbps, " + gateway, """
        traffic:
          - {name: bulk, from: aws, to: syd-dc, type: cbr, rate: 500Mbps, packet_size: 1300B, count: 4}
          - {name: light, from: syd-dc, to: aws, type: cbr, rate: 10Mbps, packet_size: 1300B}
        """);

    /// <summary>AES-GCM ESP around a 1300-byte packet: outer IPv4 20 + SPI/sequence 8 + IV 8 + ICV 16, payload padded to 1304.</summary>
    private const double WirePerInner = (20 + 8 + 8 + 16 + 1304) / 1300.0;

    // Constant-rate flows: over the 0.8 s window a count is exact to within a packet or two per flow, which is below
    // 0.1 % of these rates; the bounds below allow 1 %.
    private const double Tolerance = 0.01;

    [Fact]
    public void A_vpn_pushed_past_its_gateway_shows_offered_above_carried_and_drops_on_the_gateway_row()
    {
        var option = Assert.Single(Simulation.Run(ScenarioLoader.LoadText(Scenario(string.Empty), "vpn-rows.yaml"), new RunOptions(Jobs: 1)).Options);

        var gateway = Assert.Single(option.Links, l => l.Kind == "vpn_gateway" && l.From == "aws");
        Assert.Equal("vpn-aws/gateway", gateway.Link);
        // One tunnel carries everything, so the gateway forwards one tunnel's 1.25 Gbit/s.
        Assert.Equal(1.25e9, gateway.CapacityBitsPerSecond);
        double offered = 4 * 500e6 * WirePerInner;
        Assert.InRange(gateway.OfferedBitsPerSecond!.Mean, offered * (1 - Tolerance), offered * (1 + Tolerance));
        Assert.InRange(gateway.CarriedBitsPerSecond!.Mean, 1.25e9 * (1 - Tolerance), 1.25e9 * (1 + Tolerance));
        Assert.InRange(gateway.Utilization.Mean, 1 - Tolerance, 1 + Tolerance);
        Assert.True(gateway.DropsPolicer > 0);
        Assert.Equal(0, gateway.DropsQueue);
        Assert.InRange(gateway.DropRatio.Mean, 1 - 1.25e9 / offered - Tolerance, 1 - 1.25e9 / offered + Tolerance);

        // The active tunnel carries it all; the standby tunnel carried nothing, and idle rows are left out of the report.
        var active = Assert.Single(option.Links, l => l.Kind == "vpn_tunnel" && l.Link == "vpn-aws/tunnel1" && l.From == "aws");
        Assert.Equal(gateway.CarriedBitsPerSecond.Mean, active.CarriedBitsPerSecond!.Mean);
        Assert.Equal(gateway.DropsPolicer, active.DropsPolicer);
        Assert.DoesNotContain(option.Links, l => l.Link == "vpn-aws/tunnel2");

        // The gateway's other direction runs 10 Mbit/s against its 1.25 Gbit/s: near-zero utilisation, no drops.
        var idle = Assert.Single(option.Links, l => l.Kind == "vpn_gateway" && l.From == "syd-dc");
        Assert.Equal(1.25e9, idle.CapacityBitsPerSecond);
        double light = 10e6 * WirePerInner / 1.25e9;
        Assert.InRange(idle.Utilization.Mean, light * (1 - Tolerance), light * (1 + Tolerance));
        Assert.Equal(0, idle.DropsPolicer);

        // Over time the gateway runs full and drops in every interval after warm-up.
        var series = option.TimeSeries.Where(p => p.Series == "vpn-aws/gateway:aws>syd-dc" && p.TimeSeconds > 0.25).ToList();
        Assert.NotEmpty(series);
        Assert.All(series.Where(p => p.Metric == "utilization"), p => Assert.InRange(p.Value, 1 - Tolerance, 1 + Tolerance));
        Assert.All(series.Where(p => p.Metric == "drops_packets"), p => Assert.True(p.Value > 0));
    }

    [Fact]
    public void A_transit_gateway_spreading_flows_over_both_tunnels_forwards_both_tunnels_rates()
    {
        var option = Assert.Single(Simulation.Run(ScenarioLoader.LoadText(Scenario("gateway: transit_gateway,"), "tgw.yaml"), new RunOptions(Jobs: 1)).Options);
        var gateway = Assert.Single(option.Links, l => l.Kind == "vpn_gateway" && l.From == "aws");
        Assert.Equal(2 * 1.25e9, gateway.CapacityBitsPerSecond);
        Assert.Equal(option.Links.Where(l => l.Kind == "vpn_tunnel" && l.From == "aws").Sum(l => l.CarriedBitsPerSecond!.Mean),
            gateway.CarriedBitsPerSecond!.Mean, 1e-6 * gateway.CarriedBitsPerSecond.Mean);
    }
}
