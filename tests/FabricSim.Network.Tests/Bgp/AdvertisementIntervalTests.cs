using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Built;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>
/// The advertisement interval (MRAI, RFC 4271 §9.2.1.1) on a chain of eBGP routers r0 — r1 — … — r4, 2 ms apart: the
/// classic behaviour is that a new route waits up to one interval per hop while a withdrawal crosses at the speed of
/// propagation. The interval is rate-limiting from t = 0 here (no warm-up), so the chain's own start-up is throttled too.
/// </summary>
public sealed class AdvertisementIntervalTests
{
    private const int Hops = 4;
    private static readonly SimTime HopDelay = SimTime.FromMilliseconds(2);
    private static readonly Ipv4Prefix Probe = Ipv4Prefix.Parse("10.99.0.0/16");

    [Fact]
    public void NewPrefixWaitsAtMostOneIntervalPerHopWhenEveryTimerRuns()
    {
        var interval = SimTime.FromSeconds(5);
        var (fabric, bgp) = Chain(interval);
        // Start-up under the interval: each router's own prefix needs at most one interval per hop to cross the chain.
        fabric.Run(SimTime.FromSeconds(Hops * 5 + 1));
        Assert.All(bgp.Speakers, s => Assert.Equal(Hops + 1, s.BestRoutes().Count));

        // Long quiet, so every timer is idle; then each router announces a fresh network at once, which starts every
        // session's timer, and a millisecond later r0 announces the probe.
        fabric.Run(SimTime.FromSeconds(100));
        for (int i = 0; i <= Hops; i++)
        {
            bgp.Speaker($"r{i}").Originate(new Ipv4Prefix(new Ipv4Address(0x0A50_0000u + ((uint)i << 8)), 24));
        }
        fabric.Run(SimTime.FromSeconds(100) + SimTime.FromMilliseconds(1));
        SimTime announcedAt = fabric.Simulator.Now;
        SimTime? arrived = null;
        bgp.Speaker($"r{Hops}").BestRouteChanged += (prefix, best) => arrived ??= prefix == Probe && best is not null ? fabric.Simulator.Now : null;
        bgp.Speaker("r0").Originate(Probe);
        fabric.Run(SimTime.FromSeconds(200));

        // Each router holds the probe until its running interval ends; the timers downstream were restarted by the
        // networks they passed on, so the wait is up to one interval per hop. Each interval is jittered to between 0.75
        // and 1 times its value (RFC 4271 §10): r0's, started a millisecond before the probe, holds it at least 0.75
        // of one; downstream timers that end before the probe arrives pass it on at their end, so it can catch up.
        Assert.NotNull(arrived);
        double lag = (arrived.Value - announcedAt).TotalSeconds;
        Assert.InRange(lag, 0.75 * interval.TotalSeconds - 0.001, Hops * (interval + HopDelay).TotalSeconds + 0.001);

        // The withdrawal of the probe is not held back by the timers its advertisement restarted: hops × propagation.
        fabric.Run(arrived.Value + SimTime.FromMilliseconds(10));
        SimTime withdrawnAt = fabric.Simulator.Now;
        SimTime? gone = null;
        bgp.Speaker($"r{Hops}").BestRouteChanged += (prefix, best) => gone ??= prefix == Probe && best is null ? fabric.Simulator.Now : null;
        bgp.Speaker("r0").StopOriginating(Probe);
        fabric.Run(withdrawnAt + SimTime.FromSeconds(1));
        Assert.NotNull(gone);
        // Propagation plus microseconds of serialization per hop.
        Assert.InRange((gone.Value - withdrawnAt).TotalMilliseconds, Hops * HopDelay.TotalMilliseconds, Hops * HopDelay.TotalMilliseconds + 0.1);
    }

    [Theory]
    [InlineData(0, 1)]
    // The interval only spaces advertisement runs: a router that has sent nothing for longer is not held back, so a
    // failover in a fabric that has long been quiet costs no interval.
    [InlineData(30, 200)]
    public void AFirstChangeAfterAQuietIntervalCrossesAtTheSpeedOfPropagation(int intervalSeconds, int announceAtSeconds)
    {
        var (fabric, bgp) = Chain(SimTime.FromSeconds(intervalSeconds));
        fabric.Run(SimTime.FromSeconds(announceAtSeconds));
        SimTime announcedAt = fabric.Simulator.Now;
        bgp.Speaker("r0").Originate(Probe);
        fabric.Run(SimTime.FromSeconds(announceAtSeconds + 1));

        double lagMs = (bgp.Speaker($"r{Hops}").LastChangeAt - announcedAt).TotalMilliseconds;
        Assert.InRange(lagMs, Hops * HopDelay.TotalMilliseconds, Hops * HopDelay.TotalMilliseconds + 0.1);
    }

    [Fact]
    public void DefaultsFollowThePeerType()
    {
        var builder = new FabricBuilder(seed: 1);
        foreach (var node in new[] { "a", "b", "c" })
        {
            builder.AddNode(node, NodeKind.CloudRouter);
        }
        builder.AddLink("a-b", "a", "b", DataRate.FromGigabitsPerSecond(1), HopDelay);
        builder.AddLink("b-c", "b", "c", DataRate.FromGigabitsPerSecond(1), HopDelay);
        var bgp = new BgpNetwork(builder.Build());
        bgp.AddSpeaker("a", 65001);
        bgp.AddSpeaker("b", 65002);
        bgp.AddSpeaker("c", 65002);
        var external = bgp.ConnectOverLink("a-b", new BgpSessionOptions(), new BgpSessionOptions { AdvertisementInterval = SimTime.FromSeconds(2) });
        var internalPeers = bgp.ConnectOverLink("b-c", new BgpSessionOptions(), new BgpSessionOptions());

        // RFC 4271 §10 and Cisco IOS: 30 s towards another AS, 5 s within one; a configured value wins.
        Assert.Equal(SimTime.FromSeconds(30), external.A.AdvertisementInterval);
        Assert.Equal(SimTime.FromSeconds(2), external.B.AdvertisementInterval);
        Assert.Equal(SimTime.FromSeconds(5), internalPeers.A.AdvertisementInterval);
        Assert.Equal(SimTime.FromSeconds(5), internalPeers.B.AdvertisementInterval);
    }

    [Fact]
    public void SameChainTwiceGivesTheSameMessagesAtTheSameInstants()
    {
        (long Messages, SimTime LastChange, string Hash) Once()
        {
            var (fabric, bgp) = Chain(SimTime.FromSeconds(5));
            fabric.Run(SimTime.FromSeconds(3));
            bgp.Speaker("r2").Originate(Probe);
            fabric.Run(SimTime.FromSeconds(60));
            return (bgp.Sender.MessagesSent, bgp.Speakers.Max(s => s.LastChangeAt), FullMeshBgpFabric.TableHash(bgp));
        }

        Assert.Equal(Once(), Once());
    }

    private static (Fabric Fabric, BgpNetwork Bgp) Chain(SimTime interval)
    {
        var builder = new FabricBuilder(seed: 3);
        for (int i = 0; i <= Hops; i++)
        {
            builder.AddNode($"r{i}", NodeKind.CloudRouter);
        }
        for (int i = 0; i < Hops; i++)
        {
            builder.AddLink($"r{i}-r{i + 1}", $"r{i}", $"r{i + 1}", DataRate.FromGigabitsPerSecond(10), HopDelay);
        }
        var fabric = builder.Build();
        var bgp = new BgpNetwork(fabric);
        FullMeshBgpFabric.AddSpeakers(bgp, Hops + 1, 1);
        var options = new BgpSessionOptions { AdvertisementInterval = interval };
        for (int i = 0; i < Hops; i++)
        {
            bgp.ConnectOverLink($"r{i}-r{i + 1}", options, options);
        }
        bgp.Start();
        return (fabric, bgp);
    }
}
