using FabricSim.Engine.Random;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Availability;
using FabricSim.Network.Bfd;
using FabricSim.Network.Bgp;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>
/// Failover outage measured as the delivery gap of a CBR flow when the primary VXC fails, against the detection
/// theory. The detector at mcr1 last heard from AWS a time u before the failure, so detection takes D − u with D
/// the detection or hold time. Keepalives come every T, so u is uniform on [0, T) and the mean is D − T/2. BFD
/// packets come at spacings L uniform on [0.75 T, T] (RFC 5880 §6.8.7 jitter); a failure at a random instant falls
/// in a spacing chosen in proportion to its length and u is uniform within it, so E[u] = E[L²] / (2 E[L]) = 0.4405 T
/// and u &lt; T still bounds detection to (D − T, D]. The outage adds the withdrawal's trip to the customer and the
/// backup path's delay.
/// </summary>
public sealed class FailoverOutageStatisticalTests(ITestOutputHelper output)
{
    private static readonly SimTime Propagation = DualHomedNetwork.WithdrawalPropagation + DualHomedNetwork.BackupPathDelay;

    private static (double OutageSeconds, DualHomedNetwork Network) Outage(int replication, BgpTimers timers, BfdSettings? bfd, SimTime failAt, SimTime window)
    {
        var network = new DualHomedNetwork(replication, timers, bfd, failAt, failAt - SimTime.FromSeconds(1), failAt + window);
        network.Fabric.Run(failAt + window + SimTime.FromSeconds(1));
        var outage = Assert.Single(network.Monitor.Outages);
        Assert.True(outage.LastBefore <= failAt && outage.FirstAfter > failAt);
        return ((outage.Gap - DualHomedNetwork.Spacing).TotalSeconds, network);
    }

    private static SimTime RandomInstant(int replication, double fromSeconds, double spanSeconds)
    {
        var random = new RandomStreams(99, replication).Get("failover/instant");
        return SimTime.FromSeconds(fromSeconds + random.NextDouble() * spanSeconds);
    }

    [Fact]
    public void BfdDetectsWithinThreeIntervalsAndTrafficMovesToTheBackup()
    {
        var bfd = BfdSettings.Default;
        var (outage, network) = Outage(0, BgpTimers.AwsDirectConnect, bfd, SimTime.FromSeconds(5.1234), SimTime.FromSeconds(3));

        // Gap minus spacing lies in (D − T, D] + propagation, give or take one spacing for where the CBR phase falls.
        double lower = (bfd.DetectionTime - bfd.Interval + Propagation - DualHomedNetwork.Spacing).TotalSeconds;
        double upper = (bfd.DetectionTime + Propagation + DualHomedNetwork.Spacing).TotalSeconds;
        Assert.InRange(outage, lower, upper);
        Assert.Equal("mcr2", network.CustomerPathVia());
        // Until mcr1 detects the failure its route black-holes the flow: those packets are lost to the failure.
        // Only the few sent while the withdrawal travels to the customer (2 ms) find mcr1 without a route.
        var flow = network.Fabric.Measure().Flows.Single();
        Assert.Equal(flow.PacketsSent - flow.PacketsReceived, flow.PacketsDropped);
        Assert.InRange(flow.LostToFailure, (long)(lower / DualHomedNetwork.Spacing.TotalSeconds) - 2, (long)(upper / DualHomedNetwork.Spacing.TotalSeconds) + 1);
        Assert.InRange(flow.DroppedNoRoute, 0, 1);
        var mcr1ToAws = network.Bgp.Speaker("mcr1").Sessions.Single(s => s.Peer.Speaker.Node.Name == "aws");
        Assert.Equal(BgpNotification.BfdDown, mcr1ToAws.LastDownReason);
    }

    [Fact]
    public void FailureOfThePrimaryCloudRouterIsDetectedByTheCustomerItself()
    {
        // The customer's own BFD session to mcr1 detects the loss, so no withdrawal has to travel: the outage is
        // detection plus the backup path's delay.
        var bfd = BfdSettings.Default;
        var failAt = SimTime.FromSeconds(6.0789);
        var network = new DualHomedNetwork(0, BgpTimers.AwsDirectConnect, bfd, failAt, failAt - SimTime.FromSeconds(1),
            failAt + SimTime.FromSeconds(3), failNode: "mcr1");
        network.Fabric.Run(failAt + SimTime.FromSeconds(4));
        double outage = (Assert.Single(network.Monitor.Outages).Gap - DualHomedNetwork.Spacing).TotalSeconds;
        Assert.InRange(outage,
            (bfd.DetectionTime - bfd.Interval + DualHomedNetwork.BackupPathDelay - DualHomedNetwork.Spacing).TotalSeconds,
            (bfd.DetectionTime + DualHomedNetwork.BackupPathDelay + DualHomedNetwork.Spacing).TotalSeconds);
        Assert.Equal("mcr2", network.CustomerPathVia());
        var customerToMcr1 = network.Bgp.Speaker("customer").Sessions.Single(s => s.Peer.Speaker.Node.Name == "mcr1");
        Assert.Equal(BgpNotification.BfdDown, customerToMcr1.LastDownReason);
    }

    [Fact]
    public void BfdOutageMeanOverRandomFailureInstantsMatchesTheory()
    {
        var bfd = BfdSettings.Default;
        var outages = new RunningStatistics();
        for (int replication = 0; replication < 20; replication++)
        {
            outages.Add(Outage(replication, BgpTimers.AwsDirectConnect, bfd, RandomInstant(replication, 5, 3), SimTime.FromSeconds(2)).OutageSeconds);
        }
        double t = bfd.Interval.TotalSeconds;
        double meanSpacing = 0.875 * t;
        double meanSquareSpacing = (t * t * t - Math.Pow(0.75 * t, 3)) / (3 * 0.25 * t);
        double expected = bfd.DetectionTime.TotalSeconds - meanSquareSpacing / (2 * meanSpacing) + Propagation.TotalSeconds;
        var interval = outages.ConfidenceInterval(0.99);
        output.WriteLine($"BFD outage: expected {expected:F4} s, measured {interval.Mean:F4} ± {interval.HalfWidth:F4} s (99%), range [{outages.Min:F4}, {outages.Max:F4}]");
        Assert.True(interval.Contains(expected), $"expected {expected:F4} s, measured {interval.Mean:F4} ± {interval.HalfWidth:F4} s");
    }

    [Fact]
    public void BfdOutageOfOneFailureInstantSpreadsOverReplications()
    {
        // Before: BFD sent at a fixed phase and interval, so every replication detected at the same instant and the
        // outage showed ± 0.00. Now the phase and jitter differ per replication, within (D − T, D].
        var bfd = BfdSettings.Default;
        var outages = new RunningStatistics();
        for (int replication = 0; replication < 10; replication++)
        {
            outages.Add(Outage(replication, BgpTimers.AwsDirectConnect, bfd, SimTime.FromSeconds(5.1234), SimTime.FromSeconds(2)).OutageSeconds);
        }
        Assert.InRange(outages.Min, (bfd.DetectionTime - bfd.Interval + Propagation - DualHomedNetwork.Spacing).TotalSeconds, outages.Max);
        Assert.InRange(outages.Max, outages.Min, (bfd.DetectionTime + Propagation + DualHomedNetwork.Spacing).TotalSeconds);
        // Ten draws of u from a spread of 300 ms: identical outages (to a CBR spacing) would mean no randomisation.
        Assert.True(outages.Max - outages.Min > DualHomedNetwork.Spacing.TotalSeconds * 2, $"range [{outages.Min:F4}, {outages.Max:F4}]");
    }

    [Fact]
    public void HoldTimerOutageLiesBetweenHoldMinusKeepaliveAndHoldAndAveragesHoldMinusHalfAKeepalive()
    {
        var timers = BgpTimers.AwsDirectConnect;
        double lower = (timers.Hold - timers.Keepalive + Propagation - DualHomedNetwork.Spacing).TotalSeconds;
        double upper = (timers.Hold + Propagation + DualHomedNetwork.Spacing).TotalSeconds;
        var outages = new RunningStatistics();
        for (int replication = 0; replication < 30; replication++)
        {
            var (outage, network) = Outage(replication, timers, bfd: null, RandomInstant(replication, 60, 120), SimTime.FromSeconds(95));
            Assert.InRange(outage, lower, upper);
            Assert.Equal("mcr2", network.CustomerPathVia());
            outages.Add(outage);
        }
        double expected = (timers.Hold - timers.Keepalive / 2 + Propagation).TotalSeconds;
        var interval = outages.ConfidenceInterval(0.99);
        output.WriteLine($"Hold-timer outage: expected {expected:F3} s, measured {interval.Mean:F3} ± {interval.HalfWidth:F3} s (99%), range [{outages.Min:F3}, {outages.Max:F3}]");
        Assert.True(interval.Contains(expected), $"expected {expected:F3} s, measured {interval.Mean:F3} ± {interval.HalfWidth:F3} s");
    }

    [Fact]
    public void PrimaryPathReturnsAsSoonAsItsRepairedLinkCarriesTheOpen()
    {
        // Before: the session waited its 120 s ConnectRetry, so traffic came back to the primary ≈ 118 s late.
        var failAt = SimTime.FromSeconds(5);
        var network = new DualHomedNetwork(0, BgpTimers.AwsDirectConnect, BfdSettings.Default, failAt, SimTime.FromSeconds(4),
            SimTime.FromSeconds(200), repairAfter: SimTime.FromSeconds(10));
        network.Fabric.Run(SimTime.FromSeconds(15) - SimTime.FromMilliseconds(1));
        Assert.Equal("mcr2", network.CustomerPathVia());
        // Both routers see the link come up and open at once: OPENs cross in 1 ms, KEEPALIVEs in 1 ms more, aws's
        // UPDATE takes 1 ms and mcr1's to the customer 2 ms: the route is back 5 ms (plus serializations) later.
        network.Fabric.Run(SimTime.FromSeconds(15) + SimTime.FromMilliseconds(4.9));
        Assert.Equal("mcr2", network.CustomerPathVia());
        network.Fabric.Run(SimTime.FromSeconds(15) + SimTime.FromMilliseconds(5.1));
        Assert.Equal("mcr1", network.CustomerPathVia());
        var session = network.Bgp.Speaker("mcr1").Sessions.Single(s => s.Peer.Speaker.Node.Name == "aws");
        Assert.Equal(2, session.TimesEstablished);
        // Moving back is make-before-break: no second outage.
        Assert.Single(network.Monitor.Outages);
    }

    [Fact]
    public void TimeWithoutValidRouteAgreesWithTheDeliveryGap()
    {
        // The gap adds the backup path's delay and the CBR phase on both sides (each within one spacing) to the
        // time the customer's route is invalid (detection plus the withdrawal's trip).
        for (int replication = 0; replication < 8; replication++)
        {
            SimTime failAt = RandomInstant(replication, 5, 3);
            var network = new DualHomedNetwork(replication, BgpTimers.AwsDirectConnect, BfdSettings.Default, failAt,
                failAt - SimTime.FromSeconds(1), failAt + SimTime.FromSeconds(2));
            var tracker = new ReachabilityTracker(network.Fabric, network.Bgp, "customer", "aws");
            network.Fabric.Run(failAt + SimTime.FromSeconds(3));

            var noRoute = Assert.Single(tracker.Outages, o => o.LastBefore >= failAt);
            Assert.Equal(failAt, noRoute.LastBefore);
            Assert.True(tracker.IsReachable);
            double gapOutage = (Assert.Single(network.Monitor.Outages).Gap - DualHomedNetwork.Spacing).TotalSeconds;
            double difference = gapOutage - noRoute.Gap.TotalSeconds - DualHomedNetwork.BackupPathDelay.TotalSeconds;
            Assert.InRange(difference, -DualHomedNetwork.Spacing.TotalSeconds, DualHomedNetwork.Spacing.TotalSeconds);
            Assert.InRange(noRoute.Gap.TotalSeconds,
                (BfdSettings.Default.DetectionTime - BfdSettings.Default.Interval + DualHomedNetwork.WithdrawalPropagation).TotalSeconds,
                (BfdSettings.Default.DetectionTime + DualHomedNetwork.WithdrawalPropagation + SimTime.FromMicroseconds(5)).TotalSeconds);
        }
    }
}
