using System.Diagnostics;
using System.Globalization;
using System.Text;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Benchmarks;

/// <summary>
/// The resilience study of a generated 100-site fabric: every site with a port at one of eight Asia-Pacific PoPs and a
/// VXC to each of two MCRs (Sydney and Melbourne), each MCR with a VXC to AWS, one demand per site. Every single
/// failure and every shared-risk pair, timed from the loaded scenario to the finished result.
/// </summary>
internal sealed class ResilienceBenchmark : IBenchmark
{
    private static readonly string[] Pops = ["SYD1", "SYD2", "MEL1", "BNE1", "PER1", "AKL1", "SIN1", "HKG1"];

    public string Name => "resilience";

    public void Run(BenchmarkReport report, bool quick)
    {
        int sites = 100;
        report.Heading($"Resilience study of a generated {sites}-site fabric (singles and shared-risk pairs)");
        var scenario = ScenarioLoader.LoadText(Fabric(sites), "generated.yaml");
        var clock = Stopwatch.StartNew();
        var result = ResilienceStudy.Run(scenario);
        clock.Stop();
        var option = result.Options[0];
        report.Note($"{option.ElementCount} elements, {option.Sets.Count} failure sets, {scenario.Traffic.Count} flows");
        report.Figure("resilience_100_sites_s", clock.Elapsed.TotalSeconds, "s", "wall time of the whole study (the issue's bound: 60 s)");
        report.Figure("resilience_sets_per_s", option.Sets.Count / clock.Elapsed.TotalSeconds, "sets/s", "failure sets evaluated per second");
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
