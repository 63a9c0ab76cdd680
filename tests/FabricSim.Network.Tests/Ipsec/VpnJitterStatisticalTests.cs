using FabricSim.Engine.Time;
using FabricSim.Network.Internet;
using FabricSim.Network.Ipsec;
using FabricSim.Network.Units;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Ipsec;

public sealed class VpnJitterStatisticalTests(ITestOutputHelper output)
{
    /// <summary>
    /// The reproducer of a one-sided loss: 50 Mbit/s each way through a VPN whose paths have 20 ms jitter and 0.1%
    /// independent loss, behind a 1 Gbit/s site access with a 1000-packet queue. Each direction loses the configured
    /// 0.1% (binomial 99% interval): the cloud-to-site path no longer releases stalled backlogs into the access queue.
    /// </summary>
    [Fact]
    public void JitterLosesTheConfiguredRateInBothDirections()
    {
        const double loss = 0.001;
        var options = new IpsecVpnOptions
        {
            TunnelCount = 1,
            SiteUplink = DataRate.FromGigabitsPerSecond(1),
            SiteDownlink = DataRate.FromGigabitsPerSecond(1),
            Path = new InternetPathParameters
            {
                Jitter = new TruncatedExponentialJitter(SimTime.FromMilliseconds(20), SimTime.FromMilliseconds(100)),
                LossRate = loss,
            },
        };
        var bed = new VpnTestBed(options, seed: 22);
        var spacing = SimTime.FromMicroseconds(224); // 1400-byte packets at 50 Mbit/s
        const int packets = 100_000;
        bed.SendFromSite(spacing, packets, 1400, flowId: 1);
        bed.SendFromCloud(spacing, packets, 1400, flowId: 2);
        bed.Context.Simulator.Run();
        double halfWidth = 2.576 * Math.Sqrt(loss * (1 - loss) / packets);
        double up = 1 - bed.Probe.Sequences.Count / (double)packets;
        double down = 1 - bed.SiteProbe.Sequences.Count / (double)packets;
        output.WriteLine($"site->cloud loss {up:P3}, cloud->site {down:P3}, want {loss:P3} ± {halfWidth:P3}; access drops {bed.Vpn.SiteDownlink!.PacketsDropped}");
        Assert.InRange(up, loss - halfWidth, loss + halfWidth);
        Assert.InRange(down, loss - halfWidth, loss + halfWidth);
        Assert.Equal(0, bed.Vpn.SiteDownlink.PacketsDropped);
    }
}
