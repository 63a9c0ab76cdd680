using System.Diagnostics;
using System.Globalization;
using System.Text;
using FabricSim.Network.Units;
using FabricSim.Scenarios;
using FabricSim.Scenarios.Catalogs;
using FabricSim.Scenarios.Generation;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Benchmarks;

/// <summary>
/// The resilience study of 100-site fabrics, every single failure and every shared-risk pair, timed from the loaded
/// scenario to the finished result: the dual-hub fabric <c>fabricsim generate</c> writes (sites over the catalog's
/// metros, two MCRs, three clouds, gravity demands between sites), and a hand-written one where every site has a port
/// at one of eight Asia-Pacific PoPs and a VXC to each of two MCRs with one demand per site to AWS.
/// </summary>
internal sealed class ResilienceBenchmark : IBenchmark
{
    private static readonly string[] Pops = ["SYD1", "SYD2", "MEL1", "BNE1", "PER1", "AKL1", "SIN1", "HKG1"];

    public string Name => "resilience";

    public void Run(BenchmarkReport report, bool quick)
    {
        const int sites = 100;
        report.Heading($"Resilience study of {sites}-site fabrics (singles and shared-risk pairs)");
        var settings = new GeneratorSettings(sites, [CloudProvider.Aws, CloudProvider.Azure, CloudProvider.Google], GeneratedTopology.DualHub,
            DataRate.FromGigabitsPerSecond(10), 0.6, 1);
        var generated = ScenarioLoader.LoadText(FabricGenerator.Generate(settings, Catalog.Default, "benchmark"), "generated.yaml");
        Study(report, generated, "resilience_100_sites", "generated dual hub");
        var clock = Stopwatch.StartNew();
        var sampled = ResilienceStudy.Run(generated, null, MonteCarloMonths);
        report.Figure("resilience_100_sites_monte_carlo", clock.Elapsed.TotalSeconds, "s",
            $"generated dual hub: the study plus {MonteCarloMonths} simulated months of random failures, {sampled.Options[0].Availability.Count} flows");
        Study(report, ScenarioLoader.LoadText(Fabric(sites), "hand-written.yaml"), "resilience_100_sites_hand", "hand-written dual MCR");
    }

    private const int MonteCarloMonths = 100;

    private static void Study(BenchmarkReport report, Scenario scenario, string name, string fabric)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = ResilienceStudy.Run(scenario);
        clock.Stop();
        process.Refresh();
        // The study runs on one thread: its processor time is its wall time on an idle machine, and says so on a busy one.
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        int sets = result.Options.Sum(o => o.Sets.Count);
        report.Note($"{fabric}: {result.Options.Count} option(s), {result.Options.Sum(o => o.ElementCount)} elements, {sets} failure sets, {scenario.Traffic.Count} flows");
        report.Figure(name, clock.Elapsed.TotalSeconds, "s", $"{fabric}: wall time of the whole study, {sets} sets (the issue's bound: 60 s)");
        report.Figure(name + "_cpu", cpu, "s", $"{fabric}: processor time of the study");
        report.Figure(name + "_sets", sets, "sets", $"{fabric}: failure sets studied");
        report.Figure(name + "_sets_per_s", sets / clock.Elapsed.TotalSeconds, "sets/s", $"{fabric}: failure sets evaluated per second");
    }

    private static string Fabric(int sites)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append("name: generated\nrun: {duration: 2s, replications: 1}\nsites:\n");
        for (int i = 0; i < sites; i++)
        {
            text.Append(c, $"  - {{name: s{i}, pop: {Pops[i % Pops.Length]}, prefixes: [10.{i / 250}.{i % 250}.0/24]}}\n");
        }
        text.Append("clouds:\n  - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [172.16.0.0/16]}\n");
        text.Append("options:\n  - name: dual-mcr\n    mcrs:\n");
        text.Append("      - {name: mcr-a, pop: SYD1, rate: 10Gbps, asn: 133937, bfd: {interval: 300ms, multiplier: 3}}\n");
        text.Append("      - {name: mcr-b, pop: MEL1, rate: 10Gbps, asn: 133938, bfd: {interval: 300ms, multiplier: 3}}\n");
        text.Append("    ports:\n");
        for (int i = 0; i < sites; i++)
        {
            text.Append(c, $"      - {{name: p{i}, site: s{i}, speed: 1Gbps}}\n");
        }
        text.Append("    vxcs:\n");
        for (int i = 0; i < sites; i++)
        {
            text.Append(c, $"      - {{name: a{i}, a: p{i}, b: mcr-a, rate: 100Mbps, bgp: {{peer_asn: {65000 + i}}}}}\n");
            text.Append(c, $"      - {{name: b{i}, a: p{i}, b: mcr-b, rate: 100Mbps, bgp: {{peer_asn: {65000 + i}}}}}\n");
        }
        text.Append("      - {name: a-aws, a: mcr-a, b: aws, rate: 5Gbps, cloud: {type: aws_hosted}, bgp: {peer_type: private_cloud}}\n");
        text.Append("      - {name: b-aws, a: mcr-b, b: aws, rate: 5Gbps, cloud: {type: aws_hosted}, bgp: {peer_type: private_cloud}}\n");
        text.Append("traffic:\n");
        for (int i = 0; i < sites; i++)
        {
            text.Append(c, $"  - {{name: f{i}, from: s{i}, to: aws, type: cbr, rate: 20Mbps, packet_size: 1000B}}\n");
        }
        return text.ToString();
    }
}
