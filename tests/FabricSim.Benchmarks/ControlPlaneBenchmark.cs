using FabricSim.Network.Built;
using System.Diagnostics;
using FabricSim.Engine.Time;
using FabricSim.Network.Access;
using FabricSim.Network.Addressing;
using FabricSim.Network.Bgp;
using FabricSim.Network.Building;
using FabricSim.Network.Topology;
using FabricSim.Network.Units;
using FabricSim.Network.Tests.Bgp;

namespace FabricSim.Benchmarks;

/// <summary>
/// The routed layer: longest-prefix-match lookups on an Internet-sized table, routed forwarding through a cloud
/// router over VXC overlays (packets per second and bytes allocated per packet), and BGP convergence of a chain
/// of routers each announcing many prefixes.
/// </summary>
internal sealed class ControlPlaneBenchmark : IBenchmark
{
    public string Name => "bgp";

    public void Run(BenchmarkReport report, bool quick)
    {
        Lookups(report, quick, prefixCount: 1_000);
        Lookups(report, quick, prefixCount: quick ? 100_000 : 500_000);
        RoutedForwarding(report, quick);
        Convergence(report, quick);
    }

    private static void Lookups(BenchmarkReport report, bool quick, int prefixCount)
    {
        string size = prefixCount >= 100_000 ? "large" : "small";
        int lookups = quick ? 5_000_000 : 20_000_000;
        report.Heading($"Longest-prefix match, {prefixCount:N0} prefixes");
        var random = new Random(42);
        var trie = new PrefixTrie<string>();
        string value = "route";
        for (int i = 0; i < prefixCount; i++)
        {
            // Mostly /24s, as in the public IPv4 table, with shorter aggregates among them.
            int length = random.NextDouble() < 0.6 ? 24 : random.Next(8, 24);
            trie.Set(new Ipv4Prefix(new Ipv4Address((uint)random.NextInt64(0, 1L << 32)), length), value);
        }
        var addresses = new Ipv4Address[1 << 16];
        for (int i = 0; i < addresses.Length; i++)
        {
            addresses[i] = new Ipv4Address((uint)random.NextInt64(0, 1L << 32));
        }
        int found = 0;
        for (int i = 0; i < 1_000_000; i++)
        {
            found += trie.Lookup(addresses[i & 0xFFFF]) is null ? 0 : 1;
        }
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < lookups; i++)
        {
            found += trie.Lookup(addresses[i & 0xFFFF]) is null ? 0 : 1;
        }
        clock.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        report.Figure($"bgp.lpm_{size}_lookups_per_s", lookups / clock.Elapsed.TotalSeconds, "lookups/s", "longest-prefix-match lookups per second");
        report.Figure($"bgp.lpm_{size}_bytes_per_lookup", allocated / (double)lookups, "B/lookup", "bytes allocated per lookup");
        report.Note($"{found:N0} lookups found a route");
    }

    private static void RoutedForwarding(BenchmarkReport report, bool quick)
    {
        SimTime duration = SimTime.FromSeconds(quick ? 2 : 6);
        report.Heading($"Routed forwarding AWS -> MCR -> Azure over VXC overlays, {duration} simulated");
        BuildRouted(1).Fabric.Run(SimTime.FromSeconds(1.5));

        var (fabric, _) = BuildRouted(0);
        fabric.Run(SimTime.FromSeconds(1));
        long packetsBefore = fabric.Flows[0].PacketsSent;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        fabric.Run(SimTime.FromSeconds(1) + duration);
        clock.Stop();
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        long packets = fabric.Flows[0].PacketsSent - packetsBefore;
        var flow = fabric.Measure().Flows[0];
        report.Figure("bgp.routed_packets_per_s", packets / clock.Elapsed.TotalSeconds, "packets/s", "packets through 2 routed hops + 2 switches per wall second");
        // On a shared machine wall time includes waiting for a core; process CPU time does not.
        report.Figure("bgp.routed_packets_per_cpu_s", packets / cpuSeconds, "packets/s", "the same per CPU second");
        report.Figure("bgp.routed_bytes_per_packet", allocated / (double)packets, "B/packet", "bytes allocated per packet incl. BGP/BFD (warm)");
        report.Note($"{packets:N0} packets in the measured stretch; loss {flow.LossRatio:P3}, mean delay {flow.DelayMeanMs:F4} ms; mcr forwarded {fabric.Node("mcr").PacketsForwarded:N0} in all");
    }

    private static (Fabric Fabric, BgpNetwork Bgp) BuildRouted(int replication)
    {
        var builder = new FabricBuilder(seed: 11, replication);
        builder.AddPop("SYD1", -33.92, 151.19);
        builder.AddCloudRouter("mcr", "SYD1", DataRate.FromGigabitsPerSecond(10));
        builder.AddCspEdge("aws", CspProvider.AwsDirectConnect, "SYD1", DataRate.FromGigabitsPerSecond(10), SimTime.FromMicroseconds(100));
        builder.AddCspEdge("azure", CspProvider.AzureExpressRoute, "SYD1", DataRate.FromGigabitsPerSecond(10), SimTime.FromMicroseconds(200));
        builder.AddVxc("mcr-aws", "mcr", "aws", DataRate.FromGigabitsPerSecond(5));
        builder.AddVxc("mcr-azure", "mcr", "azure", DataRate.FromGigabitsPerSecond(5));
        builder.AddPoissonFlow("vpc-to-vnet", "aws", "azure", packetsPerSecond: 300_000, start: SimTime.FromMilliseconds(500));
        var fabric = builder.Build();
        var bgp = new BgpNetwork(fabric);
        bgp.AddSpeaker("mcr", 133937);
        bgp.AddSpeaker("aws", 64512);
        bgp.AddSpeaker("azure", 12076);
        bgp.Originate("aws", "10.10.0.0/16");
        bgp.Originate("azure", "10.20.0.0/16");
        var options = new BgpSessionOptions { PeerType = PeerType.PrivateCloud, Bfd = Network.Bfd.BfdSettings.Default };
        bgp.ConnectOverVxc("mcr-aws", options, options);
        bgp.ConnectOverVxc("mcr-azure", options, options);
        bgp.Start();
        return (fabric, bgp);
    }

    private static void Convergence(BenchmarkReport report, bool quick)
    {
        int routers = quick ? 10 : 20;
        int prefixesEach = quick ? 200 : 500;
        report.Heading($"BGP convergence: chain of {routers} routers, {prefixesEach} prefixes each");
        // A smaller first run brings the code to its optimised tier.
        BuildChain(4, 50).Fabric.Run(SimTime.FromSeconds(1));
        var (fabric, bgp) = BuildChain(routers, prefixesEach);
        var process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        fabric.Run(SimTime.FromSeconds(5));
        clock.Stop();
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        long routes = bgp.Speakers.Sum(s => (long)s.BestRoutes().Count);
        long changes = bgp.Speakers.Sum(s => s.BestPathChanges);
        SimTime converged = bgp.Speakers.Max(s => s.LastChangeAt);
        report.Figure("bgp.convergence_wall_s", clock.Elapsed.TotalSeconds, "s", "wall time to converge (5 s simulated)");
        report.Figure("bgp.convergence_cpu_s", cpuSeconds, "s", "process CPU time to converge");
        report.Figure("bgp.best_path_changes_per_cpu_s", changes / cpuSeconds, "changes/s", "best-path changes processed per CPU second");
        report.Figure("bgp.converged_at_ms", converged.TotalMilliseconds, "ms", "simulated time of the last best-path change");
        report.Note($"{routes:N0} best routes in total (expected {(long)routers * routers * prefixesEach:N0}); {bgp.Sender.MessagesSent:N0} control messages");
    }

    private static (Fabric Fabric, BgpNetwork Bgp) BuildChain(int routers, int prefixesEach)
    {
        var builder = new FabricBuilder(seed: 3);
        for (int i = 0; i < routers; i++)
        {
            builder.AddNode($"r{i}", NodeKind.CloudRouter);
        }
        for (int i = 1; i < routers; i++)
        {
            builder.AddLink($"r{i - 1}-r{i}", $"r{i - 1}", $"r{i}", DataRate.FromGigabitsPerSecond(10), SimTime.FromMilliseconds(1));
        }
        var fabric = builder.Build();
        var bgp = new BgpNetwork(fabric);
        FullMeshBgpFabric.AddSpeakers(bgp, routers, prefixesEach);
        for (int i = 1; i < routers; i++)
        {
            bgp.ConnectOverLink($"r{i - 1}-r{i}", new BgpSessionOptions(), new BgpSessionOptions());
        }
        bgp.Start();
        return (fabric, bgp);
    }
}
