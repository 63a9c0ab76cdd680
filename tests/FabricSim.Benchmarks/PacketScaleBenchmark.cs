using System.Diagnostics;
using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Descriptions;
using FabricSim.Scenarios.Generation;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Running;

namespace FabricSim.Benchmarks;

/// <summary>
/// Cost per packet of the packet engine on generated hub fabrics (sites, one MCR hub, AWS, Azure and Google, 1 Gbit/s
/// ports at 30 % load) of 10 and 100 sites: the first option built and run past its warm-up, then a stretch of
/// simulated time timed. A packet's cost should not grow with the fabric; per hop divides by every forwarding a node
/// did, so longer paths do not pass for a slower engine.
/// </summary>
internal sealed class PacketScaleBenchmark : IBenchmark
{
    public string Name => "packetscale";

    public void Run(BenchmarkReport report, bool quick)
    {
        // A small first run brings the code to its optimised tier.
        Measure(report: null, 10, SimTime.FromMilliseconds(200));
        Measure(report, 10, SimTime.FromSeconds(quick ? 0.5 : 2));
        Measure(report, 100, SimTime.FromSeconds(quick ? 0.1 : 0.5));
    }

    private static void Measure(BenchmarkReport? report, int sites, SimTime stretch)
    {
        string text = FabricGenerator.Generate(
            new GeneratorSettings(sites, [CloudProvider.Aws, CloudProvider.Azure, CloudProvider.Google], GeneratedTopology.Hub,
                DataRate.FromGigabitsPerSecond(1), 0.3, 1),
            Catalog.Default, "benchmark");
        var scenario = ScenarioLoader.LoadText(text, $"generated-{sites}.yaml");
        var fabric = OptionDescription.Of(scenario, scenario.Options[0]).Build(scenario.Run.Seed, 0);
        SimTime from = scenario.Run.WarmUp + SimTime.FromMilliseconds(100);
        fabric.Run(from);

        var nodes = fabric.Fabric.Nodes;
        long packetsBefore = fabric.Fabric.Flows.Sum(f => f.PacketsSent);
        long hopsBefore = nodes.Sum(n => n.PacketsForwarded);
        long eventsBefore = fabric.Fabric.Simulator.EventsExecuted;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        fabric.Run(from + stretch);
        clock.Stop();
        process.Refresh();
        double cpuNs = (process.TotalProcessorTime - cpuBefore).TotalNanoseconds;
        long packets = fabric.Fabric.Flows.Sum(f => f.PacketsSent) - packetsBefore;
        long hops = nodes.Sum(n => n.PacketsForwarded) - hopsBefore;
        long events = fabric.Fabric.Simulator.EventsExecuted - eventsBefore;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        if (report is null)
        {
            return;
        }
        string name = $"packetscale.s{sites}";
        report.Heading($"Generated hub, {sites} sites, 3 clouds, 1 Gbit/s ports at 30 % load, {stretch} simulated after warm-up");
        report.Figure($"{name}_ns_per_packet", clock.Elapsed.TotalNanoseconds / packets, "ns", "wall time per packet sent");
        report.Figure($"{name}_cpu_ns_per_packet", cpuNs / packets, "ns", "process CPU time per packet sent");
        report.Figure($"{name}_ns_per_hop", clock.Elapsed.TotalNanoseconds / hops, "ns", "wall time per packet forwarded by a node");
        report.Figure($"{name}_hops_per_packet", hops / (double)packets, "", "forwardings per packet sent");
        report.Figure($"{name}_events_per_packet", events / (double)packets, "", "events executed per packet sent");
        report.Figure($"{name}_bytes_per_packet", allocated / (double)packets, "B/packet", "bytes allocated per packet (warm)");
        report.Figure($"{name}_pending_events", fabric.Fabric.Simulator.PendingEvents, "", "events in the event list at the end (the list's size)");
        report.Load($"{name}_load");
        report.Note($"{packets:N0} packets, {hops:N0} forwardings, {fabric.Fabric.Flows.Count:N0} flows, {nodes.Count:N0} nodes");
    }
}
