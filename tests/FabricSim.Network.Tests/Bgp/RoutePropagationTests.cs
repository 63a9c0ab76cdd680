using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using static FabricSim.Network.Tests.Bgp.BgpTestNetworks;

namespace FabricSim.Network.Tests.Bgp;

public sealed class RoutePropagationTests
{
    private static (Fabric Fabric, BgpNetwork Bgp) Build(string[] nodes, (string A, string B)[] links, Action<BgpNetwork> configure)
    {
        var builder = new FabricBuilder(seed: 1);
        foreach (var node in nodes)
        {
            builder.AddNode(node, NodeKind.CloudRouter);
        }
        foreach (var (a, b) in links)
        {
            builder.AddLink($"{a}-{b}", a, b, LinkRate, SimTime.FromMilliseconds(2));
        }
        var fabric = builder.Build();
        // The tables these tests check form at start-up, which advertisement intervals leave alone (AdvertisementIntervalTests).
        var bgp = new BgpNetwork(fabric) { AdvertisementsLimitedFrom = SimTime.FromSeconds(1) };
        configure(bgp);
        bgp.Start();
        return (fabric, bgp);
    }

    [Fact]
    public void PrivateAndPublicCloudRoutesNeverMeetEvenAcrossInternalSessions()
    {
        // customer and a private VIF on mcr1, a public VIF on mcr2; the two cloud routers share an AS over iBGP.
        var (fabric, bgp) = Build(
            ["customer", "mcr1", "mcr2", "aws-private", "aws-public"],
            [("customer", "mcr1"), ("mcr1", "mcr2"), ("mcr1", "aws-private"), ("mcr2", "aws-public")],
            bgp =>
            {
                bgp.AddSpeaker("customer", 65001);
                bgp.AddSpeaker("mcr1", 133937);
                bgp.AddSpeaker("mcr2", 133937);
                bgp.AddSpeaker("aws-private", 64512);
                bgp.AddSpeaker("aws-public", 7224);
                bgp.Originate("customer", "192.168.0.0/16");
                bgp.Originate("aws-private", "10.10.0.0/16");
                bgp.Originate("aws-public", "52.95.245.0/24");
                var plain = new BgpSessionOptions();
                bgp.ConnectOverLink("customer-mcr1", plain, plain);
                bgp.ConnectOverLink("mcr1-mcr2", plain, plain);
                bgp.ConnectOverLink("mcr1-aws-private", plain with { PeerType = PeerType.PrivateCloud }, plain);
                bgp.ConnectOverLink("mcr2-aws-public", plain with { PeerType = PeerType.PublicCloud }, plain);
            });
        fabric.Run(SimTime.FromSeconds(2));

        Assert.Equal(["10.10.0.0/16", "52.95.245.0/24"], LearnedPrefixes(bgp.Speaker("customer")));
        Assert.Equal(["192.168.0.0/16"], LearnedPrefixes(bgp.Speaker("aws-private")));
        Assert.Equal(["192.168.0.0/16"], LearnedPrefixes(bgp.Speaker("aws-public")));
        Assert.Equal(RouteSource.PrivateCloud, bgp.Speaker("mcr2").BestRoute(Ipv4Prefix.Parse("10.10.0.0/16"))!.Attributes.Source);
    }

    [Fact]
    public void RouterRejectsPathsThatAlreadyContainItsOwnAs()
    {
        var (fabric, bgp) = Build(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")], bgp =>
        {
            bgp.AddSpeaker("a", 65001);
            bgp.AddSpeaker("b", 65002);
            bgp.AddSpeaker("c", 65003);
            bgp.Originate("a", "10.1.0.0/16");
            var plain = new BgpSessionOptions();
            bgp.ConnectOverLink("a-b", plain, plain);
            bgp.ConnectOverLink("b-c", plain, plain);
            bgp.ConnectOverLink("c-a", plain, plain);
        });
        fabric.Run(SimTime.FromSeconds(2));

        var prefix = Ipv4Prefix.Parse("10.1.0.0/16");
        Assert.Single(bgp.Speaker("a").CandidatesFor(prefix));
        Assert.Equal(2, bgp.Speaker("c").CandidatesFor(prefix).Count);
        Assert.Equal([65001L], bgp.Speaker("c").BestRoute(prefix)!.Attributes.AsPath);
    }

    [Fact]
    public void WithdrawalPropagatesHopByHop()
    {
        var (fabric, bgp) = Build(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "d")], bgp =>
        {
            bgp.AddSpeaker("a", 65001);
            bgp.AddSpeaker("b", 65002);
            bgp.AddSpeaker("c", 65003);
            bgp.AddSpeaker("d", 65004);
            bgp.Originate("a", "10.1.0.0/16");
            var plain = new BgpSessionOptions();
            bgp.ConnectOverLink("a-b", plain, plain);
            bgp.ConnectOverLink("b-c", plain, plain);
            bgp.ConnectOverLink("c-d", plain, plain);
        });
        fabric.Run(SimTime.FromSeconds(1));
        var prefix = Ipv4Prefix.Parse("10.1.0.0/16");
        Assert.Equal([65003L, 65002L, 65001L], bgp.Speaker("d").BestRoute(prefix)!.Attributes.AsPath);

        SimTime withdrawnAt = fabric.Simulator.Now;
        bgp.Speaker("a").StopOriginating(prefix);
        fabric.Run(SimTime.FromSeconds(2));
        Assert.Null(bgp.Speaker("d").BestRoute(prefix));
        // Three hops of 2 ms propagation (plus microseconds of serialization) separate the origin from d.
        double lagMs = (bgp.Speaker("d").LastChangeAt - withdrawnAt).TotalMilliseconds;
        Assert.InRange(lagMs, 6.0, 6.1);
    }

    [Fact]
    public void LargeTableCrossesAnEthernetMtuLinkInSeveralUpdates()
    {
        var (fabric, bgp) = Build(["a", "b"], [("a", "b")], bgp =>
        {
            var a = bgp.AddSpeaker("a", 65001);
            bgp.AddSpeaker("b", 65002);
            for (int i = 0; i < 500; i++)
            {
                a.Originate(new Ipv4Prefix(new Ipv4Address(0x0A00_0000u | (uint)i << 8), 24));
            }
            bgp.ConnectOverLink("a-b", new BgpSessionOptions(), new BgpSessionOptions());
        });
        fabric.Run(SimTime.FromSeconds(1));
        Assert.Equal(500, LearnedPrefixes(bgp.Speaker("b")).Count);
        Assert.Equal(0, fabric.Context.Ledger.TotalAllReasons());
        // Routes of 39 bytes after a 23-byte UPDATE header, at most 1460 bytes per packet: 36 per UPDATE, 14 UPDATEs,
        // besides four OPENs (both ends open at once, and each answers the connection the other opened) and two
        // KEEPALIVEs.
        Assert.Equal(6 + 14, bgp.Sender.MessagesSent);
    }
}
