using System.Diagnostics;
using FabricSim.Engine.Time;
using FabricSim.Network.Tests.Bgp;

namespace FabricSim.Benchmarks;

/// <summary>
/// The control plane at fabric scale: full-mesh eBGP fabrics of 16 to 100 routers, one simulated second each (the
/// sessions open and the tables converge within it). Wall and CPU time, the simulated instant of the last best-path
/// change, and three memory figures: the managed heap the converged fabric holds (after a full collection), the
/// bytes allocated on the way (both independent of the machine's load) and the process's peak working set so far
/// (monotonic, so meaningful because sizes run in increasing order). The growth exponent is the slope of log CPU time
/// against log routers between 16 and 48, from the fastest of three runs of each, printed beside the growth of the
/// announcements the routers received and of N(N - 1)^2 x prefixes, the least a full mesh must exchange (FullMeshWorkTests). Advertisement intervals apply from 1 s, after convergence, so these rows are
/// the worst case of every change sent at once; a last row runs the largest mesh with the default intervals (30 s
/// eBGP) from the start, for as long as it takes to settle.
/// </summary>
internal sealed class BgpMeshBenchmark : IBenchmark
{
    private const int PrefixesEach = 4;

    public string Name => "bgpmesh";

    public void Run(BenchmarkReport report, bool quick)
    {
        int[] sizes = quick ? [16, 32, 48] : [16, 32, 48, 64, 100];
        // A small first run brings the code to its optimised tier.
        FullMeshBgpFabric.Build(6, PrefixesEach).Fabric.Run(SimTime.FromSeconds(1));
        foreach (int routers in sizes)
        {
            Mesh(report, routers);
        }
        // One run of 16 routers takes a few tens of ms, where a background compilation or collection weighs as much as
        // the work: the exponent takes each size's fastest of three further runs.
        var (fastest16, messages16, routes16) = Enumerable.Range(0, 3).Select(_ => CpuSeconds(16)).MinBy(r => r.Cpu);
        var (fastest48, messages48, routes48) = Enumerable.Range(0, 3).Select(_ => CpuSeconds(48)).MinBy(r => r.Cpu);
        double scale = Math.Log(48.0 / 16.0);
        report.Heading("Full-mesh BGP growth");
        report.Figure("bgpmesh.growth_exponent_16_48", Math.Log(fastest48 / fastest16) / scale, "", "exponent of CPU time against routers, 16 to 48 (fastest of 3 runs each)");
        // Each router hears every prefix from each of its peers: the work itself grows as the control messages do.
        report.Figure("bgpmesh.messages_exponent_16_48", Math.Log((double)messages48 / messages16) / scale, "", "exponent of the control messages sent, 16 to 48");
        // The protocol's own work: every router hears each prefix once from each of its peers except the one that
        // originates it (a route is never sent back over the session it came by), N(N - 1)^2 prefixes' worth in all
        // once converged, more while routers hunt through longer paths. No implementation that looks at each
        // announcement grows more slowly than that count.
        report.Figure("bgpmesh.routes_received_exponent_16_48", Math.Log((double)routes48 / routes16) / scale, "",
            "exponent of the announcements and withdrawals received, 16 to 48");
        report.Figure("bgpmesh.converged_minimum_exponent_16_48", Math.Log(MinimumRoutes(48) / MinimumRoutes(16)) / scale, "",
            "exponent of N(N - 1)^2 x prefixes, the announcements a full mesh must exchange to converge at all");
        report.Figure("bgpmesh.r48_routes_received_per_minimum", routes48 / MinimumRoutes(48), "x", "announcements and withdrawals received per one of that minimum, 48 routers (path hunting)");
        report.Figure("bgpmesh.cpu_per_route_exponent_16_48", Math.Log(fastest48 / routes48 / (fastest16 / routes16)) / scale, "",
            "exponent of CPU time per announcement or withdrawal received, 16 to 48 (0: each costs the same however large the mesh)");
        report.Figure("bgpmesh.cpu_per_message_exponent_16_48", Math.Log(fastest48 / messages48 / (fastest16 / messages16)) / scale, "",
            "exponent of CPU time per control message, 16 to 48 (0: each message costs the same however large the mesh)");
        Mesh(report, sizes[^1], SimTime.Zero);
    }

    private static double MinimumRoutes(int routers) => (double)routers * (routers - 1) * (routers - 1) * PrefixesEach;

    /// <summary>
    /// Process CPU time of building one mesh and running it for a simulated second, the control messages sent and the
    /// announcements and withdrawals they carried.
    /// </summary>
    private static (double Cpu, long Messages, long Routes) CpuSeconds(int routers)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        TimeSpan before = process.TotalProcessorTime;
        var (fabric, bgp) = FullMeshBgpFabric.Build(routers, PrefixesEach);
        fabric.Run(SimTime.FromSeconds(1));
        process.Refresh();
        return ((process.TotalProcessorTime - before).TotalSeconds, bgp.Sender.MessagesSent, bgp.Sessions.Sum(s => s.RouteChangesReceived));
    }

    /// <summary>
    /// One mesh, timed; with <paramref name="limitedFrom"/> zero the intervals throttle the start too, and the run lasts
    /// until every interval a router could still be waiting out has passed (a few intervals per hop of hunting).
    /// </summary>
    private static void Mesh(BenchmarkReport report, int routers, SimTime? limitedFrom = null)
    {
        bool throttled = limitedFrom is not null;
        SimTime simulated = throttled ? SimTime.FromSeconds(150) : SimTime.FromSeconds(1);
        report.Heading($"Full-mesh BGP, {routers} routers, {PrefixesEach} prefixes each, {simulated} simulated" +
            (throttled ? ", default advertisement intervals from the start" : ""));
        GC.Collect();
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var (fabric, bgp) = FullMeshBgpFabric.Build(routers, PrefixesEach, advertisementsLimitedFrom: limitedFrom);
        TimeSpan built = clock.Elapsed;
        TimeSpan cpuBuilt = process.TotalProcessorTime;
        fabric.Run(simulated);
        clock.Stop();
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        double runCpuSeconds = (process.TotalProcessorTime - cpuBuilt).TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        long heap = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        long routes = bgp.Speakers.Sum(s => (long)s.BestRoutes().Count);
        SimTime converged = bgp.Speakers.Max(s => s.LastChangeAt);
        string name = $"bgpmesh.r{routers}" + (throttled ? "_mrai" : "");
        report.Figure($"{name}_wall_s", clock.Elapsed.TotalSeconds, "s", $"wall time, build and {simulated} simulated");
        report.Figure($"{name}_cpu_s", cpuSeconds, "s", "process CPU time for the same");
        report.Figure($"{name}_build_wall_s", built.TotalSeconds, "s", "of which building the fabric (paths, tables)");
        report.Figure($"{name}_run_cpu_s", runCpuSeconds, "s", $"process CPU time of the {simulated} run (sessions, convergence)");
        report.Figure($"{name}_heap_mb", heap / 1e6, "MB", "managed heap held by the converged fabric");
        report.Figure($"{name}_allocated_mb", allocated / 1e6, "MB", "managed bytes allocated while building and running");
        report.Figure($"{name}_peak_ws_mb", process.PeakWorkingSet64 / 1e6, "MB", "process peak working set so far");
        report.Figure($"{name}_converged_at_ms", converged.TotalMilliseconds, "ms", "simulated time of the last best-path change");
        report.Load($"{name}_load");
        report.Note($"{routes:N0} best routes (expected {(long)routers * routers * PrefixesEach:N0}); {bgp.Sender.MessagesSent:N0} control messages " +
            $"carrying {bgp.Sessions.Sum(s => s.RouteChangesReceived):N0} announcements and withdrawals (at least {MinimumRoutes(routers):N0} to converge)");
        GC.KeepAlive(fabric);
    }
}
