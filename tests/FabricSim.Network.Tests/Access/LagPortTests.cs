using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Built;
using FabricSim.Network.Packets;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Access;

/// <summary>
/// A LAG of two 1 Gbps members from a site into its PoP carries a constant 1.5 Gbit/s (1.5 × one member) of
/// 1500-byte packets, one every 8 µs. A member failure lowers the port's rate to one member's, so the queue in front
/// of it fills and overflows: what arrives is then exactly one member's rate and the rest is lost to the queue, while
/// the path, and the link, stay up. The member's repair brings the rate back. Constant-rate traffic through a FIFO
/// makes these figures exact, up to the packet at either edge of a window. Members of 1 Gbps keep the packet count
/// small: the packet model takes any member speed, the scenario loader holds LAGs to Megaport's 10 and 100 Gbps.
/// </summary>
public sealed class LagPortTests
{
    private const int PacketBytes = 1500;
    private static readonly DataRate Member = DataRate.Parse("1Gbps");
    private static readonly DataRate Offered = DataRate.Parse("1.5Gbps");
    private static readonly SimTime FailAt = SimTime.FromSeconds(1);
    private static readonly SimTime RepairAt = SimTime.FromSeconds(3);

    private static Fabric Lag(params int[] failedMembers)
    {
        var builder = new FabricBuilder(seed: 3)
            .AddNode("dc", NodeKind.CustomerRouter).AddNode("POP", NodeKind.PopSwitch).AddNode("far", NodeKind.Host)
            .AddPort("dc-lag", "dc", "POP", Member, SimTime.FromMilliseconds(1), lagMembers: 2)
            .AddLink("POP-far", "POP", "far", DataRate.Parse("10Gbps"), SimTime.FromMilliseconds(1))
            .AddConstantBitRateFlow("bulk", "dc", "far", Offered, new FixedPacketSize(PacketBytes));
        foreach (int member in failedMembers)
        {
            builder.FailLagMember("dc-lag", member, FailAt, RepairAt - FailAt);
        }
        return builder.Build();
    }

    /// <summary>Bits per second delivered and packets dropped by the full queue between two instants.</summary>
    private static (double Delivered, long QueueDrops) Window(Fabric fabric, SimTime from, SimTime to)
    {
        fabric.Run(from);
        long received = fabric.SinkOf("bulk").PacketsReceived;
        long drops = fabric.Context.Ledger.Total(DropReason.Queue);
        fabric.Run(to);
        double seconds = (to - from).TotalSeconds;
        return ((fabric.SinkOf("bulk").PacketsReceived - received) * PacketBytes * 8.0 / seconds, fabric.Context.Ledger.Total(DropReason.Queue) - drops);
    }

    /// <summary>One packet more or less at either edge of a window.</summary>
    private static double Tolerance(SimTime window) => 2 * PacketBytes * 8.0 / window.TotalSeconds;

    [Fact]
    public void A_member_failure_halves_the_throughput_to_one_members_rate_with_queue_loss_and_no_path_change()
    {
        var fabric = Lag(1);
        var window = SimTime.FromMilliseconds(500);

        var before = Window(fabric, SimTime.FromMilliseconds(400), SimTime.FromMilliseconds(900));
        var path = fabric.Routing.PathBetween(fabric.Node("dc"), fabric.Node("far")).Select(n => n.Name).ToList();
        Assert.Equal(["dc", "POP", "far"], path);
        Assert.InRange(before.Delivered, Offered.BitsPerSecond - Tolerance(window), Offered.BitsPerSecond + Tolerance(window));
        Assert.Equal(0, before.QueueDrops);
        Assert.Equal(2 * Member.BitsPerSecond, fabric.Link("dc-lag").Rate.BitsPerSecond);

        // 1000 packets of queue fill at 0.5 Gbit/s in 24 ms; from 1.1 s on the queue overflows steadily.
        var degraded = Window(fabric, SimTime.FromMilliseconds(1100), SimTime.FromMilliseconds(1600));
        Assert.Equal(Member.BitsPerSecond, fabric.Link("dc-lag").Rate.BitsPerSecond);
        Assert.InRange(degraded.Delivered, Member.BitsPerSecond - Tolerance(window), Member.BitsPerSecond + Tolerance(window));
        double lostPackets = (Offered.BitsPerSecond - Member.BitsPerSecond) * window.TotalSeconds / (PacketBytes * 8.0);
        Assert.InRange(degraded.QueueDrops, lostPackets - 2, lostPackets + 2);
        // Capacity fell, reachability did not: the link stays up, no packet is lost to a failure and the path is the same.
        Assert.True(fabric.Link("dc-lag").IsUp);
        Assert.Equal(0, fabric.Context.Ledger.Total(DropReason.Failure));
        Assert.Equal(path, fabric.Routing.PathBetween(fabric.Node("dc"), fabric.Node("far")).Select(n => n.Name));

        // Repaired at 3 s: the backlog drains at the 0.5 Gbit/s spare in 24 ms, then the full offered rate arrives.
        var repaired = Window(fabric, SimTime.FromMilliseconds(3100), SimTime.FromMilliseconds(3600));
        Assert.Equal(2 * Member.BitsPerSecond, fabric.Link("dc-lag").Rate.BitsPerSecond);
        Assert.InRange(repaired.Delivered, Offered.BitsPerSecond - Tolerance(window), Offered.BitsPerSecond + Tolerance(window));
        Assert.Equal(0, repaired.QueueDrops);
        Assert.Equal(["dc-lag/member-1", "dc-lag/member-1"], fabric.Failures.History.Select(r => r.Element));
    }

    [Fact]
    public void The_failure_of_every_member_takes_the_port_down_and_their_repair_brings_it_back()
    {
        var fabric = Lag(1, 2);
        fabric.Run(FailAt + SimTime.FromMilliseconds(1));
        Assert.False(fabric.Link("dc-lag").IsUp);
        Assert.Empty(fabric.Routing.PathBetween(fabric.Node("dc"), fabric.Node("far")));
        long lost = fabric.Context.Ledger.Total(DropReason.Failure) + fabric.Context.Ledger.Total(DropReason.NoRoute);
        Assert.True(lost > 0);

        fabric.Run(RepairAt + SimTime.FromMilliseconds(1));
        Assert.True(fabric.Link("dc-lag").IsUp);
        Assert.Equal(2 * Member.BitsPerSecond, fabric.Link("dc-lag").Rate.BitsPerSecond);
        Assert.NotEmpty(fabric.Routing.PathBetween(fabric.Node("dc"), fabric.Node("far")));
    }
}
