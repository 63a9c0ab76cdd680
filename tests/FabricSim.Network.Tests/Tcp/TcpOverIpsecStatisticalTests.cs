using FabricSim.Engine.Time;
using FabricSim.Network.Geography;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Tcp;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Tcp;

public sealed class TcpOverIpsecStatisticalTests(ITestOutputHelper output)
{
    /// <summary>
    /// A bulk TCP transfer from a site through an AWS-style VPN, with the MSS clamped to 1379, over a loss-free 50
    /// Mbit/s site uplink: the uplink is full of ESP packets, so goodput is the uplink rate times the payload share of
    /// each ESP packet, 1379 / wire(1379 + 40).
    /// </summary>
    [Fact]
    public void GoodputIsTheUplinkRateTimesThePayloadShareOfEachEspPacket()
    {
        var uplink = DataRate.FromMegabitsPerSecond(50);
        var context = new FabricContext(9, 0);
        var site = new Node(context, 0, "site", NodeKind.CustomerRouter, new GeoLocation(-33.87, 151.21));
        var cloud = new Node(context, 1, "cloud", NodeKind.CspEdge, new GeoLocation(-37.81, 144.96));
        var vpn = new IpsecVpnConnection(context, "vpn", 100, site, cloud,
            new IpsecVpnOptions { SiteUplink = uplink, SiteAccessQueue = FabricSim.Network.Queues.QueueLimit.Packets(4000) });
        // A 1 MiB receive window covers the bandwidth-delay product many times yet fits the uplink queue, so nothing is lost.
        var options = new TcpOptions { MaxSegmentSizeBytes = vpn.ClampMss(1460), ReceiveWindowBytes = 1 << 20 };
        var connection = new TcpConnection(context, "bulk", options, 0, 1, site, cloud, vpn.EntranceAt(site), vpn.EntranceAt(cloud));
        var transfer = new TcpBulkTransfer(context.Simulator, connection, SimTime.Zero);
        transfer.Activate();
        context.Simulator.RunUntil(SimTime.FromSeconds(2));
        transfer.ResetStatistics();
        context.Simulator.RunUntil(SimTime.FromSeconds(12));
        int wire = vpn.Encapsulation.WireBytes(1379 + TcpOptions.HeaderBytes);
        double expected = uplink.BitsPerSecond * 1379.0 / wire;
        double goodput = transfer.GoodputBitsPerSecond();
        output.WriteLine($"uplink served {vpn.SiteUplink!.PacketsServed} packets, {vpn.SiteUplink.BytesServed} B, waiting {vpn.SiteUplink.Waiting}; cwnd {connection.Sender.Congestion.WindowBytes / 1379:F0}; srtt {connection.Sender.Rtt.SmoothedRtt}");
        output.WriteLine($"MSS {options.MaxSegmentSizeBytes}, ESP packet {wire} B: goodput {goodput / 1e6:F2} Mbit/s, expected {expected / 1e6:F2}");
        Assert.Equal(1379, options.MaxSegmentSizeBytes);
        Assert.Equal(0, connection.Sender.Retransmissions);
        Assert.InRange(goodput, 0.99 * expected, expected * 1.0001);
    }
}
