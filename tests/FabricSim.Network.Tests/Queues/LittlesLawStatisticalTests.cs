using FabricSim.Network.Built;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Queues;
using FabricSim.Network.Topology;
using FabricSim.Network.Traffic;
using FabricSim.Network.Units;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Queues;

/// <summary>
/// One 1 Gbps interface fed by Poisson arrivals of uniformly sized packets (an M/G/1 queue). L comes from the
/// interface probes (time-average waiting queue plus busy fraction), λ and W from the sink (propagation is zero, so
/// the one-way delay is the sojourn). The source stops early and the queue drains, so every packet counted in L is
/// also counted in W.
/// </summary>
public sealed class LittlesLawStatisticalTests(ITestOutputHelper output)
{
    private static readonly UniformPacketSize Sizes = new(64, 1500);
    private const double Rho = 0.85;

    [Fact]
    public void Time_average_number_in_system_equals_arrival_rate_times_mean_sojourn()
    {
        var differences = new RunningStatistics();
        var sojourns = new RunningStatistics();
        for (int r = 0; r < 8; r++)
        {
            var fabric = Build(r);
            fabric.Run(SimTime.FromSeconds(2.1));
            var nic = fabric.Link("l").Forward;
            SimTime now = fabric.Simulator.Now;
            double window = now.TotalSeconds;
            double l = nic.MeanWaitingPackets() + nic.Utilization();
            var sink = fabric.SinkOf("f");
            double lambda = sink.PacketsReceived / window;
            double w = sink.DelayNanoseconds.Mean / 1e9;
            differences.Add((l - lambda * w) / l);
            sojourns.Add(sink.DelayNanoseconds.Mean);
        }
        var ci = differences.ConfidenceInterval(0.99);
        output.WriteLine($"(L − λW)/L = {ci.Mean:E3} ± {ci.HalfWidth:E3}");
        Assert.True(ci.Contains(0) || Math.Abs(ci.Mean) < 1e-9, $"0 outside [{ci.Lower}, {ci.Upper}]");

        // Pollaczek–Khinchine: W = E[S] + λ E[S²] / (2 (1 − ρ)), service S = 8 ns per byte at 1 Gbps.
        double n = Sizes.MaxBytes - Sizes.MinBytes + 1;
        double meanSize = Sizes.MeanSizeBytes;
        double secondMomentSize = (n * n - 1) / 12 + meanSize * meanSize;
        double meanService = 8 * meanSize;
        double lambdaPerNs = Rho / meanService;
        double expected = meanService + lambdaPerNs * 64 * secondMomentSize / (2 * (1 - Rho));
        var wCi = sojourns.ConfidenceInterval(0.99);
        output.WriteLine($"W expected {expected:F1} ns, simulated {wCi.Mean:F1} ± {wCi.HalfWidth:F1} ns");
        Assert.True(wCi.Contains(expected), $"{expected} outside [{wCi.Lower}, {wCi.Upper}]");
    }

    private static Fabric Build(int replication) =>
        new FabricBuilder(77, replication)
            .WithQueue(QueueSpec.DropTail(QueueLimit.Unlimited))
            .AddNode("A", NodeKind.Host).AddNode("B", NodeKind.Host)
            .AddLink("l", "A", "B", DataRate.Parse("1Gbps"), SimTime.Zero)
            .AddPoissonFlow("f", "A", "B", packetsPerSecond: Rho * 1e9 / 8 / Sizes.MeanSizeBytes, Sizes, stop: SimTime.FromSeconds(2))
            .Build();
}
