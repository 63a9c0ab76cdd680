using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;
using static FabricSim.Network.Tests.Bgp.BgpTestNetworks;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>The two-cloud example: an AWS VPC pair and an Azure VNet behind one cloud router, joined by VXCs.</summary>
public sealed class RouteFilteringTests
{
    private static readonly PrefixList AwsIn = PrefixList.Whitelist("aws-in", "10.10.0.0/16", "10.11.0.0/16");
    private static readonly PrefixList AzureIn = PrefixList.Whitelist("azure-in", "10.20.0.0/16");
    private static readonly PrefixList ToAws = PrefixList.Whitelist("to-aws", "10.20.0.0/16");
    private static readonly PrefixList ToAzure = PrefixList.Whitelist("to-azure", "10.10.0.0/16", "10.11.0.0/16");

    private static (Fabric Fabric, BgpNetwork Bgp) TwoClouds(bool withFlow = false, DataRate? azureVxcRate = null)
    {
        var builder = new FabricBuilder(seed: 7);
        builder.AddPop("SYD1", -33.92, 151.19);
        builder.AddCloudRouter("mcr", "SYD1", DataRate.FromGigabitsPerSecond(1));
        builder.AddCspEdge("aws", CspProvider.AwsDirectConnect, "SYD1", DataRate.FromGigabitsPerSecond(1), SimTime.FromMicroseconds(100));
        builder.AddCspEdge("azure", CspProvider.AzureExpressRoute, "SYD1", DataRate.FromGigabitsPerSecond(1), SimTime.FromMicroseconds(200));
        builder.AddVxc("mcr-aws", "mcr", "aws", DataRate.FromMegabitsPerSecond(500));
        builder.AddVxc("mcr-azure", "mcr", "azure", azureVxcRate ?? DataRate.FromMegabitsPerSecond(500));
        if (withFlow)
        {
            builder.AddConstantBitRateFlow("vpc-to-vnet", "aws", "azure", DataRate.FromMegabitsPerSecond(12),
                start: SimTime.FromSeconds(1), stop: SimTime.FromSeconds(2));
        }
        var fabric = builder.Build();
        var bgp = new BgpNetwork(fabric);
        bgp.AddSpeaker("mcr", 133937);
        bgp.AddSpeaker("aws", 64512);
        bgp.AddSpeaker("azure", 12076);
        bgp.Originate("aws", "10.10.0.0/16");
        bgp.Originate("aws", "10.11.0.0/16");
        bgp.Originate("aws", "172.31.0.0/16");
        bgp.Originate("azure", "10.20.0.0/16");
        bgp.Originate("azure", "10.21.0.0/24");
        bgp.ConnectOverVxc("mcr-aws",
            new BgpSessionOptions { PeerType = PeerType.PrivateCloud, Import = AwsIn, Export = ToAws, ExpectedPeerAsn = 64512 },
            new BgpSessionOptions { Timers = BgpTimers.AwsDirectConnect });
        bgp.ConnectOverVxc("mcr-azure",
            new BgpSessionOptions { PeerType = PeerType.PrivateCloud, Import = AzureIn, Export = ToAzure, ExpectedPeerAsn = 12076 },
            new BgpSessionOptions { Timers = BgpTimers.AzureExpressRoute });
        bgp.Start();
        return (fabric, bgp);
    }

    [Fact]
    public void EachCloudLearnsExactlyWhatTheFiltersAllow()
    {
        var (fabric, bgp) = TwoClouds();
        fabric.Run(SimTime.FromSeconds(1));

        Assert.All(bgp.Sessions, s => Assert.Equal(BgpSessionState.Established, s.State));
        Assert.Equal(["10.20.0.0/16"], LearnedPrefixes(bgp.Speaker("aws")));
        Assert.Equal(["10.10.0.0/16", "10.11.0.0/16"], LearnedPrefixes(bgp.Speaker("azure")));
        Assert.Equal(["10.10.0.0/16", "10.11.0.0/16", "10.20.0.0/16"], LearnedPrefixes(bgp.Speaker("mcr")));
        var viaMcr = bgp.Speaker("azure").BestRoute(Ipv4Prefix.Parse("10.11.0.0/16"))!;
        Assert.Equal([133937L, 64512L], viaMcr.Attributes.AsPath);
    }

    [Fact]
    public void RemovingAnExportEntryWithdrawsThatRouteFromThePeer()
    {
        var (fabric, bgp) = TwoClouds();
        fabric.Run(SimTime.FromSeconds(1));
        var toAzure = bgp.Speaker("mcr").Sessions.Single(s => s.Peer.Speaker.Node.Name == "azure");
        toAzure.Reconfigure(toAzure.Options with { Export = ToAzure.Without(1) });
        Assert.Equal(["10.10.0.0/16", "10.11.0.0/16"], LearnedPrefixes(bgp.Speaker("azure")));

        fabric.Run(SimTime.FromSeconds(2));
        Assert.Equal(["10.10.0.0/16"], LearnedPrefixes(bgp.Speaker("azure")));
        Assert.Equal(["10.20.0.0/16"], LearnedPrefixes(bgp.Speaker("aws")));
    }

    [Fact]
    public void RemovingAnImportEntryDropsTheRouteAndItsReadvertisement()
    {
        var (fabric, bgp) = TwoClouds();
        fabric.Run(SimTime.FromSeconds(1));
        var fromAws = bgp.Speaker("mcr").Sessions.Single(s => s.Peer.Speaker.Node.Name == "aws");
        fromAws.Reconfigure(fromAws.Options with { Import = AwsIn.Without(0) });
        Assert.Equal(["10.11.0.0/16", "10.20.0.0/16"], LearnedPrefixes(bgp.Speaker("mcr")));
        Assert.Equal(["10.10.0.0/16", "10.11.0.0/16"], LearnedPrefixes(bgp.Speaker("azure")));

        fabric.Run(SimTime.FromSeconds(2));
        Assert.Equal(["10.11.0.0/16"], LearnedPrefixes(bgp.Speaker("azure")));
    }

    [Fact]
    public void RoutedTrafficBetweenCloudsPassesThroughTheCloudRouter()
    {
        // The PoP switch is on the direct path from AWS to Azure; only the overlay makes the packets visit the router.
        var (fabric, bgp) = TwoClouds(withFlow: true);
        fabric.Run(SimTime.FromSeconds(3));
        var flow = fabric.Measure().Flows.Single();
        Assert.True(flow.PacketsSent > 900);
        Assert.Equal(flow.PacketsSent, flow.PacketsReceived);
        Assert.True(fabric.Node("mcr").PacketsForwarded >= flow.PacketsSent);
    }

    [Fact]
    public void RoutedTrafficMeetsTheRateLimitOfTheVxcItsRouteUses()
    {
        // 12 Mbit/s offered into a 6 Mbit/s VXC: the policer passes the bucket's burst plus 6 Mbit/s for the second.
        var (fabric, _) = TwoClouds(withFlow: true, azureVxcRate: DataRate.FromMegabitsPerSecond(6));
        fabric.Run(SimTime.FromSeconds(3));
        var flow = fabric.Measure().Flows.Single();
        double expectedPassed = (6e6 / 8 * 1.0 + fabric.Vxc("mcr-azure").BurstBytes) / 1500;
        Assert.InRange(flow.PacketsReceived, expectedPassed - 2, expectedPassed + 2);
        Assert.Equal(flow.PacketsSent - flow.PacketsReceived, flow.DroppedByRateLimit);
    }

    [Fact]
    public void SessionWithUnexpectedPeerAsNeverEstablishes()
    {
        var builder = new FabricBuilder(seed: 1);
        builder.AddNode("a", NodeKind.CloudRouter);
        builder.AddNode("b", NodeKind.CspEdge);
        builder.AddLink("a-b", "a", "b", LinkRate, SimTime.FromMilliseconds(1));
        var fabric = builder.Build();
        var bgp = new BgpNetwork(fabric);
        bgp.AddSpeaker("a", 65000);
        bgp.AddSpeaker("b", 65001);
        var (a, b) = bgp.ConnectOverLink("a-b", new BgpSessionOptions { ExpectedPeerAsn = 65099 }, new BgpSessionOptions());
        bgp.Start();
        fabric.Run(SimTime.FromSeconds(10));
        Assert.NotEqual(BgpSessionState.Established, a.State);
        Assert.NotEqual(BgpSessionState.Established, b.State);
    }
}
