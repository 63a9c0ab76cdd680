using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Queues;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Queues;

/// <summary>RED on a live, overloaded link: it drops early and holds the average queue in its control range.</summary>
public sealed class RedQueueLinkTests
{
    [Fact]
    public void Overloaded_red_link_keeps_its_average_queue_between_the_thresholds()
    {
        var parameters = new RedParameters(MinThresholdPackets: 15, MaxThresholdPackets: 45, MaxDropProbability: 0.1,
            QueueWeight: 0.002, Gentle: true, HardLimitPackets: 200, TypicalTransmissionTime: SimTime.FromMicroseconds(120));
        var fabric = new FabricBuilder(71)
            .WithWarmUp(SimTime.FromMilliseconds(500))
            .AddNode("A", NodeKind.Host).AddNode("B", NodeKind.Host)
            .AddLink("l", "A", "B", DataRate.Parse("100Mbps"), SimTime.FromMilliseconds(1), queue: QueueSpec.Red(parameters))
            .AddPoissonFlow("f", "A", "B", packetsPerSecond: 1.2 * 100e6 / 12_000)
            .Build();
        fabric.Run(SimTime.FromSeconds(3));
        var nic = fabric.Link("l").Forward;
        var red = Assert.IsType<RedQueue>(nic.Queue);
        double meanQueue = nic.MeanWaitingPackets();
        Assert.True(red.EarlyDrops > 1000);
        Assert.InRange(meanQueue, parameters.MinThresholdPackets, 2 * parameters.MaxThresholdPackets);
        Assert.True(nic.MaxWaitingPackets() < parameters.HardLimitPackets);
        Assert.True(nic.Utilization() > 0.98);
        // Offered 1.2 × capacity: about 1/6 must go, and RED does it before the buffer fills.
        Assert.InRange(fabric.Measure().Flows[0].LossRatio, 0.15, 0.19);
    }
}
