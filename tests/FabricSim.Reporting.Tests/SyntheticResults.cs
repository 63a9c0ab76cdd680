using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Tests;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>Small, fully known results: two options, two flows each, cost lines, time series and CDFs; run or swept.</summary>
internal static class SyntheticResults
{
    public const string ScenarioText = "name: two-sites\n# <compare> SDCI & VPN\noptions: [sdci, vpn]\n";

    public static Estimate Est(double mean, double halfWidth) => new(mean, halfWidth, 0.95, 5);

    public static FlowSummary Flow(string option, string flow, double p99Ms, double loss) => new(
        option, flow, "sydney", "aws-ap-southeast-2", "business",
        PacketsSent: 100_000, PacketsReceived: (long)(100_000 * (1 - loss)),
        ThroughputBitsPerSecond: Est(250e6, 1.5e6),
        LatencyMeanMs: Est(p99Ms * 0.6, 0.05),
        LatencyP50Ms: Est(p99Ms * 0.5, 0.04),
        LatencyP95Ms: Est(p99Ms * 0.9, 0.08),
        LatencyP99Ms: Est(p99Ms, 0.125),
        LatencyMaxMs: Est(p99Ms * 2, 1.0),
        JitterMs: Est(0.25, 0.01),
        LossRatio: Est(loss, loss / 10),
        OutageSeconds: Est(0, double.NaN));

    public static OptionResult Option(string name, double baseLatencyMs, double loss, double portPriceUsd)
    {
        var flows = new[] { Flow(name, "erp", baseLatencyMs, loss), Flow(name, "backup", baseLatencyMs * 1.5, loss * 2) };
        var links = new[]
        {
            new LinkSummary(name, "syd-port", "sydney", "pop-syd", 10e9, Est(0.42, 0.01), Est(1.5, 0.2), Est(0, 0), 1_000_000, 0),
        };
        var cdfs = flows.Select(flow => new LatencyDistribution(name, flow.Flow,
        [
            new CdfPoint(flow.LatencyP50Ms.Mean * 0.8, 0.1),
            new CdfPoint(flow.LatencyP50Ms.Mean, 0.5),
            new CdfPoint(flow.LatencyP95Ms.Mean, 0.95),
            new CdfPoint(flow.LatencyP99Ms.Mean, 0.99),
            new CdfPoint(flow.LatencyMaxMs.Mean, 1.0),
        ])).ToArray();
        var series = Enumerable.Range(0, 10).SelectMany(second => new[]
        {
            new TimeSeriesPoint(name, "erp", "throughput_bps", second, 200e6 + second * 5e6),
            new TimeSeriesPoint(name, "backup", "throughput_bps", second, 150e6 - second * 2e6),
            new TimeSeriesPoint(name, "syd-port", "utilization", second, 0.4 + second * 0.01),
        }).ToArray();
        var cost = new[]
        {
            new CostLine(name, "ports", "10G port Sydney", 1, "port-month", portPriceUsd, portPriceUsd, "https://www.megaport.com/pricing/"),
            new CostLine(name, "vxc", "VXC 500 Mbps", 2, "vxc-month", 300, 600, "list price 2025"),
            new CostLine(name, "data transfer", "AWS DX egress", 1000, "GB", 0.02, 20, "AWS price list") { Basis = "offered demand: 2.2Mbps x 730 h", Demand = "erp", Direction = "aws-ap-southeast-2>sydney" },
        };
        return new OptionResult(name, $"Design {name}", flows, links, cdfs, series, cost, $"{name}# show ip route\n10.0.0.0/16 via 169.254.0.1 <bgp>");
    }

    public static ScenarioResult Create(bool withSweep = false)
    {
        var options = new[] { Option("sdci", 12.0, 0.0001, 1250), Option("ipsec-vpn", 28.0, 0.004, 0) };
        return withSweep
            ? CreateSweep()
            : new ScenarioResult("two-sites", ScenarioText, Seed: 42, Replications: 5, DurationSeconds: 60, WarmUpSeconds: 5, options, []);
    }

    /// <summary>A sweep of demand at three points, each with both options; no option stands for the scenario itself.</summary>
    public static ScenarioResult CreateSweep()
    {
        var sweep = new[] { (0.5, "250Mbps"), (0.8, "400Mbps"), (0.95, "475Mbps") }.Select(point => new SweepPoint(
            "demand fraction", point.Item1, point.Item2, SweepValueKind.Factor,
            [Option("sdci", 12 + 10 * point.Item1, point.Item1 / 1000, 1250), Option("ipsec-vpn", 28 + 30 * point.Item1, point.Item1 / 100, 0)])).ToArray();
        return new ScenarioResult("two-sites", ScenarioText, Seed: 42, Replications: 5, DurationSeconds: 60, WarmUpSeconds: 5, [], sweep);
    }
}
