using FabricSim.Engine.Time;
using FabricSim.Network.Bgp;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>
/// A full mesh where every router gives local preference 150 to what r0 offers. Alone, that policy has one stable
/// state (r0 takes the direct route, everyone else goes through r0) and the mesh settles in milliseconds with or
/// without advertisement intervals. With prepending on some sessions, r0's direct route to a prefix can be as long as
/// one through another router, which r0 then prefers for its lower router id, while that router prefers anything r0
/// offers: the DISAGREE dispute of Griffin, Shepherd and Wilfong ("The stable paths problem and interdomain routing",
/// IEEE/ACM Transactions on Networking 10(2), 2002), two stable states per pair and a protocol that may oscillate
/// between them for ever. Here it does, with 1 ms advertisement intervals and without: a property of the policy, not
/// of the intervals.
/// </summary>
public sealed class PolicyDisputeTests
{
    private static readonly SimTime Settled = SimTime.FromMilliseconds(200);
    private static readonly SimTime Window = SimTime.FromMilliseconds(100);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void PreferringOnePeerAloneSettlesToOneState(int intervalMs)
    {
        var (fabric, bgp) = Mesh(prepend: false, intervalMs);
        fabric.Run(Settled);
        long before = Changes(bgp);
        fabric.Run(Settled + Window);

        Assert.Equal(before, Changes(bgp));
        Assert.True(bgp.Speakers.Max(s => s.LastChangeAt) < SimTime.FromMilliseconds(20));
        // The unique stable state: r0 on the direct route, every other router through r0 unless the prefix is r0's own.
        Assert.All(bgp.Speakers.Where(s => s.Node.Name != "r0"), s => Assert.All(s.BestRoutes().Where(r => !r.IsLocal),
            r => Assert.Equal("r0", r.Session!.Peer.Speaker.Node.Name)));
        Assert.All(bgp.Speaker("r0").BestRoutes(), r => Assert.True(r.Attributes.AsPath.Count <= 1));
        Assert.Equal("C3B58E6DDB14980B20A04753A9849EC805CAC7C0D9762CB80A53925D45FAA284", FullMeshBgpFabric.TableHash(bgp));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void PreferringOnePeerWithPrependingNeverSettles(int intervalMs)
    {
        var (fabric, bgp) = Mesh(prepend: true, intervalMs);
        fabric.Run(Settled);
        long before = Changes(bgp);
        var r0 = bgp.Speaker("r0");
        var r9Prefix = r0.Prefixes.Last();
        var r0Choices = new HashSet<string>();
        r0.BestRouteChanged += (prefix, best) =>
        {
            if (prefix == r9Prefix && best is not null)
            {
                r0Choices.Add(best.Session!.Peer.Speaker.Node.Name);
            }
        };
        fabric.Run(Settled + Window);

        // Still changing long after every session came up (no session dropped): hundreds of changes in 100 ms.
        Assert.True(Changes(bgp) - before > 1000, $"{Changes(bgp) - before} changes");
        Assert.All(bgp.Sessions, s => Assert.Equal(0, s.TimesDropped));
        // r0 keeps moving r9's prefix between the direct route (prepended to two ASes) and routes as long through others.
        Assert.Contains("r9", r0Choices);
        Assert.True(r0Choices.Count >= 2, string.Join(", ", r0Choices));
    }

    private static (Built.Fabric Fabric, BgpNetwork Bgp) Mesh(bool prepend, int intervalMs) =>
        FullMeshBgpFabric.Build(10, 3, (at, peer) => new BgpSessionOptions
        {
            AsPathPrepend = prepend && (at + peer) % 3 == 0 ? 1 : 0,
            LocalPreference = peer == 0 ? 150 : BgpPathAttributes.DefaultLocalPreference,
            AdvertisementInterval = SimTime.FromMilliseconds(intervalMs),
        }, advertisementsLimitedFrom: SimTime.Zero);

    private static long Changes(BgpNetwork bgp) => bgp.Speakers.Sum(s => s.BestPathChanges);
}
