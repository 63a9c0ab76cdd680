using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bfd;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Internet;
using FabricSim.Network.Ipsec;

namespace FabricSim.Network.Tests.Building;

/// <summary>
/// A VPN beside a Direct Connect VXC routed by static routes instead of BGP: a floating static route at the site
/// (administrative distance above eBGP's 20) and one at AWS, which ranks VPN static routes below Direct Connect BGP
/// routes. The VXC's session (with BFD) still decides when the VPN takes over; dead-peer detection decides which
/// tunnel carries it. Constant 10 Mbit/s of 1000-byte packets each way: one every 0.8 ms.
/// </summary>
public sealed class StaticVpnBackupTests
{
    private static readonly Ipv4Prefix Vpc = VpnBesideVxc.Vpc;
    private static readonly string[] Flows = ["to-aws", "from-aws"];

    private static FabricDescription Design(int? distance, IReadOnlyList<FailureSpec> failures, SimTime end) =>
        VpnBesideVxc.Design("aws", CspProvider.AwsDirectConnect,
            new VxcBgp(64512, new BgpSessionOptions { Timers = BgpTimers.AwsDirectConnect, Bfd = BfdSettings.Default }),
            new VpnSpec("vpn-aws", "dc", "aws", new IpsecVpnOptions { Path = new InternetPathParameters(), Selection = TunnelSelection.ActiveStandby })
            {
                StaticDistance = distance,
            }) with
        {
            Demands = [VpnBesideVxc.Cbr("to-aws", "dc", "aws"), VpnBesideVxc.Cbr("from-aws", "aws", "dc")],
            Failures = failures,
            WarmUp = SimTime.FromSeconds(1),
            Duration = end,
        };

    [Fact]
    public void A_floating_static_vpn_takes_over_within_bfd_detection_and_hands_back_after_repair()
    {
        var end = SimTime.FromSeconds(10);
        var fabric = Design(250, [new FailureSpec("dc-aws", At: SimTime.FromSeconds(3), For: SimTime.FromSeconds(4))], end).Build(seed: 9);
        var site = fabric.Bgp!.Speaker("dc");

        fabric.Run(SimTime.FromSeconds(3));
        Assert.Equal("dc-aws", site.BestRoute(Vpc)!.Session!.Adjacency.Name);
        Assert.DoesNotContain(site.Sessions, s => s.Adjacency.Name == "vpn-aws");
        fabric.Run(SimTime.FromSeconds(6));
        Assert.Equal("vpn-aws", site.BestRoute(Vpc)!.StaticVia!.Name);
        fabric.Run();

        // BFD 300 ms × 3 detects 0.6-0.9 s after the failure; the VPN path is a few milliseconds longer.
        Assert.Equal("dc-aws", site.BestRoute(Vpc)!.Session!.Adjacency.Name);
        foreach (var (flow, outage) in fabric.OutageSeconds(Flows, end))
        {
            Assert.InRange(outage, 0.6 - 0.002, 0.9 + 0.02);
        }
    }

    /// <summary>
    /// The reproducer of the design validate refuses: a static route at the default distance 1 beats the VXC's eBGP
    /// route, so the site sends everything over the VPN while the VXC is up (AWS still answers over the VXC).
    /// </summary>
    [Fact]
    public void A_static_route_below_ebgps_distance_keeps_the_sites_traffic_off_the_vxc()
    {
        var fabric = Design(1, [], SimTime.FromSeconds(3)).Build(seed: 9);
        fabric.Run();

        Assert.Equal("vpn-aws", fabric.Bgp!.Speaker("dc").BestRoute(Vpc)!.StaticVia!.Name);
        Assert.Equal("dc-aws", fabric.Bgp.Speaker("aws-edge").BestRoute(VpnBesideVxc.Site)!.Session!.Adjacency.Name);
    }

    /// <summary>
    /// With the VXC down the VPN carries everything over its active tunnel. When that tunnel fails, static routes learn
    /// nothing but from dead-peer detection: AWS's default 30 s timeout, after which both ends move to the other tunnel.
    /// Under BGP the session over the VPN stands for the gateways' per-tunnel sessions: its keepalives are lost with the
    /// dead tunnel and its 30 s hold may expire first, but it opens again over the live tunnel as soon as dead-peer
    /// detection moves the traffic, so the outage is the same timeout. Before, it waited for its next OPEN
    /// retransmission: 30.79 s.
    /// </summary>
    [Theory]
    [InlineData(250)]
    [InlineData(null)]
    public void A_tunnel_failure_on_the_backup_costs_the_dead_peer_detection_timeout(int? distance)
    {
        var end = SimTime.FromSeconds(40);
        var failures = new[]
        {
            new FailureSpec("dc-aws", At: SimTime.FromSeconds(2)),
            new FailureSpec("vpn-aws/tunnel1", At: SimTime.FromSeconds(5)),
        };
        var fabric = Design(distance, failures, end).Build(seed: 9);
        fabric.Run(SimTime.FromSeconds(4.9));
        var before = fabric.OutageSeconds(Flows, SimTime.FromSeconds(4.9));
        fabric.Run();

        var after = fabric.OutageSeconds(Flows, end);
        foreach (string flow in Flows)
        {
            Assert.InRange(after[flow] - before[flow], 30 - 0.002, 30 + 0.02);
        }
        var best = fabric.Bgp!.Speaker("dc").BestRoute(Vpc)!;
        Assert.Equal("vpn-aws", best.StaticVia?.Name ?? best.Session!.Adjacency.Name);
    }
}
