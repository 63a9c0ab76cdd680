using FabricSim.Engine.Time;
using FabricSim.Network.Internet;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Packets;
using FabricSim.Network.Queues;
using FabricSim.Network.Units;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Ipsec;

public sealed class IpsecVpnStatisticalTests(ITestOutputHelper output)
{
    /// <summary>
    /// 1500-byte packets on a 1400-byte tunnel travel as two ESP packets over a path losing 5% independently: a
    /// packet arrives only if both fragments do, probability (1 − p)² (binomial 99% interval), and every packet is
    /// either delivered or counted lost exactly once.
    /// </summary>
    [Fact]
    public void FragmentedPacketsArriveOnlyWhenBothFragmentsDo()
    {
        const double p = 0.05;
        const int packets = 100_000;
        var bed = new VpnTestBed(new IpsecVpnOptions { TunnelCount = 1, TunnelMtuBytes = 1400, Path = new InternetPathParameters { LossRate = p } });
        bed.SendFromSite(SimTime.FromMicroseconds(100), packets, 1500);
        bed.Context.Simulator.Run();
        double expected = (1 - p) * (1 - p);
        double halfWidth = 2.576 * Math.Sqrt(expected * (1 - expected) / packets);
        double delivered = bed.Probe.Sequences.Count / (double)packets;
        var tunnel = bed.Vpn.Tunnels[0];
        output.WriteLine($"delivered {delivered:F4}, expected {expected:F4} ± {halfWidth:F4}; ESP packets {tunnel.PathToCloud.PacketsOffered}");
        Assert.Equal(2L * packets, tunnel.PathToCloud.PacketsOffered);
        Assert.InRange(delivered, expected - halfWidth, expected + halfWidth);
        Assert.Equal(packets, bed.Probe.Sequences.Count + bed.Context.Ledger.ForFlow(0));
        Assert.Equal(0, bed.Context.Pool.Outstanding);
    }

    /// <summary>An AWS tunnel (140 kpps) offered 200 kpps of small packets carries at most 140 kpps and drops the rest at its gateway.</summary>
    [Fact]
    public void PacketRateLimitCapsTheCarriedRate()
    {
        var bed = new VpnTestBed(new IpsecVpnOptions { TunnelCount = 1, Gateway = GatewayLimits.AwsStandard });
        bed.SendFromSite(SimTime.FromMicroseconds(5), 200_000, 64);
        bed.Context.Simulator.Run();
        double carried = ArrivalsPerSecond(bed, from: SimTime.FromMilliseconds(200), to: SimTime.FromMilliseconds(900));
        output.WriteLine($"carried {carried:F0} packets/s of 200,000 offered");
        Assert.InRange(carried, 0.995 * 140_000, 140_000);
        Assert.True(bed.Context.Ledger.Total(DropReason.RateLimit) > 50_000);
    }

    /// <summary>An Azure VpnGw1 (650 Mbit/s) offered 1 Gbit/s carries at most 650 Mbit/s of ESP packets on the wire.</summary>
    [Fact]
    public void BitRateLimitCapsTheCarriedWireRate()
    {
        var bed = new VpnTestBed(new IpsecVpnOptions { TunnelCount = 1, Gateway = GatewayLimits.AzureVpnGw1 });
        bed.SendFromSite(DataRate.FromGigabitsPerSecond(1).TransmissionTime(1300), 100_000, 1300);
        bed.Context.Simulator.Run();
        int wireBytes = bed.Vpn.Encapsulation.WireBytes(1300);
        double carriedBits = ArrivalsPerSecond(bed, SimTime.FromMilliseconds(100), SimTime.FromMilliseconds(1000)) * wireBytes * 8;
        output.WriteLine($"carried {carriedBits / 1e6:F1} Mbit/s on the wire");
        Assert.InRange(carriedBits, 0.995 * 650e6, 650e6);
    }

    /// <summary>ECMP pins each flow to one tunnel by hashing its id; 100 flows spread over both tunnels.</summary>
    [Fact]
    public void EcmpPinsEachFlowToOneTunnel()
    {
        var bed = new VpnTestBed(new IpsecVpnOptions { Selection = TunnelSelection.Ecmp });
        const int flows = 100, packetsPerFlow = 20;
        var expectedPerTunnel = new long[2];
        for (int flow = 0; flow < flows; flow++)
        {
            var chosen = bed.Vpn.SelectTunnel(flow)!;
            Assert.Same(chosen, bed.Vpn.SelectTunnel(flow));
            expectedPerTunnel[chosen.Index] += packetsPerFlow;
            bed.SendFromSite(SimTime.FromMilliseconds(1), packetsPerFlow, 200, flowId: flow, start: SimTime.FromMicroseconds(flow));
        }
        bed.Context.Simulator.Run();
        Assert.Equal(expectedPerTunnel[0], bed.Vpn.Tunnels[0].PacketsDelivered);
        Assert.Equal(expectedPerTunnel[1], bed.Vpn.Tunnels[1].PacketsDelivered);
        // Binomial(100, ½) lies within 50 ± 16 with probability above 99.9%.
        Assert.InRange(expectedPerTunnel[0] / packetsPerFlow, 34, 66);
    }

    /// <summary>
    /// A CBR flow (1000 packets/s) on the active tunnel sees an outage, when that tunnel fails, of the DPD timeout plus
    /// the switchover (within 1%), after which it runs on the second tunnel. Measured at the receiver, the gap also
    /// holds one one-way delay: packets in flight on the failed path are lost with it.
    /// </summary>
    [Theory]
    [InlineData(TunnelSelection.ActiveStandby, 2.0)]
    [InlineData(TunnelSelection.Ecmp, 0.0)]
    public void DeadPeerDetectionFailsOverAfterTimeoutPlusSwitchover(TunnelSelection selection, double switchoverSeconds)
    {
        var options = new IpsecVpnOptions { Selection = selection, FailoverSwitchover = SimTime.FromSeconds(switchoverSeconds) };
        var bed = new VpnTestBed(options);
        bed.SendFromSite(SimTime.FromMilliseconds(1), 60_000, 200);
        var active = bed.Vpn.SelectTunnel(0)!;
        bed.Vpn.ScheduleTunnelFailure(active.Index, SimTime.FromSeconds(5), SimTime.MaxValue);
        bed.Context.Simulator.Run();
        double outage = LongestGapSeconds(bed);
        double expected = options.DeadPeerDetectionTimeout.TotalSeconds + switchoverSeconds;
        output.WriteLine($"{selection}: outage {outage:F3} s, expected {expected:F3} s + one-way delay {bed.Vpn.BaseDelay.TotalSeconds:F3} s");
        Assert.InRange(outage, 0.99 * expected, 1.01 * expected);
        // Resolution: one CBR spacing (1 ms) either side, as a send may fall just before or after the switch.
        Assert.InRange(outage - bed.Vpn.BaseDelay.TotalSeconds, expected - 0.002, expected + 0.002);
        Assert.NotSame(active, bed.Vpn.SelectTunnel(0));
        Assert.True(bed.Vpn.Tunnels[1 - active.Index].PacketsDelivered > 20_000);
    }

    /// <summary>A failure shorter than the DPD timeout is never detected: traffic resumes on the same tunnel when it heals.</summary>
    [Fact]
    public void AFailureShorterThanTheDpdTimeoutIsRiddenOut()
    {
        var bed = new VpnTestBed(new IpsecVpnOptions { Selection = TunnelSelection.ActiveStandby });
        bed.SendFromSite(SimTime.FromMilliseconds(1), 30_000, 200);
        bed.Vpn.ScheduleTunnelFailure(0, SimTime.FromSeconds(5), SimTime.FromSeconds(10));
        bed.Context.Simulator.Run();
        double expected = 10 + bed.Vpn.BaseDelay.TotalSeconds;
        Assert.InRange(LongestGapSeconds(bed), expected - 0.002, expected + 0.002);
        Assert.Equal(0, bed.Vpn.Tunnels[1].PacketsDelivered);
    }

    /// <summary>The site's Internet uplink, shared by the tunnels, limits what all of them carry together.</summary>
    [Fact]
    public void SiteUplinkLimitsTheTunnelsTogether()
    {
        var uplink = DataRate.FromMegabitsPerSecond(100);
        var bed = new VpnTestBed(new IpsecVpnOptions { SiteUplink = uplink, SiteAccessQueue = QueueLimit.Packets(100) });
        for (int flow = 0; flow < 8; flow++)
        {
            bed.SendFromSite(DataRate.FromMegabitsPerSecond(40).TransmissionTime(1000), 10_000, 1000, flowId: flow, start: SimTime.FromMicroseconds(flow * 7));
        }
        bed.Context.Simulator.Run();
        var window = SimTime.FromMilliseconds(1600);
        int packetBits = bed.Vpn.Encapsulation.WireBytes(1000) * 8;
        double wireBits = ArrivalsPerSecond(bed, SimTime.FromMilliseconds(200), SimTime.FromMilliseconds(200) + window) * packetBits;
        Assert.True(bed.Vpn.Tunnels[0].PacketsDelivered > 0 && bed.Vpn.Tunnels[1].PacketsDelivered > 0);
        // Counting whole arrivals in a window can include one packet more than the rate allows.
        Assert.InRange(wireBits, 0.995 * uplink.BitsPerSecond, uplink.BitsPerSecond + packetBits / window.TotalSeconds);
    }

    private static double ArrivalsPerSecond(VpnTestBed bed, SimTime from, SimTime to)
    {
        long count = 0;
        foreach (long at in bed.Probe.ArrivalNanoseconds)
        {
            if (at >= from.Nanoseconds && at < to.Nanoseconds)
            {
                count++;
            }
        }
        return count / (to - from).TotalSeconds;
    }

    private static double LongestGapSeconds(VpnTestBed bed)
    {
        var arrivals = bed.Probe.ArrivalNanoseconds;
        long longest = 0;
        for (int i = 1; i < arrivals.Count; i++)
        {
            longest = Math.Max(longest, arrivals[i] - arrivals[i - 1]);
        }
        return longest / 1e9;
    }
}
