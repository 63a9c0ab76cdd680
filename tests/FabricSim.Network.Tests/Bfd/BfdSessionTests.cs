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
    private static (Fabric Fabric, BfdSession A, BfdSession B, BgpSession BgpA) Pair(SimTime failAt, SimTime failFor, BfdSettings? atB = null)
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
        var (sessionA, _) = bgp.ConnectOverLink("a-b", options, options with { Bfd = atB ?? BfdSettings.Default });
        bgp.Start();
        return (fabric, bgp.BfdSessions[0], bgp.BfdSessions[1], sessionA);
    }

    [Fact]
    public void ThreeWayHandshakeBringsBothEndsUpWithinThreeIntervals()
    {
        var (fabric, a, b, _) = Pair(SimTime.FromSeconds(100), SimTime.FromSeconds(1));
        // Each end's first packet leaves within one interval (random phase) and crosses in 4 ms; the receiver goes
        // Init, its next packet (at most one interval later) brings the other Up, whose next one brings it Up.
        fabric.Run(SimTime.FromMilliseconds(3 * 300 + 3 * 4 + 1));
        Assert.Equal(BfdState.Up, a.State);
        Assert.Equal(BfdState.Up, b.State);
    }

    [Fact]
    public void SlowerEndGovernsTheIntervalAndEachEndDetectsWithThePeersMultiplier()
    {
        // Before: each end ran its own settings, so a 300 ms × 3 end declared a 1 s × 5 peer down between packets.
        var google = new BfdSettings(SimTime.FromMilliseconds(1000), 5);
        var failAt = SimTime.FromSeconds(20.05);
        var (fabric, a, b, bgpA) = Pair(failAt, SimTime.FromSeconds(30), atB: google);
        fabric.Run(failAt);
        Assert.Equal(SimTime.FromMilliseconds(1000), a.AgreedInterval);
        Assert.Equal(SimTime.FromMilliseconds(1000), b.AgreedInterval);
        Assert.Equal(SimTime.FromSeconds(5), a.DetectionTime);
        Assert.Equal(SimTime.FromSeconds(3), b.DetectionTime);
        Assert.Equal(0, a.DownTransitions);
        Assert.Equal(1, bgpA.TimesEstablished);
        fabric.Run(failAt + SimTime.FromSeconds(6));
        foreach (var end in new[] { a, b })
        {
            var detection = end.LastDownAt - failAt;
            Assert.InRange(detection.Nanoseconds, (end.DetectionTime - end.AgreedInterval).Nanoseconds, end.DetectionTime.Nanoseconds);
        }
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
            Assert.InRange(detection.Nanoseconds, (end.DetectionTime - end.AgreedInterval).Nanoseconds, end.DetectionTime.Nanoseconds);
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
