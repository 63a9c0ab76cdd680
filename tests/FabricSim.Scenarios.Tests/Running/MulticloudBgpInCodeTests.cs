using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bfd;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Geography;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Descriptions;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// The three-cloud BGP fabric of scenarios/multicloud-bgp.yaml written in C# with the network library's public
/// description and builder, no scenario file: its routers learn the same routes, from the same peers, with the same
/// attributes, as the scenario's.
/// </summary>
public sealed class MulticloudBgpInCodeTests
{
    /// <summary>Sessions establish within a few round trips and updates follow at once; by then the tables are final.</summary>
    private static readonly SimTime Converged = SimTime.FromSeconds(3);

    [Fact]
    public void A_fabric_written_in_code_learns_the_same_routes_as_the_bundled_scenario()
    {
        var inCode = InCode().Build(seed: 3);
        inCode.Run(Converged);
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "multicloud-bgp.yaml"));
        var fromYaml = OptionDescription.Of(scenario, scenario.Options[0]).Build(seed: 3);
        fromYaml.Run(Converged);

        var expected = Routes(fromYaml);
        var actual = Routes(inCode);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Prefix_filters_keep_azure_apart_while_aws_and_google_learn_each_other()
    {
        var fabric = InCode().Build(seed: 3);
        fabric.Run(Converged);
        var routers = fabric.Routers();

        string[] Best(string router) =>
            routers.Single(r => r.Node == router).Routes.Where(r => r.IsBest).Select(r => r.Prefix).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["10.10.0.0/16", "10.11.0.0/16", "10.20.0.0/16", "10.30.0.0/16", "192.168.0.0/16"], Best("mcr-syd"));
        Assert.Equal(["10.10.0.0/16", "10.11.0.0/16", "10.30.0.0/16", "192.168.0.0/16"], Best("aws-syd-edge"));
        Assert.Equal(["10.20.0.0/16", "192.168.0.0/16"], Best("azure-syd-edge"));
        Assert.Equal(["10.10.0.0/16", "10.11.0.0/16", "10.30.0.0/16", "192.168.0.0/16"], Best("gcp-syd-edge"));
        // The data centre reaches every cloud through the MCR.
        Assert.Equal(["10.10.0.0/16", "10.11.0.0/16", "10.20.0.0/16", "10.30.0.0/16", "192.168.0.0/16"], Best("syd-dc"));
    }

    /// <summary>Everything a looking glass shows of a route except what depends on node numbering (router ids, next hops) or timing.</summary>
    private static List<string> Routes(AssembledFabric fabric) =>
        fabric.Routers().SelectMany(router =>
                router.Sessions.Select(s => $"{router.Node} AS{router.Asn} session {s.Peer} AS{s.PeerAsn} via {s.Via} {s.State} rcvd {s.PrefixesReceived} acc {s.PrefixesAccepted} adv {s.PrefixesAdvertised} bfd {s.Bfd}")
                    .Concat(router.Routes.Select(r => $"{router.Node} {(r.IsBest ? "*>" : "* ")} {r.Prefix} from {r.From} med {r.Med} lp {r.LocalPreference} path {r.AsPath} {r.Source}")))
            .ToList();

    /// <summary>The scenario's fabric, element by element, with the catalog's coordinates for Sydney.</summary>
    private static FabricDescription InCode()
    {
        var sydney = new GeoLocation(-33.87, 151.21);
        var bfd = new BfdSettings(SimTime.FromMilliseconds(300), 3);
        PrefixList List(string name, params PrefixListEntry[] entries) => new(name, entries);
        var dcIn = List("dc-in", PrefixListEntry.Deny("0.0.0.0/0"), PrefixListEntry.Permit("192.168.0.0/16", le: 24));
        var toClouds = List("to-clouds", PrefixListEntry.Permit("192.168.0.0/16"));
        var timers = BgpTimers.Seconds(60, 180);
        return new FabricDescription
        {
            Pops = [new PopSpec("SYD1", sydney)],
            Sites = [new SiteSpec("syd-dc", sydney, [Ipv4Prefix.Parse("192.168.0.0/16")])],
            Clouds =
            [
                new CloudSpec("aws-syd", CspProvider.AwsDirectConnect, "SYD1", sydney, [Ipv4Prefix.Parse("10.10.0.0/16"), Ipv4Prefix.Parse("10.11.0.0/16")]),
                new CloudSpec("azure-syd", CspProvider.AzureExpressRoute, "SYD1", new GeoLocation(-33.86, 151.21), [Ipv4Prefix.Parse("10.20.0.0/16")]),
                new CloudSpec("gcp-syd", CspProvider.GoogleCloudInterconnect, "SYD1", sydney, [Ipv4Prefix.Parse("10.30.0.0/16")]),
            ],
            Ports = [new PortSpec("syd-port", "syd-dc", "SYD1", DataRate.Parse("10Gbps"))],
            Mcrs = [new McrSpec("mcr-syd", "SYD1", DataRate.Parse("2.5Gbps"), Asn: 133937, bfd)],
            Vxcs =
            [
                new VxcSpec("dc-mcr", "syd-port", "mcr-syd", DataRate.Parse("2Gbps"), Bgp: new VxcBgp(65001, new BgpSessionOptions
                {
                    PeerType = PeerType.NonCloud, Import = dcIn, Timers = timers, Bfd = bfd,
                })),
                new VxcSpec("mcr-aws", "mcr-syd", "aws-syd", DataRate.Parse("500Mbps"), Bgp: new VxcBgp(64512, new BgpSessionOptions
                {
                    PeerType = PeerType.PrivateCloud, Timers = BgpTimers.Seconds(30, 90), Bfd = bfd,
                    Import = List("aws-in", PrefixListEntry.Permit("10.10.0.0/16", le: 24), PrefixListEntry.Permit("10.11.0.0/16", le: 24)),
                    Export = List("export-aws", PrefixListEntry.Permit("192.168.0.0/16"), PrefixListEntry.Permit("10.30.0.0/16")),
                })),
                new VxcSpec("mcr-azure", "mcr-syd", "azure-syd", DataRate.Parse("500Mbps"), CloudPortSpeed: DataRate.Parse("1Gbps"), Bgp: new VxcBgp(12076,
                    new BgpSessionOptions
                    {
                        PeerType = PeerType.PrivateCloud, Timers = timers, MedOut = 100, Export = toClouds,
                        Import = List("azure-in", PrefixListEntry.Permit("10.20.0.0/16", le: 24)),
                    })),
                new VxcSpec("mcr-gcp", "mcr-syd", "gcp-syd", DataRate.Parse("500Mbps"), Bgp: new VxcBgp(16550, new BgpSessionOptions
                {
                    PeerType = PeerType.PrivateCloud, Timers = timers, AsPathPrepend = 2,
                    Import = List("gcp-in", PrefixListEntry.Permit("10.30.0.0/16", le: 24)),
                    Export = List("export-gcp", PrefixListEntry.Permit("192.168.0.0/16"), PrefixListEntry.Permit("10.10.0.0/16"),
                        PrefixListEntry.Permit("10.11.0.0/16")),
                })),
            ],
            Demands =
            [
                Poisson("to-aws", "syd-dc", "aws-syd", 150, trafficClass: 3),
                Poisson("to-azure", "syd-dc", "azure-syd", 150, trafficClass: 3),
                Poisson("to-gcp", "syd-dc", "gcp-syd", 150, trafficClass: 3),
                Poisson("aws-to-gcp", "aws-syd", "gcp-syd", 50, trafficClass: 1),
            ],
            WarmUp = SimTime.FromMilliseconds(1500),
            Duration = SimTime.FromSeconds(15),
        };
    }

    private static DemandSpec Poisson(string name, string from, string to, double megabitsPerSecond, int trafficClass) =>
        new(name, from, to, DemandKind.Poisson)
        {
            Rate = DataRate.FromMegabitsPerSecond(megabitsPerSecond),
            Sizes = new Network.Traffic.FixedPacketSize(1200),
            TrafficClass = trafficClass,
        };
}
