using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Mve;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Mve;

/// <summary>Data-path probes against theory: on idle links they see the propagation and serialization of the path.</summary>
public sealed class DataPathProbeTests
{
    [Fact]
    public void A_probe_over_two_idle_hops_sees_half_the_round_trip_of_propagation_and_serialization_and_no_loss()
    {
        var builder = new FabricBuilder(seed: 7);
        builder.AddNode("site", NodeKind.CustomerRouter);
        builder.AddNode("mve", NodeKind.SdWanEdge);
        builder.AddNode("dc", NodeKind.CustomerRouter);
        builder.AddLink("access", "site", "mve", DataRate.FromMegabitsPerSecond(1000), SimTime.FromMilliseconds(1));
        builder.AddLink("wan", "mve", "dc", DataRate.FromMegabitsPerSecond(100), SimTime.FromMilliseconds(20));
        var fabric = builder.Build();
        var ids = fabric.Context.Ids;
        var probe = new DataPathProbe("test", fabric.Node("site"), fabric.Node("dc"), ids.NextFlow(), ids.NextFlow(), trafficClass: 5, probeBytes: 200,
            trainLength: 3, SimTime.FromMilliseconds(10), SimTime.FromMilliseconds(500));
        probe.Start();
        fabric.Run(SimTime.FromSeconds(5));

        var quality = probe.Collect();
        // About 3 × 5 s / 10 ms probes, minus those still inside their 500 ms timeout.
        Assert.InRange(quality.ProbesSent, 1000, 2000);
        Assert.Equal(0, quality.ProbesLost);
        // One way: 1 ms + 20 ms of propagation, 200 B at 1 Gbit/s (1.6 µs) and at 100 Mbit/s (16 µs); a train's later
        // packets wait for the earlier ones' serialization, at most two more at each hop (2 × 17.6 µs).
        double oneWayMs = 21 + 0.0016 + 0.016;
        Assert.InRange(quality.MeanLatency.TotalMilliseconds, oneWayMs, oneWayMs + 2 * 0.0176);
    }
}
