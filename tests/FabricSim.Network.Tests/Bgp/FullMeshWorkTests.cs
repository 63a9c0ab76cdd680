using FabricSim.Engine.Time;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>
/// The control-plane work a full eBGP mesh cannot avoid. Router X hears each prefix of origin O once from O and once
/// from every other router Y, which advertises its route through O to all its peers but O (a route never goes back over
/// the session it came by); O hears its own from no one. So N routers of P prefixes each exchange N(N − 1)²P
/// announcements to converge: the work grows as N³ however the routers are built, and the benchmark's CPU-time growth
/// is judged against that count.
/// </summary>
public sealed class FullMeshWorkTests
{
    private static long Minimum(int routers, int prefixes) => (long)routers * (routers - 1) * (routers - 1) * prefixes;

    [Theory]
    [InlineData(5, 3)]
    [InlineData(12, 4)]
    public void With_equal_delays_the_mesh_converges_on_exactly_the_announcements_it_must_exchange(int routers, int prefixes)
    {
        // Every origin's direct route arrives one link delay before any route through a third router, so no router
        // ever prefers a longer path: nothing is announced twice or withdrawn.
        var (fabric, bgp) = FullMeshBgpFabric.Build(routers, prefixes, equalDelay: SimTime.FromMilliseconds(1));
        fabric.Run(SimTime.FromSeconds(1));

        Assert.All(bgp.Speakers, s => Assert.Equal(routers * prefixes, s.BestRoutes().Count));
        Assert.Equal(Minimum(routers, prefixes), bgp.Sessions.Sum(s => s.RouteChangesReceived));
        // Each session of X carries P routes per origin other than X, the peer's own included: (N − 1)P, except that
        // the peer never sends X's own prefixes back.
        Assert.All(bgp.Sessions, s => Assert.Equal((routers - 1) * prefixes, s.RouteChangesReceived));
    }

    [Fact]
    public void With_unequal_delays_routers_hunt_through_longer_paths_and_exchange_more()
    {
        // The benchmark's mesh: sessions come up at different instants, so some routers first hear an origin through a
        // third router and later replace that route.
        var (fabric, bgp) = FullMeshBgpFabric.Build(12, 4);
        fabric.Run(SimTime.FromSeconds(1));

        long received = bgp.Sessions.Sum(s => s.RouteChangesReceived);
        Assert.True(received > Minimum(12, 4), $"{received} route changes received, minimum {Minimum(12, 4)}");
    }
}
