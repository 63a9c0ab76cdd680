using FabricSim.Reporting.Html;
using FabricSim.Scenarios.Results;

namespace FabricSim.Reporting.Tests;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>The report's bottleneck is the element that dropped the most to congestion, else the busiest one.</summary>
public sealed class BottleneckTests
{
    private static LinkSummary Row(string link, string kind, double utilization, long policer, long queue, long failure = 0) =>
        new("o", link, "a", "b", 1e9, new Estimate(utilization, 0, 0.95, 3), new Estimate(0, 0, 0.95, 3), new Estimate(0, 0, 0.95, 3), 1000, policer + queue + failure)
        {
            Kind = kind,
            DropsPolicer = policer,
            DropsQueue = queue,
            DropsFailure = failure,
            OfferedBitsPerSecond = new Estimate(utilization * 1e9, 0, 0.95, 3),
            CarriedBitsPerSecond = new Estimate(utilization * 1e9, 0, 0.95, 3),
        };

    [Fact]
    public void The_element_with_the_most_congestion_drops_is_the_bottleneck_even_when_another_is_busier()
    {
        var busy = Row("core", "link", 0.97, 0, 0);
        var policed = Row("mcr-aws", "vxc", 0.5, 900, 0);
        var queued = Row("access", "link", 0.9, 0, 100);
        var failed = Row("backup", "link", 0.1, 0, 0, failure: 5000);

        Assert.Same(policed, Bottleneck.Of([busy, queued, policed, failed]));
        Assert.Contains("rate limit of VXC mcr-aws", Bottleneck.Describe(policed), StringComparison.Ordinal);
        Assert.Contains("900 packets dropped by its rate limit", Bottleneck.Describe(policed), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_drops_the_busiest_element_is_the_bottleneck()
    {
        var idle = Row("a", "link", 0.1, 0, 0);
        var busiest = Row("mcr", "mcr", 0.8, 0, 0);

        Assert.Same(busiest, Bottleneck.Of([idle, busiest]));
        Assert.Contains("no drops", Bottleneck.Describe(busiest), StringComparison.Ordinal);
    }
}
