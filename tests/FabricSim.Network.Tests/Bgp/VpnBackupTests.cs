using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bfd;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>
/// Direct Connect as primary (local preference 200 at the customer, BFD) and a VPN tunnel over the Internet as
/// backup (BGP 10/30 s, no BFD): hq —dx 1 ms— aws, and hq —5 ms— ix —5 ms— aws carrying the tunnel.
/// </summary>
public sealed class VpnBackupTests
{
    private static readonly Ipv4Prefix Vpc = Ipv4Prefix.Parse("10.10.0.0/16");

    [Fact]
    public void TrafficMovesToTheTunnelWhenDirectConnectFailsAndIsLostWhenTheTunnelGoesDarkToo()
    {
        var dxFails = SimTime.FromSeconds(10);
        var tunnelFails = SimTime.FromSeconds(20);
        var builder = new FabricBuilder(seed: 12);
        builder.AddNode("hq", NodeKind.CustomerRouter);
        builder.AddNode("ix", NodeKind.InternetExchange);
        builder.AddNode("aws", NodeKind.CspEdge);
        builder.AddLink("dx", "hq", "aws", DataRate.FromGigabitsPerSecond(1), SimTime.FromMilliseconds(1));
        builder.AddLink("hq-ix", "hq", "ix", DataRate.FromGigabitsPerSecond(1), SimTime.FromMilliseconds(5));
        builder.AddLink("ix-aws", "ix", "aws", DataRate.FromGigabitsPerSecond(1), SimTime.FromMilliseconds(5));
        builder.AddConstantBitRateFlow("to-vpc", "hq", "aws", DataRate.FromMegabitsPerSecond(1.6), new FixedPacketSize(1000),
            start: SimTime.FromSeconds(1));
        builder.FailLink("dx", dxFails, SimTime.FromSeconds(1000));
        var fabric = builder.Build();
        bool tunnelUp = true;
        fabric.Simulator.ScheduleAt(tunnelFails, () => tunnelUp = false);

        var bgp = new BgpNetwork(fabric);
        bgp.AddSpeaker("hq", 65001);
        bgp.AddSpeaker("aws", 64512);
        bgp.Originate("hq", "192.168.0.0/16");
        bgp.Originate("aws", "10.10.0.0/16");
        bgp.ConnectOverLink("dx",
            new BgpSessionOptions { LocalPreference = 200, Bfd = BfdSettings.Default },
            new BgpSessionOptions { Timers = BgpTimers.AwsDirectConnect, Bfd = BfdSettings.Default });
        var vpn = new BgpSessionOptions { Timers = BgpTimers.Vpn };
        var (hqTunnel, _) = bgp.ConnectOverTunnel("vpn", "hq", "aws", () => tunnelUp, vpn, vpn);
        bgp.Start();
        var sink = fabric.SinkOf("to-vpc");

        fabric.Run(dxFails);
        Assert.Equal("aws", BgpTestNetworks.BestVia(bgp.Speaker("hq"), "10.10.0.0/16"));
        Assert.Equal("dx", bgp.Speaker("hq").BestRoute(Vpc)!.Session!.Adjacency.Name);
        // 1 ms of propagation and 8 µs of serialization on Direct Connect.
        Assert.Equal(1.008, sink.DelayNanoseconds.Mean / 1e6, 3);

        fabric.Run(SimTime.FromSeconds(15));
        Assert.Equal("vpn", bgp.Speaker("hq").BestRoute(Vpc)!.Session!.Adjacency.Name);
        fabric.ResetStatistics();
        fabric.Run(tunnelFails);
        // The tunnel rides the Internet path through the exchange: 10 ms and two serializations.
        Assert.Equal(10.016, sink.DelayNanoseconds.Mean / 1e6, 3);
        Assert.InRange(sink.PacketsReceived, 995, 1000);

        fabric.Run(SimTime.FromSeconds(60));
        Assert.Equal(BgpNotification.HoldTimerExpired, hqTunnel.LastDownReason);
        // The VPN's 10 s keepalive and 30 s hold: detection 20–30 s after the tunnel went dark.
        Assert.InRange((hqTunnel.LastDownAt - tunnelFails).TotalSeconds, 20, 30.02);
        Assert.Null(bgp.Speaker("hq").BestRoute(Vpc));
    }
}
