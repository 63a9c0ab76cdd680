using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bfd;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Bfd;

public sealed class BfdSessionTests
{
    private static (Fabric Fabric, BfdSession A, BfdSession B, BgpSession BgpA) Pair(SimTime failAt, SimTime failFor)
    {
        var builder = new FabricBuilder(seed: 5);
        builder.AddNode("a", NodeKind.CloudRouter);
        builder.AddNode("b", NodeKind.CspEdge);
        builder.AddLink("a-b", "a", "b", DataRate.FromGigabitsPerSecond(1), SimTime.FromMilliseconds(4));
        builder.FailLink("a-b", failAt, failFor);
        var fabric = builder.Build();
        var bgp = new BgpNetwork(fabric);
        bgp.AddSpeaker("a", 133937);
        bgp.AddSpeaker("b", 64512);
        bgp.Originate("b", "10.10.0.0/16");
        var options = new BgpSessionOptions { Bfd = BfdSettings.Default, ConnectRetry = SimTime.FromSeconds(2) };
        var (sessionA, _) = bgp.ConnectOverLink("a-b", options, options);
        bgp.Start();
        return (fabric, bgp.BfdSessions[0], bgp.BfdSessions[1], sessionA);
    }

    [Fact]
    public void ThreeWayHandshakeBringsBothEndsUpWithinTwoIntervals()
    {
        var (fabric, a, b, _) = Pair(SimTime.FromSeconds(100), SimTime.FromSeconds(1));
        // Down packets cross (4 ms), both go Init and send Init at the next interval (300 ms), both go Up on receipt.
        fabric.Run(SimTime.FromMilliseconds(300 + 4 - 1));
        Assert.Equal(BfdState.Init, a.State);
        fabric.Run(SimTime.FromMilliseconds(300 + 4 + 1));
        Assert.Equal(BfdState.Up, a.State);
        Assert.Equal(BfdState.Up, b.State);
    }

    [Fact]
    public void PathFailureIsDetectedWithinTheDetectionTimeAndEndsTheBgpSession()
    {
        var failAt = SimTime.FromSeconds(10.05);
        var (fabric, a, b, bgpA) = Pair(failAt, SimTime.FromSeconds(1));
        fabric.Run(SimTime.FromSeconds(10.5));
        Assert.Equal(BgpSessionState.Established, bgpA.State);
        fabric.Run(SimTime.FromSeconds(11));
        foreach (var end in new[] { a, b })
        {
            Assert.Equal(1, end.DownTransitions);
            var detection = end.LastDownAt - failAt;
            Assert.InRange(detection.Nanoseconds, (BfdSettings.Default.DetectionTime - BfdSettings.Default.Interval).Nanoseconds, BfdSettings.Default.DetectionTime.Nanoseconds);
        }
        Assert.Equal(a.LastDownAt, bgpA.LastDownAt);
        Assert.Equal(BgpNotification.BfdDown, bgpA.LastDownReason);
        Assert.Null(bgpA.Speaker.BestRoute(Ipv4Prefix.Parse("10.10.0.0/16")));
    }

    [Fact]
    public void SessionComesBackAfterRepair()
    {
        var (fabric, a, b, bgpA) = Pair(SimTime.FromSeconds(2), SimTime.FromSeconds(3));
        fabric.Run(SimTime.FromSeconds(12));
        Assert.Equal(BfdState.Up, a.State);
        Assert.Equal(BfdState.Up, b.State);
        Assert.Equal(BgpSessionState.Established, bgpA.State);
        Assert.Equal(2, bgpA.TimesEstablished);
        Assert.NotNull(bgpA.Speaker.BestRoute(Ipv4Prefix.Parse("10.10.0.0/16")));
    }
}
