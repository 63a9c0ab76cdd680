using FabricSim.Network.Built;
using System.Diagnostics;
using FabricSim.Engine.Time;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;

namespace FabricSim.Benchmarks;

/// <summary>
/// The reference chain (A –10G/1ms– R1 –1G/10ms– R2 –10G/1ms– B, DropTail 100) with one Poisson flow of 1500-byte
/// packets at ρ = 0.95 of the bottleneck: packet-level throughput of the data plane and bytes allocated per packet.
/// </summary>
internal sealed class ChainBenchmark : IBenchmark
{
    public string Name => "chain";

    public void Run(BenchmarkReport report, bool quick)
    {
        SimTime duration = SimTime.FromSeconds(quick ? 2 : 10);
        report.Heading($"Reference chain, rho = 0.95, {duration} simulated");

        // Warm-up by wall time: tiered compilation promotes hot methods to optimised, profile-guided code only after
        // they have run for a while, and sizes every pool, queue and histogram on the way.
        var warm = Build(replication: 1);
        var warmClock = Stopwatch.StartNew();
        for (SimTime t = Slice; warmClock.Elapsed < TimeSpan.FromSeconds(quick ? 0.5 : 1.5); t += Slice)
        {
            warm.Run(t);
        }

        var fabric = Build(replication: 0);
        long eventsBefore = fabric.Simulator.EventsExecuted;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        RunInSlices(fabric, duration);
        clock.Stop();
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        var measurements = fabric.Measure();
        var flow = measurements.Flows[0];
        long packets = fabric.Flows[0].PacketsSent;
        long hops = fabric.Links.Sum(l => l.Forward.Counters.PacketsSent + l.Reverse.Counters.PacketsSent);
        long events = fabric.Simulator.EventsExecuted - eventsBefore;
        double seconds = clock.Elapsed.TotalSeconds;

        // The measured run builds its fabric fresh, so its first packets still fill the pool; report the steady state
        // as well by running a further stretch on the now warm fabric.
        long steadyPacketsBefore = fabric.Flows[0].PacketsSent;
        long steadyAllocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        RunInSlices(fabric, duration + SimTime.FromSeconds(quick ? 1 : 2));
        long steadyAllocated = GC.GetAllocatedBytesForCurrentThread() - steadyAllocatedBefore;
        long steadyPackets = fabric.Flows[0].PacketsSent - steadyPacketsBefore;

        report.Figure("chain.wall_s", seconds, "s", "wall time for the measured run");
        // On a shared machine wall time includes waiting for a core; process CPU time does not.
        report.Figure("chain.cpu_s", cpuSeconds, "s", "process CPU time for the measured run");
        report.Figure("chain.packets_per_cpu_s", packets / cpuSeconds, "packets/s", "packets generated per CPU second");
        report.Figure("chain.packets_per_s", packets / seconds, "packets/s", "packets generated per wall second");
        report.Figure("chain.packet_hops_per_s", hops / seconds, "hops/s", "packet transmissions per wall second");
        report.Figure("chain.events_per_s", events / seconds, "events/s", "simulator events per wall second");
        report.Figure("chain.bytes_per_packet", allocated / (double)packets, "B/packet", "bytes allocated per packet, fresh fabric");
        report.Figure("chain.steady_bytes_per_packet", steadyAllocated / (double)Math.Max(1, steadyPackets), "B/packet", "bytes allocated per packet, warm fabric");
        report.Note($"{packets:N0} packets, {hops:N0} hops, {events:N0} events; mean delay {flow.DelayMeanMs:F4} ms (M/D/1 ≈ 12.128 ms), loss {flow.LossRatio:P4}");
    }

    /// <summary>The scenario runner advances fabrics in slices too (to check for cancellation); the benchmark does the same.</summary>
    private static readonly SimTime Slice = SimTime.FromMilliseconds(100);

    private static void RunInSlices(Fabric fabric, SimTime until)
    {
        for (SimTime t = SimTime.Min(fabric.Simulator.Now + Slice, until); ; t = SimTime.Min(t + Slice, until))
        {
            fabric.Run(t);
            if (t >= until)
            {
                return;
            }
        }
    }

    private static Fabric Build(int replication) =>
        new FabricBuilder(seed: 2025, replication)
            .WithQueue(QueueSpec.DropTailPackets(100))
            .WithWarmUp(SimTime.FromMilliseconds(100))
            .AddNode("A", NodeKind.Host)
            .AddNode("R1", NodeKind.PopSwitch)
            .AddNode("R2", NodeKind.PopSwitch)
            .AddNode("B", NodeKind.Host)
            .AddLink("A-R1", "A", "R1", DataRate.Parse("10Gbps"), SimTime.FromMilliseconds(1))
            .AddLink("R1-R2", "R1", "R2", DataRate.Parse("1Gbps"), SimTime.FromMilliseconds(10))
            .AddLink("R2-B", "R2", "B", DataRate.Parse("10Gbps"), SimTime.FromMilliseconds(1))
            .AddPoissonFlow("f", "A", "B", packetsPerSecond: 0.95 * 1e9 / (1500 * 8))
            .Build();
}
