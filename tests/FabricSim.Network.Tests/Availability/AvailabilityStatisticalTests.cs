using FabricSim.Network.Built;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Availability;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Availability;

/// <summary>
/// An element with exponential up and down times is up MTBF / (MTBF + MTTR) of the time (alternating renewal
/// process); a flow with no other path is available exactly as often. Tolerances are Student-t intervals across
/// independent replications.
/// </summary>
public sealed class AvailabilityStatisticalTests(ITestOutputHelper output)
{
    private static readonly SimTime Mtbf = SimTime.FromSeconds(10);
    private static readonly SimTime Mttr = SimTime.FromSeconds(1);
    private const double Expected = 10.0 / 11.0;

    private static Fabric Chain(int replication, bool withFlow, SimTime duration)
    {
        var builder = new FabricBuilder(seed: 31, replication);
        builder.AddNode("site", NodeKind.CustomerRouter);
        builder.AddNode("pop", NodeKind.PopSwitch);
        builder.AddNode("cloud", NodeKind.CspEdge);
        builder.AddLink("port", "site", "pop", DataRate.FromGigabitsPerSecond(1), SimTime.FromMilliseconds(1));
        builder.AddLink("cross-connect", "pop", "cloud", DataRate.FromGigabitsPerSecond(1), SimTime.FromMilliseconds(1));
        if (withFlow)
        {
            // 1000-byte packets at 1.6 Mbit/s: one every 5 ms.
            builder.AddConstantBitRateFlow("app", "site", "cloud", DataRate.FromMegabitsPerSecond(1.6), new FixedPacketSize(1000),
                stop: duration);
        }
        return builder.Build();
    }

    [Fact]
    public void ElementUpTimeFractionMatchesMtbfOverMtbfPlusMttr()
    {
        var availability = new RunningStatistics();
        int failures = 0;
        for (int replication = 0; replication < 20; replication++)
        {
            var fabric = Chain(replication, withFlow: false, SimTime.Zero);
            var process = new RandomFailureProcess(fabric, FailureTarget.Of(fabric.Link("port")), Mtbf, Mttr);
            process.Start();
            fabric.Run(SimTime.FromSeconds(5000));
            availability.Add(process.MeasuredAvailability());
            failures += process.Failures;
        }
        var interval = availability.ConfidenceInterval(0.99);
        output.WriteLine($"element availability {interval.Mean:F5} ± {interval.HalfWidth:F5} (99%), expected {Expected:F5}; {failures} failures");
        Assert.True(interval.Contains(Expected), $"measured {interval.Mean:F5} ± {interval.HalfWidth:F5}, expected {Expected:F5}");
        // About 5000 s / 11 s failures per replication.
        Assert.InRange(failures / 20.0, 5000 / 11.0 * 0.9, 5000 / 11.0 * 1.1);
    }

    [Fact]
    public void FlowAvailabilityFromDeliveryGapsMatchesTheElementsAvailability()
    {
        var duration = SimTime.FromSeconds(400);
        var flowAvailability = new RunningStatistics();
        for (int replication = 0; replication < 12; replication++)
        {
            var fabric = Chain(replication, withFlow: true, duration);
            var process = new RandomFailureProcess(fabric, FailureTarget.Of(fabric.Link("cross-connect")), Mtbf, Mttr);
            process.Start();
            var monitor = DeliveryGapMonitor.Attach(fabric, "app", SimTime.FromMilliseconds(5));
            fabric.Run(duration);
            double flow = monitor.Availability(SimTime.Zero, monitor.LastArrival);
            double element = process.MeasuredAvailability();
            // Per replication the two differ only by outages straddling the end and by CBR phase (≤ 5 ms per outage).
            Assert.InRange(flow - element, -0.01, 0.01);
            flowAvailability.Add(flow);
        }
        var interval = flowAvailability.ConfidenceInterval(0.99);
        output.WriteLine($"flow availability {interval.Mean:F5} ± {interval.HalfWidth:F5} (99%), expected {Expected:F5}");
        Assert.True(interval.Contains(Expected), $"measured {interval.Mean:F5} ± {interval.HalfWidth:F5}, expected {Expected:F5}");
    }

    [Fact]
    public void FailureSamplesDependOnlyOnSeedReplicationAndElement()
    {
        static IReadOnlyList<string> History(int replication, bool addSecondElement)
        {
            var fabric = Chain(replication, withFlow: false, SimTime.Zero);
            new RandomFailureProcess(fabric, FailureTarget.Of(fabric.Link("port")), Mtbf, Mttr).Start();
            if (addSecondElement)
            {
                new RandomFailureProcess(fabric, FailureTarget.Of(fabric.Node("pop")), Mtbf, Mttr).Start();
            }
            fabric.Run(SimTime.FromSeconds(200));
            return fabric.Failures.History.Where(h => h.Element == "port").Select(h => $"{h.At} {h.IsFailure}").ToList();
        }

        Assert.Equal(History(3, false), History(3, false));
        Assert.Equal(History(3, false), History(3, true));
        Assert.NotEqual(History(3, false), History(4, false));
    }
}
