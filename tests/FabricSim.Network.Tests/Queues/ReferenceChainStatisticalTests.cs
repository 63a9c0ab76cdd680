using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Tests.Theory;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Queues;

/// <summary>
/// The reference chain against queueing theory: the mean one-way delay is the fixed part (propagation plus three
/// serializations) plus the M/D/1/K waiting time at the bottleneck (and the tiny one at the first 10 Gbps hop);
/// in overload the loss is the M/D/1/K blocking probability. Each replication gives one independent mean; the
/// theory must lie in the Student-t 99% interval of those means.
/// </summary>
public sealed class ReferenceChainStatisticalTests(ITestOutputHelper output)
{
    private const ulong Seed = 20_251_123;
    private static readonly SimTime FixedPart = SimTime.FromMilliseconds(12) + ReferenceChain.ServiceTime + ReferenceChain.EdgeServiceTime * 2;

    [Theory]
    [InlineData(0.5, 12.0204, 4, 10.0)]
    [InlineData(0.8, 12.0384, 4, 10.0)]
    [InlineData(0.95, 12.128, 10, 10.0)]
    public void Mean_delay_matches_MD1K_wait_plus_fixed_delay(double rho, double quotedMeanMs, int replications, double seconds)
    {
        double s = ReferenceChain.ServiceTime.TotalMilliseconds;
        double bottleneckWaitMs = new MD1KQueue(rho, ReferenceChain.WaitingRoom + 1).MeanWaitInServiceTimes * s;
        double edgeRho = rho * ReferenceChain.EdgeServiceTime.Nanoseconds / (double)ReferenceChain.ServiceTime.Nanoseconds;
        double edgeWaitMs = edgeRho / (2 * (1 - edgeRho)) * ReferenceChain.EdgeServiceTime.TotalMilliseconds;
        double expectedMs = FixedPart.TotalMilliseconds + bottleneckWaitMs + edgeWaitMs;
        // The design note quotes the infinite-buffer M/D/1 figures to 4–5 digits; the finite-buffer value agrees.
        Assert.Equal(quotedMeanMs, expectedMs, 3);

        var means = new RunningStatistics();
        var utilization = new RunningStatistics();
        for (int r = 0; r < replications; r++)
        {
            var fabric = ReferenceChain.Build(rho, Seed, r, SimTime.FromMilliseconds(100));
            fabric.Run(SimTime.FromSeconds(seconds));
            var flow = fabric.Measure().Flows[0];
            means.Add(flow.DelayMeanMs);
            utilization.Add(fabric.Link("R1-R2").Forward.Utilization());
            // At ρ = 0.95 the 100-packet buffer occasionally overflows; the M/D/1/K oracle accounts for it.
            Assert.True(flow.LossRatio <= new MD1KQueue(rho, ReferenceChain.WaitingRoom + 1).BlockingProbability * 10 + 1e-4);
        }
        var ci = means.ConfidenceInterval(0.99);
        output.WriteLine($"rho={rho}: expected {expectedMs:F5} ms, simulated {ci.Mean:F5} ± {ci.HalfWidth:F5} ms; utilization {utilization.Mean:F4}");
        Assert.True(ci.Contains(expectedMs), $"{expectedMs} ms outside [{ci.Lower}, {ci.Upper}]");
        // The interval must be tight enough to tell the queueing delay apart: within 10% of the bottleneck wait.
        Assert.True(ci.HalfWidth < 0.1 * bottleneckWaitMs, $"half-width {ci.HalfWidth} ms too wide");
        Assert.True(utilization.ConfidenceInterval(0.99).Contains(rho) || Math.Abs(utilization.Mean - rho) < 0.005);
    }

    [Fact]
    public void Overload_loss_matches_MD1K_blocking_and_bottleneck_runs_full()
    {
        const double rho = 1.1;
        var theory = new MD1KQueue(rho, ReferenceChain.WaitingRoom + 1);
        double expectedLoss = theory.BlockingProbability;
        double expectedDelayMs = FixedPart.TotalMilliseconds + theory.MeanWaitInServiceTimes * ReferenceChain.ServiceTime.TotalMilliseconds;
        var losses = new RunningStatistics();
        var delays = new RunningStatistics();
        for (int r = 0; r < 6; r++)
        {
            var fabric = ReferenceChain.Build(rho, Seed, r, SimTime.FromMilliseconds(100));
            fabric.Run(SimTime.FromSeconds(4));
            var flow = fabric.Measure().Flows[0];
            losses.Add(flow.LossRatio);
            delays.Add(flow.DelayMeanMs);
            Assert.True(fabric.Link("R1-R2").Forward.Utilization() >= 0.99);
            Assert.Equal(flow.PacketsDropped, flow.DroppedInQueues);
        }
        var lossCi = losses.ConfidenceInterval(0.99);
        var delayCi = delays.ConfidenceInterval(0.99);
        output.WriteLine($"loss expected {expectedLoss:P3}, simulated {lossCi.Mean:P3} ± {lossCi.HalfWidth:P3}; delay expected {expectedDelayMs:F4}, simulated {delayCi.Mean:F4} ± {delayCi.HalfWidth:F4} ms");
        // With K = 101 the queue is almost never empty, so blocking ≈ 1 − 1/ρ = 9.09%.
        Assert.InRange(expectedLoss, 0.0905, 0.0925);
        Assert.True(lossCi.Contains(expectedLoss), $"{expectedLoss} outside [{lossCi.Lower}, {lossCi.Upper}]");
        Assert.True(delayCi.Contains(expectedDelayMs), $"{expectedDelayMs} outside [{delayCi.Lower}, {delayCi.Upper}]");
    }
}
