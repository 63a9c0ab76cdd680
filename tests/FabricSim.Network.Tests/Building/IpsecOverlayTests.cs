using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bfd;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Internet;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Building;

/// <summary>
/// A site with a port and a VXC to AWS, and an IPsec VPN between the same two ends. The VPN is a second routed path
/// between the site's router and the cloud's gateway, not a replacement for the fabric: BGP prefers the VXC, and when
/// either fails the other carries the traffic.
/// </summary>
public sealed class IpsecOverlayTests
{
    private static readonly SimTime Failure = SimTime.FromSeconds(3);
    private static readonly SimTime End = SimTime.FromSeconds(8);
    private static readonly Ipv4Prefix Vpc = VpnBesideVxc.Vpc;

    /// <summary>Constant 10 Mbit/s of 1 000-byte packets: one every 0.8 ms.</summary>
    private static FabricDescription DxWithVpn(string? failing) =>
        VpnBesideVxc.Design("aws", CspProvider.AwsDirectConnect,
            new VxcBgp(64512, new BgpSessionOptions { Timers = BgpTimers.AwsDirectConnect, Bfd = BfdSettings.Default }),
            new VpnSpec("vpn-aws", "dc", "aws", new IpsecVpnOptions { Path = new InternetPathParameters(), SiteUplink = DataRate.Parse("1Gbps") })) with
        {
            Demands = [VpnBesideVxc.Cbr("to-aws", "dc", "aws")],
            Failures = failing is null ? [] : [new FailureSpec(failing, At: Failure)],
            WarmUp = SimTime.FromSeconds(1),
            Duration = End,
        };

    [Fact]
    public void When_the_vxc_fails_bgp_moves_the_traffic_onto_the_vpn_after_bfd_detection()
    {
        var fabric = DxWithVpn(failing: "dc-aws").Build(seed: 9);
        var site = fabric.Bgp!.Speaker("dc");

        fabric.Run(Failure);
        Assert.Equal("dc-aws", site.BestRoute(Vpc)!.Session!.Adjacency.Name);
        fabric.Run();

        Assert.Equal("vpn-aws", site.BestRoute(Vpc)!.Session!.Adjacency.Name);
        var flow = fabric.Measure().Flows.Single(f => f.Flow == "to-aws");
        double outage = fabric.OutageSeconds(["to-aws"], End)["to-aws"];
        // BFD declares the VXC down after 2–3 missed 300 ms intervals; the site then switches at once to the VPN route
        // it already holds. Up to one 0.8 ms spacing is lost on either side of the gap.
        Assert.InRange(outage, 0.6 - 0.002, 0.9 + 0.002);
        Assert.True(flow.PacketsReceived > (End - Failure - SimTime.FromSeconds(1)).TotalSeconds * 1250,
            $"only {flow.PacketsReceived} packets arrived: the VPN did not carry the traffic");
        Assert.Equal(flow.PacketsDropped, flow.LostToFailure);
    }

    /// <summary>
    /// A routed VPN ends at the cloud's edge router, whose link into the region already holds the region entry; the
    /// tunnel must not add it a second time. With a 50 ms region entry, a packet over either path pays it once: every
    /// delay lies between 50 ms and 50 ms plus the few milliseconds of the same-metro paths, never above 100 ms.
    /// </summary>
    [Fact]
    public void A_routed_vpn_pays_the_region_entry_once()
    {
        var entry = SimTime.FromMilliseconds(50);
        var fabric = (DxWithVpn(failing: "dc-aws") with { RegionEntryDelay = entry }).Build(seed: 9);

        fabric.Run();

        var flow = fabric.Measure().Flows.Single(f => f.Flow == "to-aws");
        Assert.Equal("vpn-aws", fabric.Bgp!.Speaker("dc").BestRoute(Vpc)!.Session!.Adjacency.Name);
        Assert.True(flow.PacketsReceived > (End - Failure - SimTime.FromSeconds(1)).TotalSeconds * 1250, "the VPN did not carry the traffic");
        Assert.InRange(flow.DelayMaxMs, entry.TotalMilliseconds, 2 * entry.TotalMilliseconds);
    }

    [Fact]
    public void When_the_vpn_fails_the_vxc_carries_on_untouched()
    {
        var fabric = DxWithVpn(failing: "vpn-aws").Build(seed: 9);

        fabric.Run();

        Assert.Equal("dc-aws", fabric.Bgp!.Speaker("dc").BestRoute(Vpc)!.Session!.Adjacency.Name);
        var flow = fabric.Measure().Flows.Single(f => f.Flow == "to-aws");
        Assert.Equal(0, flow.PacketsDropped);
        Assert.Equal(0, fabric.OutageSeconds(["to-aws"], End)["to-aws"]);
    }

    [Fact]
    public void While_both_are_up_the_vpn_session_is_established_and_stands_by()
    {
        var fabric = DxWithVpn(failing: null).Build(seed: 9);

        fabric.Run(Failure);

        var vpnSession = fabric.Bgp!.Speaker("dc").Sessions.Single(s => s.Adjacency.Name == "vpn-aws");
        Assert.Equal(BgpSessionState.Established, vpnSession.State);
        Assert.Equal(2, fabric.Bgp.Speaker("dc").CandidatesFor(Vpc).Count());
        // Only BGP's own messages (open, updates, a keepalive every 10 s) cross the tunnels, not the flow's 1 250 packets/s.
        Assert.InRange(fabric.Vpns.Single().Tunnels.Sum(t => t.PacketsDelivered), 4, 20);
    }
}
