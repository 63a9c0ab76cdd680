using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using static FabricSim.Network.Tests.Bgp.BgpTestNetworks;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>Each step of the decision process, decided over real sessions after the routes have propagated.</summary>
public sealed class BestPathSelectionTests
{
    private static readonly BgpSessionOptions Plain = new();

    private static (string Winner, string Reason) Decide(params Peer[] peers)
    {
        var (fabric, bgp) = Star(peers);
        fabric.Run(SimTime.FromSeconds(2));
        var router = bgp.Speaker("r");
        var candidates = router.CandidatesFor(Ipv4Prefix.Parse(SharedPrefix));
        Assert.Equal(peers.Length, candidates.Count);
        var best = router.BestRoute(Ipv4Prefix.Parse(SharedPrefix))!;
        var runnerUp = candidates.Where(c => c != best).Aggregate((x, y) => BestPathSelection.Prefers(x, y) ? x : y);
        Assert.True(BestPathSelection.Compare(best, runnerUp, out string reason) < 0);
        return (best.Session!.Peer.Speaker.Node.Name, reason);
    }

    [Fact]
    public void HigherLocalPreferenceBeatsShorterPath()
    {
        var result = Decide(
            new Peer("p1", 65001, "10.0.0.1", Plain with { LocalPreference = 200 }, Plain with { AsPathPrepend = 3 }),
            new Peer("p2", 65002, "10.0.0.2", Plain, Plain));
        Assert.Equal(("p1", "local preference"), result);
    }

    [Fact]
    public void ShorterAsPathWins()
    {
        var result = Decide(
            new Peer("p1", 65001, "10.0.0.1", Plain, Plain with { AsPathPrepend = 1 }),
            new Peer("p2", 65002, "10.0.0.2", Plain, Plain));
        Assert.Equal(("p2", "AS path length"), result);
    }

    [Fact]
    public void LowerMedWinsBetweenRoutesFromTheSameNeighbourAs()
    {
        var result = Decide(
            new Peer("p1", 65001, "10.0.0.1", Plain, Plain with { MedOut = 50 }),
            new Peer("p2", 65001, "10.0.0.2", Plain, Plain with { MedOut = 10 }));
        Assert.Equal(("p2", "MED"), result);
    }

    [Fact]
    public void MedInOverridesTheReceivedMed()
    {
        var result = Decide(
            new Peer("p1", 65001, "10.0.0.1", Plain with { MedIn = 5 }, Plain with { MedOut = 50 }),
            new Peer("p2", 65001, "10.0.0.2", Plain, Plain with { MedOut = 10 }));
        Assert.Equal(("p1", "MED"), result);
    }

    [Fact]
    public void MedIsNotComparedBetweenDifferentNeighbourAses()
    {
        var result = Decide(
            new Peer("p1", 65001, "10.0.0.1", Plain, Plain with { MedOut = 50 }),
            new Peer("p2", 65002, "10.0.0.2", Plain, Plain with { MedOut = 10 }));
        Assert.Equal(("p1", "router id"), result);
    }

    [Fact]
    public void LowestRouterIdBreaksTheRemainingTie()
    {
        var result = Decide(
            new Peer("p1", 65001, "10.0.0.9", Plain, Plain),
            new Peer("p2", 65002, "10.0.0.2", Plain, Plain));
        Assert.Equal(("p2", "router id"), result);
    }

    [Fact]
    public void ExternalRouteBeatsInternalRouteOfEqualLength()
    {
        // r hears the prefix from external p1 (AS 65001) and, over iBGP, from i, which heard it from p2 (AS 65002).
        // i has the lowest router id, so only the eBGP step can make r choose p1.
        var builder = new FabricBuilder(seed: 1);
        foreach (var name in new[] { "r", "i", "p1", "p2" })
        {
            builder.AddNode(name, NodeKind.CloudRouter);
        }
        builder.AddLink("r-p1", "r", "p1", LinkRate, SimTime.FromMilliseconds(1));
        builder.AddLink("r-i", "r", "i", LinkRate, SimTime.FromMilliseconds(1));
        builder.AddLink("i-p2", "i", "p2", LinkRate, SimTime.FromMilliseconds(1));
        var fabric = builder.Build();
        var bgp = new BgpNetwork(fabric);
        bgp.AddSpeaker("r", 65000, "10.0.0.100");
        bgp.AddSpeaker("i", 65000, "10.0.0.1");
        bgp.AddSpeaker("p1", 65001, "10.0.0.50");
        bgp.AddSpeaker("p2", 65002, "10.0.0.60");
        bgp.Speaker("p1").Originate(Ipv4Prefix.Parse(SharedPrefix));
        bgp.Speaker("p2").Originate(Ipv4Prefix.Parse(SharedPrefix));
        bgp.ConnectOverLink("r-p1", Plain, Plain);
        bgp.ConnectOverLink("r-i", Plain, Plain);
        bgp.ConnectOverLink("i-p2", Plain, Plain);
        bgp.Start();
        fabric.Run(SimTime.FromSeconds(2));

        var router = bgp.Speaker("r");
        var candidates = router.CandidatesFor(Ipv4Prefix.Parse(SharedPrefix));
        Assert.Equal(2, candidates.Count);
        var best = router.BestRoute(Ipv4Prefix.Parse(SharedPrefix))!;
        Assert.Equal("p1", best.Session!.Peer.Speaker.Node.Name);
        var internalRoute = candidates.Single(c => c != best);
        Assert.False(internalRoute.IsExternal);
        Assert.Equal([65002L], internalRoute.Attributes.AsPath);
        BestPathSelection.Compare(best, internalRoute, out string reason);
        Assert.Equal("eBGP over iBGP", reason);
    }

    [Fact]
    public void LocallyOriginatedRouteIsPreferredOverAnyLearnedOne()
    {
        var (fabric, bgp) = Star(new Peer("p1", 65001, "10.0.0.1", Plain with { LocalPreference = 500 }, Plain));
        bgp.Speaker("r").Originate(Ipv4Prefix.Parse(SharedPrefix));
        fabric.Run(SimTime.FromSeconds(2));
        Assert.True(bgp.Speaker("r").BestRoute(Ipv4Prefix.Parse(SharedPrefix))!.IsLocal);
    }
}
