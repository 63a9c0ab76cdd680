using System.Diagnostics;
using System.Globalization;
using System.Text;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Benchmarks;

/// <summary>
/// The flow level's estimate of one option whose sites each run a request/response exchange (44-segment responses)
/// beside Poisson traffic, through one MCR in Sydney to AWS; against the same fabric with the exchanges' load offered
/// as Poisson packets, so the figure shows what the exchanges' batches, trains and response times cost.
/// </summary>
internal sealed class ExchangeFlowBenchmark : IBenchmark
{
    private static readonly string[] Pops = ["SYD1", "MEL1", "BNE1", "PER1"];

    public string Name => "exchanges";

    public void Run(BenchmarkReport report, bool quick)
    {
        foreach (int sites in new[] { 1, quick ? 30 : 100 })
        {
            Measure(report, sites, quick);
        }
        report.Note("One core, back to back; the machine is shared, so compare the two figures of one size.");
    }

    private static void Measure(BenchmarkReport report, int sites, bool quick)
    {
        report.Heading($"Flow level with request/response exchanges: {sites} site(s) through one MCR, one exchange and one Poisson flow each");
        foreach (bool exchanges in new[] { true, false })
        {
            var scenario = ScenarioLoader.LoadText(Design(sites, exchanges), "exchanges.yaml");
            var option = scenario.Options[0];
            // The first evaluation pays for JIT compilation; time the next ones.
            FlowRun.Execute(scenario, option, jobs: 1);
            int repeats = (quick ? 3 : 10) * (sites == 1 ? 10 : 1);
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < repeats; i++)
            {
                FlowRun.Execute(scenario, option, jobs: 1);
            }
            double ms = clock.Elapsed.TotalMilliseconds / repeats;
            report.Figure(exchanges ? $"exchange_estimate_{sites}" : $"poisson_estimate_{sites}", ms, "ms",
                exchanges ? "one option's estimate, exchanges as trains of segments" : "the same load as Poisson packets");
        }
    }

    private static string Design(int sites, bool exchanges)
    {
        var text = new StringBuilder();
        text.AppendLine("name: exchanges-bench");
        text.AppendLine("run: {duration: 60s, warmup: 1s, seed: 1, replications: 1}");
        text.AppendLine("sites:");
        for (int i = 0; i < sites; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {{name: s{i}, pop: {Pops[i % Pops.Length]}, prefixes: [172.{16 + i / 256}.{i % 256}.0/24]}}");
        }
        text.AppendLine("clouds:");
        text.AppendLine("  - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}");
        text.AppendLine("options:");
        text.AppendLine("  - name: hub");
        text.AppendLine("    ports:");
        for (int i = 0; i < sites; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"      - {{name: p{i}, site: s{i}, speed: 1Gbps}}");
        }
        text.AppendLine("    mcrs:");
        text.AppendLine("      - {name: mcr, pop: SYD1, rate: 10Gbps, asn: 133937}");
        text.AppendLine("    vxcs:");
        for (int i = 0; i < sites; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"      - {{name: v{i}, a: p{i}, b: mcr, rate: 500Mbps}}");
        }
        text.AppendLine("      - {name: mcr-aws, a: mcr, b: aws, rate: 10Gbps, cloud: {type: aws_hosted} }");
        text.AppendLine("traffic:");
        for (int i = 0; i < sites; i++)
        {
            // 44 segments of 1,500 B every 20 ms: 26.4 Mbit/s towards the site.
            string load = exchanges
                ? string.Create(CultureInfo.InvariantCulture, $"  - {{name: x{i}, from: s{i}, to: aws, type: request_response, request_size: 400B, response_size: 64240B, interval: 20ms}}")
                : string.Create(CultureInfo.InvariantCulture, $"  - {{name: x{i}, from: aws, to: s{i}, type: poisson, rate: 26400kbps, packet_size: 1500B}}");
            text.AppendLine(load);
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {{name: o{i}, from: aws, to: s{i}, type: poisson, rate: 20Mbps, packet_size: 1500B}}");
        }
        return text.ToString();
    }
}
