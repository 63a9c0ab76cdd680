using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Queues;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Qos;

/// <summary>
/// Class schedulers under saturation. Three constant-rate flows each offer the whole 100 Mbps link; the byte shares
/// of what gets through must match the DRR weights within 1%, whatever each class's packet size. Strict priority
/// gives the top class everything it asks for.
/// </summary>
public sealed class ClassSchedulingTests
{
    private static readonly DataRate LinkRate = DataRate.Parse("100Mbps");

    [Fact]
    public void Deficit_round_robin_shares_match_weights_within_one_percent()
    {
        var weights = new double[] { 0, 1, 2, 0, 0, 5, 0, 0 };
        var fabric = Saturate(QueueSpec.DeficitRoundRobin(weights, 1500, QueueLimit.Packets(100)),
            ("c1", 1, 1500, LinkRate), ("c2", 2, 576, LinkRate), ("c5", 5, 1000, LinkRate));
        double total = fabric.Flows.Sum(f => (double)fabric.Sinks[f.Id].BytesArrivedInWindow);
        foreach (var (flow, weight) in new[] { ("c1", 1.0), ("c2", 2.0), ("c5", 5.0) })
        {
            double share = fabric.SinkOf(flow).BytesArrivedInWindow / total;
            double expected = weight / 8;
            Assert.True(Math.Abs(share - expected) / expected < 0.01, $"{flow}: share {share:F4}, weight share {expected:F4}");
        }
        Assert.True(fabric.Link("l").Forward.Utilization() > 0.999);
    }

    [Fact]
    public void Strict_priority_starves_the_low_class_when_the_high_class_saturates()
    {
        var fabric = Saturate(QueueSpec.StrictPriority(QueueLimit.Packets(100)),
            ("high", 5, 1500, LinkRate), ("low", 0, 1500, LinkRate.Scale(0.5)));
        double capacityBytes = LinkRate.BytesIn(fabric.Simulator.Now - fabric.WarmUp);
        Assert.True(fabric.SinkOf("high").BytesArrivedInWindow / capacityBytes > 0.99);
        Assert.True(fabric.SinkOf("low").BytesArrivedInWindow / capacityBytes < 0.01);
    }

    [Fact]
    public void Strict_priority_leaves_the_remainder_to_the_low_class()
    {
        var fabric = Saturate(QueueSpec.StrictPriority(QueueLimit.Packets(100)),
            ("high", 5, 1500, LinkRate.Scale(0.3)), ("low", 0, 1500, LinkRate));
        double capacityBytes = LinkRate.BytesIn(fabric.Simulator.Now - fabric.WarmUp);
        Assert.Equal(0.3, fabric.SinkOf("high").BytesArrivedInWindow / capacityBytes, 2);
        Assert.Equal(0.7, fabric.SinkOf("low").BytesArrivedInWindow / capacityBytes, 2);
        Assert.Equal(0, fabric.Measure().Flows.Single(f => f.Flow == "high").PacketsDropped);
    }

    private static Fabric Saturate(QueueSpec queue, params (string Name, int Class, int Bytes, DataRate Rate)[] flows)
    {
        var builder = new FabricBuilder(11)
            .WithQueue(queue)
            .WithWarmUp(SimTime.FromMilliseconds(100))
            .AddNode("A", NodeKind.Host).AddNode("B", NodeKind.Host)
            .AddLink("l", "A", "B", LinkRate, SimTime.FromMilliseconds(1));
        foreach (var (name, trafficClass, bytes, rate) in flows)
        {
            builder.AddConstantBitRateFlow(name, "A", "B", rate, new FixedPacketSize(bytes), trafficClass);
        }
        var fabric = builder.Build();
        fabric.Run(SimTime.FromSeconds(2.1));
        return fabric;
    }
}
