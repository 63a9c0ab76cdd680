using FabricSim.Network.Built;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Mve;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Mve;

public sealed class SdWanSteeringTests
{
    public static readonly SimTime ProbeInterval = SimTime.FromSeconds(1);
    public static readonly SimTime ProbeSpacing = SimTime.FromMilliseconds(5);
    public static readonly ApplicationClass Voice = new("voice", 5, MaxLossRatio: 0.01, MaxLatency: SimTime.FromMilliseconds(150));
    public static readonly ApplicationClass Bulk = new("bulk", 1, MaxLossRatio: 0.2, MaxLatency: SimTime.FromMilliseconds(400));

    /// <summary>An edge with a cheap Internet transport (listed first) and a VXC, joined to "dc" by one link each.</summary>
    internal sealed class Setup
    {
        public Setup(int replication, double internetLoss, SteeringHysteresis hysteresis, bool withVoiceFlow = false)
        {
            var builder = new FabricBuilder(seed: 77, replication);
            builder.AddNode("mve", NodeKind.SdWanEdge);
            builder.AddNode("dc", NodeKind.CustomerRouter);
            builder.AddLink("internet", "mve", "dc", DataRate.FromMegabitsPerSecond(100), SimTime.FromMilliseconds(25));
            builder.AddLink("vxc", "mve", "dc", DataRate.FromMegabitsPerSecond(100), SimTime.FromMilliseconds(20));
            if (withVoiceFlow)
            {
                // G.711 20 ms frames: 200-byte packets at 80 kbit/s.
                builder.AddConstantBitRateFlow("call", "mve", "dc", DataRate.FromKilobitsPerSecond(80), new FixedPacketSize(200), trafficClass: 5);
            }
            Fabric = builder.Build();
            var streams = Fabric.Context.Random;
            var sim = Fabric.Simulator;
            Internet = new EmulatedPathProbe(sim, streams, "internet", ProbeSpacing, SimTime.FromMilliseconds(25), SimTime.FromMilliseconds(2), internetLoss);
            Vxc = new EmulatedPathProbe(sim, streams, "vxc", ProbeSpacing, SimTime.FromMilliseconds(20), SimTime.FromMicroseconds(100), 0);
            Edge = new SdWanEdge(sim,
                [
                    new MveTransport("internet", new InterfaceEntry(Fabric.Link("internet").Forward), Internet),
                    new MveTransport("vxc", new InterfaceEntry(Fabric.Link("vxc").Forward), Vxc),
                ],
                [Voice, Bulk], ProbeInterval, hysteresis);
            if (withVoiceFlow)
            {
                Fabric.Flow("call").Entry = Edge;
            }
            Edge.Start();
        }

        public Fabric Fabric { get; }
        public EmulatedPathProbe Internet { get; }
        public EmulatedPathProbe Vxc { get; }
        public SdWanEdge Edge { get; }
    }

    [Fact]
    public void VoiceLeavesLossyInternetWithinOneProbeIntervalAndReturnsAfterRecoveryWithHysteresis()
    {
        var setup = new Setup(0, internetLoss: 0, SteeringHysteresis.Default, withVoiceFlow: true);
        var lossStarts = SimTime.FromSeconds(20);
        var lossEnds = SimTime.FromSeconds(40);
        setup.Internet.ScheduleConditions(lossStarts, SimTime.FromMilliseconds(25), SimTime.FromMilliseconds(2), 0.05);
        setup.Internet.ScheduleConditions(lossEnds, SimTime.FromMilliseconds(25), SimTime.FromMilliseconds(2), 0);
        setup.Fabric.Run(SimTime.FromSeconds(60));

        var changes = setup.Edge.Changes.Where(c => c.ApplicationClass == "voice").ToList();
        Assert.Equal(2, changes.Count);
        Assert.Equal(("internet", "vxc"), (changes[0].From, changes[0].To));
        Assert.InRange(changes[0].At.Nanoseconds, lossStarts.Nanoseconds + 1, (lossStarts + ProbeInterval).Nanoseconds);
        Assert.Equal(("vxc", "internet"), (changes[1].From, changes[1].To));
        // Back only after RecoveryIntervals clean intervals, not at the first one.
        Assert.Equal(lossEnds + ProbeInterval * SteeringHysteresis.Default.RecoveryIntervals, changes[1].At);
        Assert.DoesNotContain(setup.Edge.Changes, c => c.ApplicationClass == "bulk");
        Assert.Equal("internet", setup.Edge.TransportOf("voice").Name);

        // The call's packets really took the VXC while it was chosen: 80 kbit/s of 200-byte packets is 50 per second.
        double secondsOnVxc = (changes[1].At - changes[0].At).TotalSeconds;
        long viaVxc = setup.Fabric.Link("vxc").Forward.Counters.PacketsSent;
        Assert.InRange(viaVxc, 50 * secondsOnVxc - 2, 50 * secondsOnVxc + 2);
        Assert.Equal(50 * 60 - viaVxc, setup.Fabric.Link("internet").Forward.Counters.PacketsSent, tolerance: 2);
    }

    [Fact]
    public void LatencyAboveTheVoiceThresholdMovesVoiceButNotBulk()
    {
        var setup = new Setup(0, internetLoss: 0, SteeringHysteresis.Default);
        setup.Internet.ScheduleConditions(SimTime.FromSeconds(10), SimTime.FromMilliseconds(180), SimTime.FromMilliseconds(5), 0);
        setup.Fabric.Run(SimTime.FromSeconds(15));
        var change = Assert.Single(setup.Edge.Changes);
        Assert.Equal(("voice", "vxc", SimTime.FromSeconds(11)), (change.ApplicationClass, change.To, change.At));
        Assert.Equal("internet", setup.Edge.TransportOf("bulk").Name);
    }
}
