using FabricSim.Engine.Time;
using FabricSim.Network.Availability;
using FabricSim.Network.Bfd;
using FabricSim.Network.Bgp;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>
/// How soon a session that went down comes back once its path is repaired. A router reopens a lost session at once
/// and retransmits its OPEN as TCP retransmits a SYN (1 s, doubling); it retries at once when one of its own links
/// comes back, when BFD hears the peer again, or when it returns from a failure itself; ConnectRetry (120 s) spaces
/// attempts the peer refused.
/// </summary>
public sealed class ReconnectAfterRepairTests
{
    private static readonly SimTime Spacing = SimTime.FromMilliseconds(5);

    /// <summary>hq —0.5 ms port— SYD1 —10 ms— MEL1: OPEN over, OPEN and KEEPALIVE back, the route after hq's KEEPALIVE.</summary>
    private static readonly SimTime VxcOneWay = SimTime.FromMilliseconds(10.5);

    [Fact]
    public void ThreeSecondPortFailureCostsThreeSecondsNotTheConnectRetry()
    {
        // Before: the session went idle at detection and made its next attempt 120 s later, so the flow lost 120.7 s.
        var failAt = SimTime.FromSeconds(5.05);
        var repair = SimTime.FromSeconds(3);
        var (fabric, bgp) = VxcOverlayTests.Build(BfdSettings.Default, b => b.FailPort("hq-port", failAt, repair));
        var monitor = DeliveryGapMonitor.Attach(fabric, "hq-to-vpc", Spacing);
        fabric.Run(SimTime.FromSeconds(20));

        var outage = Assert.Single(monitor.Outages);
        // hq sees its port come back and opens at once: four one-way trips later the route to the VPC is back.
        double lost = (outage.Gap - Spacing).TotalSeconds;
        Assert.InRange(lost, repair.TotalSeconds, (repair + VxcOneWay * 4 + Spacing * 2).TotalSeconds);
        var hqSide = bgp.Speaker("hq").Sessions.Single();
        Assert.Equal(2, hqSide.TimesEstablished);
        Assert.Equal(BgpNotification.BfdDown, hqSide.LastDownReason);
    }

    [Fact]
    public void RepairOfAVxcIsNoticedWhenBfdComesBackNotAtTheNextOpenRetransmission()
    {
        // Neither router sees the VXC itself. Before, each waited for its next OPEN retransmission: 1, 3, 7 and 15 s
        // after the session went down (0.6-0.9 s after the failure), so an 8 s failure came back 7.6-7.9 s late. Now
        // BFD, which keeps sending every 225-300 ms while down, hears the peer again within two of its intervals of
        // the repair (Down -> Init -> Up), and the session opens then: three more one-way trips establish it.
        var failAt = SimTime.FromSeconds(5.05);
        var repairedAt = failAt + SimTime.FromSeconds(8);
        var (fabric, bgp) = VxcOverlayTests.Build(BfdSettings.Default, b => b.FailVxc("hq-mcr", failAt, SimTime.FromSeconds(8)));
        fabric.Run(SimTime.FromSeconds(20));

        var hqSide = bgp.Speaker("hq").Sessions.Single();
        var mcrSide = hqSide.Peer;
        var bfdInterval = BfdSettings.Default.Interval;
        foreach (var end in new[] { hqSide, mcrSide })
        {
            Assert.Equal(2, end.TimesEstablished);
            Assert.Equal(BgpSessionState.Established, end.State);
            Assert.InRange(end.StateSince.Nanoseconds, repairedAt.Nanoseconds, (repairedAt + bfdInterval * 2 + VxcOneWay * 5).Nanoseconds);
        }
    }

    [Fact]
    public void CloudRouterThatReturnsFromAFailureOpensItsSessionsAtOnce()
    {
        // Before: the hub's sessions waited 120 s after the failure was detected, so a single-MCR design stayed down
        // to the end of any run. Now the primary carries the traffic again a few milliseconds after it returns.
        var failAt = SimTime.FromSeconds(5.0321);
        var repair = SimTime.FromSeconds(8);
        var network = new DualHomedNetwork(0, BgpTimers.AwsDirectConnect, BfdSettings.Default, failAt, failAt - SimTime.FromSeconds(1),
            failAt + SimTime.FromSeconds(12), repairAfter: repair, failNode: "mcr1");
        network.Fabric.Run(failAt + repair - SimTime.FromMilliseconds(1));
        Assert.Equal("mcr2", network.CustomerPathVia());
        var mcr1 = network.Bgp.Speaker("mcr1");
        Assert.All(mcr1.Sessions, s => Assert.Equal(BgpNotification.RouterDown, s.LastDownReason));
        Assert.Empty(mcr1.BestRoutes());

        // Customer—mcr1 is 2 ms, mcr1—aws 1 ms: mcr1 has the VPC route 2 ms after its return and the customer 6 ms after.
        network.Fabric.Run(failAt + repair + SimTime.FromMilliseconds(10));
        Assert.Equal("mcr1", network.CustomerPathVia());
        Assert.All(mcr1.Sessions, s => Assert.Equal(2, s.TimesEstablished));
        network.Fabric.Run(failAt + SimTime.FromSeconds(13));
        // Moving back is make-before-break: the only outage is the failover itself.
        Assert.Single(network.Monitor.Outages);
    }

    [Fact]
    public void SessionRefusedByItsPeerRetriesWithBackOffInsteadOfFlooding()
    {
        // The far end expects another ASN and answers every OPEN with a NOTIFICATION. A session that failed to
        // establish waits ConnectRetry before its own next attempt, and the refusing end's OPENs back off from 1 s,
        // doubling, restarting every 120 s: at 0, 1, 3, 7, 15, 31, 63 s in each attempt. Each of those draws at most an
        // OPEN and a KEEPALIVE back and a NOTIFICATION, so 240 s cost at most 4 × 15 messages plus the first exchange.
        var (fabric, bgp) = VxcOverlayTests.Build(bfd: null, _ => { });
        var hqSide = bgp.Speaker("hq").Sessions.Single();
        hqSide.Peer.Reconfigure(hqSide.Peer.Options with { ExpectedPeerAsn = 65099 });
        long before = bgp.Sender.MessagesSent;
        fabric.Run(SimTime.FromSeconds(240));

        Assert.Equal(0, hqSide.TimesEstablished);
        Assert.Equal("peer: " + BgpNotification.BadPeerAs, hqSide.LastDownReason);
        long hqMcrMessages = bgp.Sender.MessagesSent - before - MessagesOfTheMcrAwsSession(bgp);
        Assert.InRange(hqMcrMessages, 1, 4 * 15 + 4);
    }

    /// <summary>Established at once and then one keepalive each way every 30 s (AWS's 90 s hold).</summary>
    private static long MessagesOfTheMcrAwsSession(BgpNetwork bgp)
    {
        var session = bgp.Speaker("aws").Sessions.Single();
        Assert.Equal(1, session.TimesEstablished);
        // OPEN, KEEPALIVE and one UPDATE each way, then keepalives every 30 s from each end over 240 s.
        return 6 + 2 * (long)(240 / session.KeepaliveInterval.TotalSeconds);
    }
}
