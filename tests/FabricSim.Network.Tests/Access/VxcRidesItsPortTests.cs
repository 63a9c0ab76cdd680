using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bfd;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Geography;
using FabricSim.Network.Metrics;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Access;

/// <summary>
/// A VXC is a VLAN on the port it is configured on. A Sydney data centre has two ports at one PoP, "port-a" and
/// "port-b", and a VXC on each to one MCR (BFD 300 ms × 3); the MCR prepends towards the customer on "dc-b", so
/// "dc-a" carries the traffic to AWS. Before the fix, the VXCs followed the site router's shortest path to the PoP:
/// failing port-a moved dc-a's packets onto port-b and the run saw no outage at all. Now the failure takes dc-a down
/// until BFD notices, and only then does BGP move the traffic to dc-b. Tested in one metro and with the MCR and the
/// cloud in Singapore, ~40 ms away over the backbone.
/// </summary>
public sealed class VxcRidesItsPortTests
{
    /// <summary>1000-byte packets at 1.6 Mbit/s: one every 5 ms.</summary>
    private static readonly SimTime Spacing = SimTime.FromMilliseconds(5);
    private static readonly SimTime WarmUp = SimTime.FromSeconds(2);
    private static readonly SimTime FailAt = SimTime.FromSeconds(3.1234);
    private static readonly SimTime End = SimTime.FromSeconds(6);

    private static FabricDescription Design(bool longHaul, string failedPort)
    {
        var sydney = new GeoLocation(-33.92, 151.19);
        var singapore = new GeoLocation(1.30, 103.79);
        string mcrPop = longHaul ? "SIN1" : "SYD1";
        var cloudRegion = longHaul ? singapore : sydney;
        var sessionToB = new VxcBgp(null, new BgpSessionOptions { AsPathPrepend = 2 });
        return new FabricDescription
        {
            Pops = longHaul ? [new PopSpec("SYD1", sydney), new PopSpec("SIN1", singapore)] : [new PopSpec("SYD1", sydney)],
            BackboneLinks = longHaul ? [new BackboneLinkSpec("SYD1", "SIN1", DataRate.Parse("100Gbps"), RouteFactor: 1.3)] : [],
            Sites = [new SiteSpec("dc", new GeoLocation(-33.87, 151.21), [Ipv4Prefix.Parse("192.168.0.0/16")])],
            Clouds = [new CloudSpec("aws", CspProvider.AwsDirectConnect, mcrPop, cloudRegion, [Ipv4Prefix.Parse("10.10.0.0/16")])],
            Ports = [new PortSpec("port-a", "dc", "SYD1", DataRate.Parse("10Gbps")), new PortSpec("port-b", "dc", "SYD1", DataRate.Parse("10Gbps"))],
            Mcrs = [new McrSpec("mcr", mcrPop, DataRate.Parse("2.5Gbps"), Asn: 133937, Bfd: BfdSettings.Default)],
            Vxcs =
            [
                new VxcSpec("dc-a", "port-a", "mcr", DataRate.Parse("1Gbps")),
                new VxcSpec("dc-b", "port-b", "mcr", DataRate.Parse("1Gbps"), Bgp: sessionToB),
                new VxcSpec("mcr-aws", "mcr", "aws", DataRate.Parse("500Mbps")),
            ],
            Demands = [new DemandSpec("to-aws", "dc", "aws", DemandKind.ConstantBitRate) { Rate = DataRate.Parse("1.6Mbps"), Sizes = new FixedPacketSize(1000) }],
            Failures = [new FailureSpec(failedPort, At: FailAt)],
            WarmUp = WarmUp,
            Duration = End,
        };
    }

    /// <summary>Packets the VXC admitted from the data centre's side since warm-up.</summary>
    private static long FromSite(FabricMeasurements measured, string vxc) =>
        measured.Links.Single(l => l.Kind == "vxc" && l.Link == vxc && l.From == "dc").PacketsSent;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FailingThePortOfTheCarryingVxcLosesItsTrafficUntilBfdDetectsThenTheOtherPortCarriesIt(bool longHaul)
    {
        var fabric = Design(longHaul, "port-a").Build(seed: 7);
        fabric.Run(FailAt);
        var before = fabric.Measure();
        Assert.True(FromSite(before, "dc-a") > 0, "dc-a carries the traffic before the failure");
        Assert.Equal(0, FromSite(before, "dc-b"));

        fabric.Run(End);
        var after = fabric.Measure();
        var flow = after.Flows.Single();
        double outage = fabric.OutageSeconds(["to-aws"], End)["to-aws"];
        // The customer's BFD last heard the MCR a time u < T before the failure (RFC 5880 jitter keeps spacings in
        // [0.75 T, T]), so it detects in (D − T, D]; the new path adds at most a withdrawal's round trip over it, and
        // where the CBR phase falls moves the measured gap by up to one spacing.
        var bfd = BfdSettings.Default;
        double path = flow.DelayMaxMs / 1000;
        Assert.InRange(outage, (bfd.DetectionTime - bfd.Interval - Spacing).TotalSeconds, (bfd.DetectionTime + Spacing).TotalSeconds + 2 * path);
        // The packets sent into the dead VLAN are lost to the failure, nothing else.
        Assert.Equal(flow.LostToFailure, flow.PacketsDropped);
        Assert.InRange(flow.LostToFailure, (long)(outage / Spacing.TotalSeconds) - 2, (long)(outage / Spacing.TotalSeconds) + 2 + (long)(path / Spacing.TotalSeconds));
        // After detection every packet rides dc-b over port-b; dc-a admits nothing more.
        long afterDetection = (long)((End - FailAt).TotalSeconds / Spacing.TotalSeconds - outage / Spacing.TotalSeconds);
        Assert.InRange(FromSite(after, "dc-b"), afterDetection - 3, afterDetection + 1);
        Assert.InRange(FromSite(after, "dc-a") - FromSite(before, "dc-a"), 0, 1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FailingTheOtherPortChangesNothingForTheVxcThatCarriesTheTraffic(bool longHaul)
    {
        var fabric = Design(longHaul, "port-b").Build(seed: 7);
        fabric.Run(End);
        var measured = fabric.Measure();
        var flow = measured.Flows.Single();
        Assert.Equal(0.0, fabric.OutageSeconds(["to-aws"], End)["to-aws"]);
        Assert.Equal(0, flow.PacketsDropped);
        Assert.Equal(0, FromSite(measured, "dc-b"));
        Assert.InRange(FromSite(measured, "dc-a"), flow.PacketsSent - 1, flow.PacketsSent);
    }

    [Fact]
    public void AVxcIsDownWhileThePortItRidesIsDownAndOnlyThen()
    {
        var fabric = Design(longHaul: false, "port-a").Build(seed: 7);
        fabric.Run(FailAt + SimTime.FromMilliseconds(1));
        Assert.False(fabric.Fabric.Vxc("dc-a").IsUp);
        Assert.True(fabric.Fabric.Vxc("dc-b").IsUp);
        Assert.True(fabric.Fabric.Vxc("mcr-aws").IsUp);
    }
}
