using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Built;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;
using Xunit;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>
/// Equal-cost BGP paths: a customer router behind two cloud routers (own ASNs, equal attributes), each with a
/// 500 Mbit/s circuit to AWS, offered 800 Mbit/s as 80 flows of 10 Mbit/s
/// (an aggregate of connections, as a flow hash sees it).
/// </summary>
public sealed class EcmpTests
{
    private const int Flows = 80;
    private const string VpcPrefix = "10.10.0.0/16";
    private static readonly DataRate PerFlow = DataRate.FromMegabitsPerSecond(10);
    private static readonly SimTime FlowStart = SimTime.FromSeconds(2);
    private static readonly SimTime FlowStop = SimTime.FromSeconds(4);

    private static (Fabric Fabric, BgpNetwork Bgp) TwoMcrsToAws(int maximumPaths)
    {
        var builder = new FabricBuilder(seed: 7, replication: 0);
        builder.AddNode("customer", NodeKind.CustomerRouter);
        builder.AddNode("mcr1", NodeKind.CloudRouter);
        builder.AddNode("mcr2", NodeKind.CloudRouter);
        builder.AddNode("aws", NodeKind.CspEdge);
        builder.AddLink("customer-mcr1", "customer", "mcr1", DataRate.FromGigabitsPerSecond(10), SimTime.FromMilliseconds(1));
        builder.AddLink("customer-mcr2", "customer", "mcr2", DataRate.FromGigabitsPerSecond(10), SimTime.FromMilliseconds(1));
        builder.AddLink("mcr1-aws", "mcr1", "aws", DataRate.FromMegabitsPerSecond(500), SimTime.FromMilliseconds(1));
        builder.AddLink("mcr2-aws", "mcr2", "aws", DataRate.FromMegabitsPerSecond(500), SimTime.FromMilliseconds(1));
        for (int i = 0; i < Flows; i++)
        {
            builder.AddConstantBitRateFlow($"to-vpc-{i}", "customer", "aws", PerFlow, new FixedPacketSize(1500), start: FlowStart, stop: FlowStop);
        }
        var fabric = builder.Build();
        var bgp = new BgpNetwork(fabric);
        bgp.AddSpeaker("customer", 65001).MaximumPaths = maximumPaths;
        bgp.AddSpeaker("mcr1", 133937);
        bgp.AddSpeaker("mcr2", 133938);
        bgp.AddSpeaker("aws", 64512).MaximumPaths = maximumPaths;
        bgp.Originate("customer", "192.168.0.0/16");
        bgp.Originate("aws", VpcPrefix);
        var cloud = new BgpSessionOptions { PeerType = PeerType.PrivateCloud };
        bgp.ConnectOverLink("customer-mcr1", new BgpSessionOptions(), new BgpSessionOptions());
        bgp.ConnectOverLink("customer-mcr2", new BgpSessionOptions(), new BgpSessionOptions());
        bgp.ConnectOverLink("mcr1-aws", cloud, new BgpSessionOptions());
        bgp.ConnectOverLink("mcr2-aws", cloud, new BgpSessionOptions());
        bgp.Start();
        fabric.Run(FlowStop + SimTime.FromSeconds(1));
        return (fabric, bgp);
    }

    private static double Loss(Fabric fabric)
    {
        long sent = fabric.Flows.Sum(f => f.PacketsSent);
        long received = fabric.Flows.Sum(f => fabric.SinkOf(f.Name).PacketsReceived);
        return 1.0 - (double)received / sent;
    }

    [Fact]
    public void Two_equal_paths_to_aws_both_carry_traffic_and_800_of_1000_Mbits_is_not_lost()
    {
        var (fabric, bgp) = TwoMcrsToAws(maximumPaths: 2);

        var entry = bgp.Speaker("customer").ForwardingTable.Lookup(Ipv4Prefix.Parse(VpcPrefix).Network);
        var multipath = Assert.IsType<MultipathAdjacency>(entry);
        var flowsPerPath = fabric.Flows.GroupBy(f => multipath.Bucket(f.Id, f.Source.Id, f.Destination.Id)).Select(g => g.Count()).ToList();
        Assert.Equal(2, flowsPerPath.Count);
        // Theory: a path offered more than its 500 Mbit/s loses the excess. A fair hash puts more than 50 of 80
        // flows on one path with probability 1.3 % (binomial); this split is within capacity on both.
        double expected = flowsPerPath.Sum(n => Math.Max(0, n * 10 - 500)) / (Flows * 10.0);
        Assert.True(flowsPerPath.All(n => n <= 50), $"flow hash split the flows {string.Join("/", flowsPerPath)}");
        Assert.InRange(Loss(fabric), 0, expected + 0.005);
    }

    [Fact]
    public void Without_multipath_one_path_carries_500_of_800_Mbits_and_loses_37_percent()
    {
        var (fabric, _) = TwoMcrsToAws(maximumPaths: 1);

        Assert.InRange(Loss(fabric), 0.375 - 0.01, 0.375 + 0.01);
    }

    [Fact]
    public void Flow_hash_spreads_flows_evenly_within_the_binomial_interval()
    {
        var (_, bgp) = TwoMcrsToAws(maximumPaths: 2);
        var multipath = Assert.IsType<MultipathAdjacency>(bgp.Speaker("aws").ForwardingTable.Lookup(Ipv4Prefix.Parse("192.168.0.0/16").Network));

        const int n = 10_000;
        int first = Enumerable.Range(0, n).Count(flow => multipath.Bucket(flow, 3, 0) == 0);
        // Bin(10000, 1/2): sd 50; 99.9 % two-sided interval ±3.29 sd.
        Assert.InRange(first, 5000 - 165, 5000 + 165);
        Assert.Equal(multipath.Bucket(42, 3, 0), multipath.Bucket(42, 3, 0));
    }
}
