using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Bfd;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>
/// Sessions over VXCs that cross a backbone with two routes between PoPs: hq —port— SYD1 ==(direct 10 ms, or via
/// CBR1 6 + 6 ms)== MEL1 with the cloud router and the AWS edge at MEL1.
/// </summary>
public sealed class VxcOverlayTests
{
    internal static (Fabric Fabric, BgpNetwork Bgp) Build(BfdSettings? bfd, Action<FabricBuilder> failures)
    {
        var builder = new FabricBuilder(seed: 9);
        builder.AddPop("SYD1", -33.92, 151.19);
        builder.AddPop("CBR1", -35.28, 149.13);
        builder.AddPop("MEL1", -37.81, 144.96);
        builder.AddSite("hq", -33.87, 151.21);
        var backbone = DataRate.FromGigabitsPerSecond(100);
        builder.AddBackboneLink("SYD1", "MEL1", backbone, delay: SimTime.FromMilliseconds(10));
        builder.AddBackboneLink("SYD1", "CBR1", backbone, delay: SimTime.FromMilliseconds(6));
        builder.AddBackboneLink("CBR1", "MEL1", backbone, delay: SimTime.FromMilliseconds(6));
        builder.AddPort("hq-port", "hq", "SYD1", DataRate.FromGigabitsPerSecond(10), SimTime.FromMilliseconds(0.5));
        builder.AddCloudRouter("mcr", "MEL1", DataRate.FromGigabitsPerSecond(1));
        builder.AddCspEdge("aws", CspProvider.AwsDirectConnect, "MEL1", DataRate.FromGigabitsPerSecond(10));
        builder.AddVxc("hq-mcr", "hq", "mcr", DataRate.FromMegabitsPerSecond(500));
        builder.AddVxc("mcr-aws", "mcr", "aws", DataRate.FromMegabitsPerSecond(500));
        // 1000-byte packets every 5 ms.
        builder.AddConstantBitRateFlow("hq-to-vpc", "hq", "aws", DataRate.FromMegabitsPerSecond(1.6), new FixedPacketSize(1000),
            start: SimTime.FromSeconds(1));
        failures(builder);
        var fabric = builder.Build();
        var bgp = new BgpNetwork(fabric);
        bgp.AddSpeaker("hq", 65001);
        bgp.AddSpeaker("mcr", 133937);
        bgp.AddSpeaker("aws", 64512);
        bgp.Originate("hq", "192.168.0.0/16");
        bgp.Originate("aws", "10.10.0.0/16");
        var mcr = new BgpSessionOptions { Bfd = bfd };
        bgp.ConnectOverVxc("hq-mcr", new BgpSessionOptions { Bfd = bfd }, mcr);
        bgp.ConnectOverVxc("mcr-aws", mcr with { PeerType = PeerType.PrivateCloud },
            new BgpSessionOptions { Timers = BgpTimers.For(CspProvider.AwsDirectConnect), Bfd = bfd });
        bgp.Start();
        return (fabric, bgp);
    }

    [Fact]
    public void BackboneFailureReroutesTheVxcWithoutDisturbingItsSessions()
    {
        var (fabric, bgp) = Build(BfdSettings.Default, b => b.FailLink("SYD1-MEL1", SimTime.FromSeconds(5), SimTime.FromSeconds(1000)));
        var sink = fabric.SinkOf("hq-to-vpc");
        fabric.Run(SimTime.FromSeconds(5));
        double delayBeforeMs = sink.DelayNanoseconds.Mean / 1e6;
        long receivedBefore = sink.PacketsReceived;
        fabric.ResetStatistics();
        fabric.Run(SimTime.FromSeconds(10));

        Assert.All(bgp.Sessions, s => Assert.Equal(0, s.TimesDropped));
        Assert.All(bgp.BfdSessions, s => Assert.Equal(0, s.DownTransitions));
        // 4 s of packets at one per 5 ms, bar the few on the failed link at the instant it broke.
        Assert.InRange(receivedBefore, 795, 800);
        Assert.InRange(sink.PacketsReceived, 990, 1000);
        // The detour adds 2 ms of propagation to the one-way delay.
        Assert.InRange(sink.DelayNanoseconds.Mean / 1e6 - delayBeforeMs, 1.99, 2.01);
    }

    [Fact]
    public void FailedVxcSilencesKeepalivesUntilTheHoldTimerEndsTheSession()
    {
        var failAt = SimTime.FromSeconds(100);
        var (fabric, bgp) = Build(bfd: null, b => b.FailVxc("hq-mcr", failAt, SimTime.FromSeconds(10_000)));
        fabric.Run(SimTime.FromSeconds(300));

        var hqSide = bgp.Speaker("hq").Sessions.Single();
        var mcrSide = hqSide.Peer;
        foreach (var end in new[] { hqSide, mcrSide })
        {
            Assert.Equal(BgpNotification.HoldTimerExpired, end.LastDownReason);
            // Both ends use the cloud-router timers 60/180: the last keepalive came 0–60 s before the failure.
            Assert.InRange(end.LastDownAt.TotalSeconds, failAt.TotalSeconds + 120, failAt.TotalSeconds + 180.02);
        }
        Assert.Null(BgpTestNetworks.BestVia(bgp.Speaker("hq"), "10.10.0.0/16"));
        Assert.Null(BgpTestNetworks.BestVia(bgp.Speaker("aws"), "192.168.0.0/16"));
    }
}
