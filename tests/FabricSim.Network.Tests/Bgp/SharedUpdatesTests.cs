using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;
using static FabricSim.Network.Tests.Bgp.BgpTestNetworks;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>
/// What the table and the sessions share instead of copying: UPDATEs built once for every peer that is sent the same
/// routes, the received form of a route kept on the attributes import made of it, and the prefix order of a flush.
/// Sharing must never change a value: a message is reused only for exactly its routes and attribute instances, a
/// rewritten route still knows what the peer sent, and the order is the prefixes' own.
/// </summary>
public sealed class SharedUpdatesTests
{
    private static readonly Ipv4Prefix A = Ipv4Prefix.Parse("10.1.0.0/24");
    private static readonly Ipv4Prefix B = Ipv4Prefix.Parse("10.2.0.0/24");
    private static readonly BgpPathAttributes Path1 = new(new long[] { 65001 }, Ipv4Address.Parse("10.0.0.1"), null, 100, RouteSource.Local);
    private static readonly BgpPathAttributes Path1Copy = Path1 with { };

    [Fact]
    public void AnUpdateIsReusedOnlyForTheSameRoutesWithTheSameAttributeInstances()
    {
        var recent = new RecentUpdates();
        var first = recent.Get([new(A, Path1), new(B, Path1)], [Ipv4Prefix.Parse("10.9.0.0/24")]);

        Assert.Same(first, recent.Get([new(A, Path1), new(B, Path1)], [Ipv4Prefix.Parse("10.9.0.0/24")]));
        // Equal values in another instance, another order, other withdrawals or fewer routes: another message.
        Assert.NotSame(first, recent.Get([new(A, Path1), new(B, Path1Copy)], [Ipv4Prefix.Parse("10.9.0.0/24")]));
        Assert.NotSame(first, recent.Get([new(B, Path1), new(A, Path1)], [Ipv4Prefix.Parse("10.9.0.0/24")]));
        Assert.NotSame(first, recent.Get([new(A, Path1), new(B, Path1)], []));
        Assert.NotSame(first, recent.Get([new(A, Path1)], [Ipv4Prefix.Parse("10.9.0.0/24")]));
        Assert.Equal([new(A, Path1), new(B, Path1)], first.Announced);
        Assert.Equal(EmptyAndWithdrawn(2, 1), first.SizeBytes);
    }

    [Fact]
    public void ARewrittenRouteKeepsWhatThePeerSentForReconfiguration()
    {
        var (fabric, bgp) = Star(new Peer("p1", 65001, "10.0.0.1", new BgpSessionOptions { LocalPreference = 200 }, new BgpSessionOptions()));
        fabric.Run(SimTime.FromSeconds(2));
        var router = bgp.Speaker("r");
        var session = router.Sessions.Single();
        var best = router.BestRoute(Ipv4Prefix.Parse(SharedPrefix))!;
        Assert.Equal(200, best.Attributes.LocalPreference);
        Assert.Equal(BgpPathAttributes.DefaultLocalPreference, best.Attributes.ImportedFrom!.LocalPreference);
        Assert.Equal([(Ipv4Prefix.Parse(SharedPrefix), best.Attributes.ImportedFrom)], router.ReceivedOver(session));

        // A new policy applies to the route as received, not to the rewritten one.
        session.Reconfigure(session.Options with { LocalPreference = 50, MedIn = 7 });
        var after = router.BestRoute(Ipv4Prefix.Parse(SharedPrefix))!.Attributes;
        Assert.Equal((50L, 7L), (after.LocalPreference, after.Med!.Value));
        Assert.Same(best.Attributes.ImportedFrom, after.ImportedFrom);
        // Attributes that do not name the received form they came from are refused, not stored inconsistently.
        Assert.Throws<ArgumentException>(() => router.Learn(session, Ipv4Prefix.Parse(SharedPrefix), after, after));
    }

    [Fact]
    public void AFlushListsItsPrefixesInPrefixOrderWhateverTheOrderTheyArrivedIn()
    {
        var (_, bgp) = Star();
        var router = bgp.Speaker("r");
        var random = new Random(3);
        // Same networks with different lengths, neighbouring networks, and the top of the address space.
        var prefixes = new[] { "10.0.0.0/8", "10.0.0.0/24", "10.0.0.0/16", "9.255.255.0/24", "10.0.1.0/24", "255.255.255.0/24", "0.0.0.0/0", "192.168.0.0/16" }
            .Select(Ipv4Prefix.Parse).OrderBy(_ => random.Next()).ToList();
        var all = new PrefixBits();
        foreach (var prefix in prefixes)
        {
            router.Originate(prefix);
        }
        for (int i = 0; i < router.PrefixCount; i++)
        {
            all.Add(i);
        }
        Assert.Equal(prefixes.Order().ToList(), router.SortedByPrefix(all).Select(r => r.Prefix).ToList());
    }

    private static int EmptyAndWithdrawn(int announcedWithOneAs, int withdrawn) =>
        BgpUpdate.EmptyBytes + withdrawn * BgpUpdate.WithdrawnBytes + announcedWithOneAs * BgpUpdate.AnnouncementBytes(new(A, Path1));
}
