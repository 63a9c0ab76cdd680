using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;

namespace FabricSim.Notebooks.Tests;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>A small, fully known scenario result (two options, one flow each, a sweep) for checking the chart facade.</summary>
internal static class SampleResults
{
    private static Estimate Est(double mean, double halfWidth) => new(mean, halfWidth, 0.95, 3);

    public static OptionResult Option(string name, double p50Ms)
    {
        var flow = new FlowSummary(name, "app", "syd-dc", "aws-syd", "business", 1000, 990,
            Est(100e6, 1e6), Est(p50Ms, 0.1), Est(p50Ms, 0.1), Est(p50Ms * 1.5, 0.2), Est(p50Ms * 2, 0.3),
            Est(p50Ms * 3, 0.5), Est(0.2, 0.01), Est(0.01, 0.002), Est(0, 0));
        var cdf = new LatencyDistribution(name, "app", [new CdfPoint(p50Ms * 0.9, 0.1), new CdfPoint(p50Ms, 0.5), new CdfPoint(p50Ms * 2, 0.99)]);
        var series = Enumerable.Range(0, 5).SelectMany(second => new[]
        {
            new TimeSeriesPoint(name, "app", "throughput_bps", second, 100e6),
            new TimeSeriesPoint(name, "syd-port", "utilization", second, 0.1),
        }).ToArray();
        var link = new LinkSummary(name, "syd-port", "syd-dc", "SYD1", 10e9, Est(0.1, 0.01), Est(0.5, 0.1), Est(0, 0), 1000, 0);
        var cost = new CostLine(name, "port", "port 10Gbps", 1, "port-month", 900, 900, "test");
        var topology = new TopologySummary(
            [
                new TopologyNode("syd-dc", TopologyNodeKind.Site, new GeoPoint(-33.87, 151.21), "SYD1", false),
                new TopologyNode("SYD1", TopologyNodeKind.Pop, new GeoPoint(-33.87, 151.21), "SYD1", false),
                new TopologyNode("aws-syd", TopologyNodeKind.Cloud, new GeoPoint(-33.80, 151.00), "SYD1", false),
            ],
            [
                new TopologyEdge("syd-port", TopologyEdgeKind.Port, "syd-dc", "SYD1", 10e9, 0.1, false),
                new TopologyEdge("aws-vxc", TopologyEdgeKind.Vxc, "SYD1", "aws-syd", 1e9, null, false),
            ]);
        return new OptionResult(name, $"design {name}", [flow], [link], [cdf], series, [cost], "") { Topology = topology };
    }

    public static ScenarioResult Create(bool withSweep)
    {
        var sweep = withSweep
            ? new[] { 0.2, 0.6, 1.0 }.Select(value => new SweepPoint("demand", value, $"{value * 500}Mbps", SweepValueKind.Factor,
                [Option("sdci", 2 + value), Option("ipsec", 9 + value)])).ToArray()
            : [];
        return new ScenarioResult("sample", "name: sample\n", 1, 3, 10, 1, withSweep ? [] : [Option("sdci", 2.5), Option("ipsec", 9.0)], sweep);
    }
}
