using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;
using static FabricSim.Network.Tests.Bgp.BgpTestNetworks;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>
/// Property tests: the router's incremental selection against the full decision process. Random sequences of routes
/// learned, replaced and withdrawn over real sessions, static routes and an own network are applied both to the
/// router and to a reference table kept as the decision process defines it (a list in arrival order, a route object
/// per arrival, the best being the fold of <see cref="BestPathSelection.Select"/> over the list). After every step the
/// router's candidates, best route, forwarding entry and change notifications must be the reference's.
/// </summary>
public sealed class IncrementalSelectionPropertyTests
{
    private static readonly Ipv4Prefix Probe = Ipv4Prefix.Parse("10.99.0.0/24");
    private static readonly BgpSessionOptions Plain = new();

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    public void IncrementalSelectionMatchesTheFullFoldAtEveryStep(int seed, bool meds)
    {
        // Peers share ASNs (so MED can decide between them) and router ids (so the session order breaks ties), and
        // one is internal (so eBGP over iBGP decides).
        var (fabric, bgp) = Star(
            new Peer("p0", 65001, "10.0.0.1", Plain, Plain),
            new Peer("p1", 65001, "10.0.0.2", Plain, Plain),
            new Peer("p2", 65002, "10.0.0.2", Plain, Plain),
            new Peer("p3", 65000, "10.0.0.3", Plain, Plain),
            new Peer("p4", 65003, "10.0.0.1", Plain, Plain),
            new Peer("p5", 65002, "10.0.0.9", Plain, Plain));
        fabric.Run(SimTime.FromSeconds(2));
        var router = bgp.Speaker("r");
        var sessions = router.Sessions;
        Assert.All(sessions, s => Assert.True(s.IsEstablished));
        var reference = new List<BgpRoute>();
        BgpRoute? referenceBest = null;
        int changes = 0;
        router.BestRouteChanged += (prefix, _) => changes += prefix == Probe ? 1 : 0;
        var random = new Random(seed);

        for (int step = 0; step < 3000; step++)
        {
            int before = changes;
            int op = random.Next(10);
            if (op < 6)
            {
                var session = sessions[random.Next(sessions.Count)];
                var attributes = RandomAttributes(random, session, meds);
                Put(reference, new BgpRoute(Probe, attributes, session));
                router.Learn(session, Probe, attributes, attributes);
            }
            else if (op < 8)
            {
                var session = sessions[random.Next(sessions.Count)];
                reference.RemoveAll(r => r.Session == session);
                router.Forget(session, Probe);
            }
            else if (op == 8)
            {
                var via = sessions[random.Next(2)].Adjacency;
                if (random.Next(2) == 0)
                {
                    bool floating = random.Next(2) == 0;
                    long preference = floating ? -1 : long.MaxValue;
                    Put(reference, new BgpRoute(Probe, new BgpPathAttributes([], router.RouterId, null, preference, RouteSource.Local), null) { StaticVia = via });
                    router.AddStaticRoute(Probe, via, floating);
                }
                else
                {
                    reference.RemoveAll(r => r.Session is null && r.StaticVia == via);
                    router.RemoveStaticRoute(Probe, via);
                }
            }
            else if (random.Next(2) == 0)
            {
                Put(reference, new BgpRoute(Probe, new BgpPathAttributes([], router.RouterId, null, BgpPathAttributes.DefaultLocalPreference, RouteSource.Local), null));
                router.Originate(Probe);
            }
            else
            {
                reference.RemoveAll(r => r.IsLocal);
                router.StopOriginating(Probe);
            }

            var expected = BestPathSelection.Select(reference);
            Assert.Equal(Describe(reference), Describe(router.CandidatesFor(Probe)));
            Assert.Equal(Describe(expected), Describe(router.BestRoute(Probe)));
            Assert.Equal(expected is null ? null : expected.Session?.Adjacency ?? expected.StaticVia, Forwarding(bgp, router));
            // A new route object is a change even with the attributes of the one it replaced, as a fresh UPDATE is.
            Assert.Equal(ReferenceEquals(expected, referenceBest) ? 0 : 1, changes - before);
            referenceBest = expected;
        }
    }

    /// <summary>Replaces the route from the same source in place, else appends, as a router's table does.</summary>
    private static void Put(List<BgpRoute> reference, BgpRoute route)
    {
        int index = reference.FindIndex(r => r.Session == route.Session && r.StaticVia == route.StaticVia);
        if (index >= 0)
        {
            reference[index] = route;
        }
        else
        {
            reference.Add(route);
        }
    }

    /// <summary>Few distinct values, so ties reach the later steps of the decision; MEDs only where asked for.</summary>
    private static BgpPathAttributes RandomAttributes(Random random, BgpSession session, bool meds)
    {
        int length = 1 + random.Next(3);
        var path = new long[length];
        path[0] = random.Next(4) == 0 ? 65001 : session.PeerAsn;
        for (int i = 1; i < length; i++)
        {
            path[i] = 64700 + random.Next(5);
        }
        long? med = meds ? random.Next(4) switch { 0 => null, 1 => 0, 2 => 10, _ => 20 } : random.Next(2) == 0 ? null : 0;
        long preference = random.Next(3) == 0 ? 200 : BgpPathAttributes.DefaultLocalPreference;
        return new BgpPathAttributes(path, session.PeerRouterId, med, preference, RouteSource.NonCloud);
    }

    private static L3Adjacency? Forwarding(BgpNetwork bgp, BgpSpeaker router) =>
        router.ForwardingTable.Exact(Probe) is { } entry && bgp.IsConnectedMarker(entry) ? null : router.ForwardingTable.Exact(Probe);

    private static string Describe(BgpRoute? route) => route is null ? "none"
        : $"{route.Session?.Peer.Speaker.Node.Name ?? route.StaticVia?.Name ?? "local"} {route.Attributes.AsPathText} med {route.Attributes.Med} lp {route.Attributes.LocalPreference}";

    private static string Describe(IEnumerable<BgpRoute> routes) => string.Join(" | ", routes.Select(Describe));
}
