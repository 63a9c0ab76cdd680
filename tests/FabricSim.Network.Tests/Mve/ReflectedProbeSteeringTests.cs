using FabricSim.Engine.Time;
using FabricSim.Network.Addressing;
using FabricSim.Network.Building;
using FabricSim.Network.Mve;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Mve;

/// <summary>Steering on probes that really cross the fabric: a failed Internet link shows up as probe loss.</summary>
public sealed class ReflectedProbeSteeringTests
{
    private static readonly SimTime Timeout = SimTime.FromMilliseconds(500);

    [Fact]
    public void VoiceLeavesAFailedInternetLinkAndReturnsAfterRepair()
    {
        var failAt = SimTime.FromSeconds(20);
        var repairAt = SimTime.FromSeconds(30);
        var builder = new FabricBuilder(seed: 4);
        builder.AddNode("mve", NodeKind.SdWanEdge);
        builder.AddNode("dc", NodeKind.CustomerRouter);
        builder.AddLink("internet", "mve", "dc", DataRate.FromMegabitsPerSecond(100), SimTime.FromMilliseconds(25));
        builder.AddLink("vxc", "mve", "dc", DataRate.FromMegabitsPerSecond(100), SimTime.FromMilliseconds(20));
        builder.FailLink("internet", failAt, repairAt - failAt);
        var fabric = builder.Build();
        var sender = new ControlSender(fabric.Simulator, fabric.Context.Pool, controlFlowId: fabric.Flows.Count);
        MveTransport Transport(string link) => new(link, new InterfaceEntry(fabric.Link(link).Forward),
            new ReflectedPathProbe(sender, new LinkAdjacency(fabric.Link(link), fromA: true), new LinkAdjacency(fabric.Link(link), fromA: false),
                SimTime.FromMilliseconds(10), Timeout));
        var edge = new SdWanEdge(fabric.Simulator, [Transport("internet"), Transport("vxc")], [SdWanSteeringTests.Voice],
            SimTime.FromSeconds(1), SteeringHysteresis.Default);
        edge.Start();
        fabric.Run(SimTime.FromSeconds(45));

        Assert.Equal(2, edge.Changes.Count);
        var (away, back) = (edge.Changes[0], edge.Changes[1]);
        Assert.Equal("vxc", away.To);
        // Noticed at the first collection after the lost probes time out: within one interval plus the timeout.
        Assert.InRange(away.At.Nanoseconds, failAt.Nanoseconds + 1, (failAt + SimTime.FromSeconds(1) + Timeout).Nanoseconds);
        Assert.Equal("internet", back.To);
        var recovery = SimTime.FromSeconds(SteeringHysteresis.Default.RecoveryIntervals);
        Assert.InRange(back.At.Nanoseconds, (repairAt + recovery).Nanoseconds, (repairAt + recovery + SimTime.FromSeconds(1) + Timeout).Nanoseconds);

        // Half the round trip: 25 ms of propagation and one 104-byte serialization at 100 Mbit/s (8.32 µs).
        var internet = edge.LastQuality("internet");
        Assert.Equal(0, internet.ProbesLost);
        Assert.Equal(25.00832, internet.MeanLatency.TotalMilliseconds, 3);
    }
}
