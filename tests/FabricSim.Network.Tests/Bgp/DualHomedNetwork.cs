using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Availability;
using FabricSim.Network.Bfd;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Bgp;

/// <summary>
/// A customer router dual-homed to AWS through two cloud routers: customer —2 ms— mcr1 —1 ms— aws (primary) and
/// customer —2 ms— mcr2 —1 ms— aws (backup: mcr2 prepends its AS twice towards the customer). A CBR flow runs from
/// the customer to the VPC address; "mcr1-aws" is the element that fails unless a node is named.
/// </summary>
internal sealed class DualHomedNetwork
{
    public const int PacketBytes = 1000;

    /// <summary>1000-byte packets at 1.6 Mbit/s: one every 5 ms.</summary>
    public static readonly DataRate FlowRate = DataRate.FromMegabitsPerSecond(1.6);
    public static readonly SimTime Spacing = SimTime.FromMilliseconds(5);

    /// <summary>Withdrawal from mcr1 to the customer: 2 ms propagation (serialization of ~100 bytes adds 1 µs).</summary>
    public static readonly SimTime WithdrawalPropagation = SimTime.FromMilliseconds(2);

    /// <summary>One-way delay of the backup path: 3 ms propagation plus two 1000-byte serializations at 1 Gbit/s.</summary>
    public static readonly SimTime BackupPathDelay = SimTime.FromMilliseconds(3) + SimTime.FromMicroseconds(16);

    public DualHomedNetwork(int replication, BgpTimers awsTimers, BfdSettings? bfd, SimTime failAt, SimTime flowStart, SimTime flowStop,
        SimTime? repairAfter = null, string? failNode = null)
    {
        var builder = new FabricBuilder(seed: 2024, replication);
        builder.AddNode("customer", NodeKind.CustomerRouter);
        builder.AddNode("mcr1", NodeKind.CloudRouter);
        builder.AddNode("mcr2", NodeKind.CloudRouter);
        builder.AddNode("aws", NodeKind.CspEdge);
        var rate = DataRate.FromGigabitsPerSecond(1);
        builder.AddLink("customer-mcr1", "customer", "mcr1", rate, SimTime.FromMilliseconds(2));
        builder.AddLink("customer-mcr2", "customer", "mcr2", rate, SimTime.FromMilliseconds(2));
        builder.AddLink("mcr1-aws", "mcr1", "aws", rate, SimTime.FromMilliseconds(1));
        builder.AddLink("mcr2-aws", "mcr2", "aws", rate, SimTime.FromMilliseconds(1));
        builder.AddConstantBitRateFlow("to-vpc", "customer", "aws", FlowRate, new FixedPacketSize(PacketBytes), start: flowStart, stop: flowStop);
        if (failNode is null)
        {
            builder.FailLink("mcr1-aws", failAt, repairAfter ?? SimTime.FromSeconds(100_000));
        }
        else
        {
            builder.FailNode(failNode, failAt, repairAfter ?? SimTime.FromSeconds(100_000));
        }
        Fabric = builder.Build();

        // The failures come after a second in which the tables form: from then on advertisement intervals apply, and
        // the fabric meets a failure with idle interval timers, as one that has long been quiet does.
        Bgp = new BgpNetwork(Fabric) { AdvertisementsLimitedFrom = SimTime.FromSeconds(1) };
        Bgp.AddSpeaker("customer", 65001);
        Bgp.AddSpeaker("mcr1", 133937);
        Bgp.AddSpeaker("mcr2", 133937);
        Bgp.AddSpeaker("aws", 64512);
        Bgp.Originate("customer", "192.168.0.0/16");
        Bgp.Originate("aws", "10.10.0.0/16");
        var customerSide = new BgpSessionOptions { Bfd = bfd };
        var mcrToCustomer = new BgpSessionOptions { Bfd = bfd };
        var mcrToAws = new BgpSessionOptions { PeerType = PeerType.PrivateCloud, Bfd = bfd };
        var awsSide = new BgpSessionOptions { Timers = awsTimers, Bfd = bfd };
        Bgp.ConnectOverLink("customer-mcr1", customerSide, mcrToCustomer);
        Bgp.ConnectOverLink("customer-mcr2", customerSide, mcrToCustomer with { AsPathPrepend = 2 });
        Bgp.ConnectOverLink("mcr1-aws", mcrToAws, awsSide);
        Bgp.ConnectOverLink("mcr2-aws", mcrToAws, awsSide);
        Bgp.Start();
        Monitor = DeliveryGapMonitor.Attach(Fabric, "to-vpc", Spacing);
    }

    public Fabric Fabric { get; }
    public BgpNetwork Bgp { get; }
    public DeliveryGapMonitor Monitor { get; }

    public string? CustomerPathVia() => BgpTestNetworks.BestVia(Bgp.Speaker("customer"), "10.10.0.0/16");
}
