using FabricSim.Engine.Time;
using FabricSim.Network.Bgp;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>
/// Fingerprint tests: the converged tables of full-mesh fabrics, hashed. The hashes were captured from the BGP
/// implementation before batched UPDATE processing, incremental best-path selection and shared path attributes (the
/// 32-router, MED and larger-failure cases before the table held routes as arrays indexed by session); those change
/// how fast the control plane gets there, never where it ends, so the hashes must not move.
/// </summary>
public sealed class ConvergedTableFingerprintTests
{
    private static readonly SimTime Interval = SimTime.FromMilliseconds(1);

    [Theory]
    [InlineData(6, 3, "94E18E4C6C3D358F12F60382BA4CE452019A11C8914EA9E9E2A3C0AD6AF5C4B7")]
    [InlineData(12, 4, "ED27A4C1FA63396BB9A34914D31168DACF2CDFA1CF675B285B5A09E9BC0E6C40")]
    [InlineData(20, 2, "DF1B0DB54997703583BD833AA9603ADA66AE13DF242CB9D1ABE638CA3E5E7D2C")]
    [InlineData(32, 4, "612FE22D3A7D5E67F0586B5CDA0CCC86BC21D580FCD33B3D70926962FF20267E")]
    public void FullMeshConvergesToTheSameTables(int routers, int prefixesEach, string expected)
    {
        var (fabric, bgp) = FullMeshBgpFabric.Build(routers, prefixesEach);
        fabric.Run(SimTime.FromSeconds(1));

        Assert.All(bgp.Speakers, s => Assert.Equal(routers * prefixesEach, s.BestRoutes().Count));
        Assert.Equal(expected, FullMeshBgpFabric.TableHash(bgp));
    }

    [Fact]
    public void FullMeshWithPolicyDisputeHoldsTheSameTablesAtOneSecond()
    {
        // Prepending on some sessions and every router preferring what r0 offers, so selection rests on more than the
        // direct path. The two together are a policy dispute that never settles (PolicyDisputeTests): these are the
        // tables at one instant of the oscillation, which the same sequence of events must reach.
        var (fabric, bgp) = FullMeshBgpFabric.Build(10, 3, (at, peer) => new BgpSessionOptions
        {
            AsPathPrepend = (at + peer) % 3 == 0 ? 1 : 0,
            LocalPreference = peer == 0 ? 150 : BgpPathAttributes.DefaultLocalPreference,
        });
        fabric.Run(SimTime.FromSeconds(1));

        Assert.Equal("3146F052F0E7E1E6F3701C066883F3F4A283F392BFD7B78118993FB82D66DAC8", FullMeshBgpFabric.TableHash(bgp));
    }

    [Theory]
    [InlineData(12, 4, "ED27A4C1FA63396BB9A34914D31168DACF2CDFA1CF675B285B5A09E9BC0E6C40")]
    [InlineData(20, 2, "DF1B0DB54997703583BD833AA9603ADA66AE13DF242CB9D1ABE638CA3E5E7D2C")]
    public void FullMeshUnderAdvertisementIntervalsFromTheStartConvergesToTheSameTables(int routers, int prefixesEach, string expected)
    {
        // Intervals of 1 ms from the start: a session's first interval is unthrottled, so with the mesh's sessions
        // coming up over the first milliseconds the routers hunt through longer paths under the intervals. Without
        // policy the mesh has one stable state, so the intervals change when the tables settle, never where.
        var (fabric, bgp) = FullMeshBgpFabric.Build(routers, prefixesEach, (_, _) => new BgpSessionOptions { AdvertisementInterval = Interval },
            advertisementsLimitedFrom: SimTime.Zero);
        fabric.Run(SimTime.FromSeconds(1));

        Assert.All(bgp.Speakers, s => Assert.Equal(routers * prefixesEach, s.BestRoutes().Count));
        Assert.Equal(expected, FullMeshBgpFabric.TableHash(bgp));
    }

    /// <remarks>
    /// The failed router loses all its sessions and every other router the routes heard from it: the best ones for the
    /// failed router's prefixes, others for the rest. Then re-selection after a session drops and, on the return, the
    /// re-advertisement of whole tables.
    /// </remarks>
    [Theory]
    [InlineData(8, 3, "r3", "A39FA136DA0C4B702C1E1529A34965C0B75AA0BA94E2CA5DA3836BAB099D55CC", "A1D7535ED15EDB61AE7613BB91C4B577BE3E6EFF8D16AFB727F5E5E3B6C454D4")]
    [InlineData(32, 2, "r5", "95F8F02E9848575F99024723B8F223BB5E669054BB15F2FD1651B19A520BD457", "1BFDAD925D4B46CF512759838DA5F7B2F9F7A46ED2AE76846197DBF85ED0A7D1")]
    public void FullMeshAfterARouterFailsAndReturnsConvergesToTheSameTables(int routers, int prefixesEach, string failing, string duringFailure,
        string afterReturn)
    {
        var (fabric, bgp) = FullMeshBgpFabric.Build(routers, prefixesEach);
        fabric.Failures.ScheduleNodeFailure(fabric.Node(failing), SimTime.FromSeconds(1), SimTime.FromSeconds(2));
        fabric.Run(SimTime.FromSeconds(2));
        string during = FullMeshBgpFabric.TableHash(bgp);
        fabric.Run(SimTime.FromSeconds(5));

        Assert.Equal(duringFailure, during);
        Assert.Equal(afterReturn, FullMeshBgpFabric.TableHash(bgp));
    }

    [Fact]
    public void FullMeshWithMedsAndPrependingConvergesToTheSameTables()
    {
        // MEDs on a third of the sessions, so prefixes carry candidates with a MED and selection takes the full fold
        // where it would otherwise judge a change against the best alone, and prepending on others, so the best is
        // often not the direct route. Recorded before the table held routes as arrays with incremental selection.
        var (fabric, bgp) = FullMeshBgpFabric.Build(24, 3, (at, peer) => new BgpSessionOptions
        {
            MedOut = (at + 2 * peer) % 3 == 0 ? 10 * (1 + (at + peer) % 4) : null,
            AsPathPrepend = (at * peer) % 5 == 1 ? 1 : 0,
        });
        fabric.Run(SimTime.FromSeconds(1));

        Assert.All(bgp.Speakers, s => Assert.Equal(24 * 3, s.BestRoutes().Count));
        Assert.Equal("3389400C901E8FEA296A1CA40D44CBC8C171ABFD20461E5912A1BD697ADF727C", FullMeshBgpFabric.TableHash(bgp));
    }
}
