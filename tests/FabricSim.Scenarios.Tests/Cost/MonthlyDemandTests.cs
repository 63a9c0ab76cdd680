using FabricSim.Network.Units;
using FabricSim.Scenarios.Cost;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Cost;

/// <summary>Data transfer is billed on a month of the demand, computed by hand, whatever the simulated window saw.</summary>
public class MonthlyDemandTests
{
    private const string Header = """
        name: demand
        run: {duration: 2s, warmup: 200ms, replications: 2, seed: 3}
        sites:
          - {name: dc, pop: MEL1, prefixes: [172.16.0.0/16]}
        clouds:
          - {name: aws, provider: aws, region: ap-southeast-2, prefixes: [10.10.0.0/16]}

        """;

    [Fact]
    public void Two_identical_designs_cost_the_same_when_only_one_of_them_fails()
    {
        var scenario = ScenarioLoader.LoadText(Header + """
            options:
              - name: steady
                ports: [{name: port-a, site: dc, speed: 1Gbps}]
                vxcs: [{name: vxc-a, a: port-a, b: aws, rate: 500Mbps, cloud: {type: aws_hosted}}]
              - name: failing
                ports: [{name: port-b, site: dc, speed: 1Gbps}]
                vxcs: [{name: vxc-b, a: port-b, b: aws, rate: 500Mbps, cloud: {type: aws_hosted}}]
            traffic:
              - {name: down, from: aws, to: dc, type: poisson, rate: 50Mbps, packet_size: 1200B}
            failures:
              - {element: vxc-b, at: 700ms, for: 800ms}
            """, "demand.yaml");

        var result = Simulation.Run(scenario, new RunOptions(Jobs: 2));

        var steady = result.Options.Single(o => o.Name == "steady");
        var failing = result.Options.Single(o => o.Name == "failing");
        // The failure took a large share of the window's traffic away from one design only ...
        Assert.True(failing.Flows[0].OutageSeconds.Mean > 0.7, $"outage {failing.Flows[0].OutageSeconds.Mean} s");
        Assert.True(failing.Flows[0].ThroughputBitsPerSecond.Mean < 0.7 * steady.Flows[0].ThroughputBitsPerSecond.Mean);
        // ... yet both bills are a month of 50 Mbit/s: 5e7 × 730 × 3600 / 8e9 = 16,425 GB × 0.042 USD/GB = 689.85.
        Assert.Equal(steady.MonthlyCostUsd, failing.MonthlyCostUsd);
        var transfer = failing.Cost.Single(l => l.Category == "data_transfer");
        Assert.Equal(16_425, transfer.Quantity, 6);
        Assert.Equal(689.85, transfer.MonthlyUsd);
        Assert.StartsWith(MonthlyDemand.OfferedBasis, transfer.Basis, StringComparison.Ordinal);
    }

    [Theory]
    // on/off: peak × on / (on + off) = 100 × 0.2 / (0.2 + 0.6) = 25 Mbit/s, twice over (count 2).
    [InlineData("{name: d, from: aws, to: dc, type: onoff, rate: 100Mbps, on_mean: 200ms, off_mean: 600ms, count: 2}", 50e6)]
    // diurnal: the mean factor (0.5 + 1.5 + 1.0) / 3 = 1 of 10 Mbit/s.
    [InlineData("{name: d, from: aws, to: dc, type: poisson, rate: 10Mbps, diurnal: {factors: [0.5, 1.5, 1.0], period: 3s}}", 10e6)]
    // request/response: 1000 B × 8 every 10 ms = 800 kbit/s leaves the source.
    [InlineData("{name: d, from: aws, to: dc, type: request_response, request_size: 1000B, response_size: 20000B, interval: 10ms}", 800e3)]
    // TCP bulk: the application limit.
    [InlineData("{name: d, from: aws, to: dc, type: tcp_bulk, rate: 30Mbps}", 30e6)]
    public void A_demand_offers_its_mean_rate_over_a_month(string traffic, double expectedBitsPerSecond)
    {
        var scenario = OneVxcCarrying(traffic);

        var volumes = MonthlyDemand.Rates(scenario, new Dictionary<string, DataRate> { ["d"] = DataRate.Parse("1Mbps") });

        Assert.Equal(expectedBitsPerSecond, volumes["d"].Rate.BitsPerSecond);
    }

    [Fact]
    public void A_transfer_of_given_size_without_a_rate_is_billed_at_the_rate_the_simulation_carried()
    {
        var scenario = OneVxcCarrying("{name: d, from: aws, to: dc, type: tcp_bulk, bytes: 10MB}");

        var volumes = MonthlyDemand.Rates(scenario, new Dictionary<string, DataRate> { ["d"] = DataRate.Parse("7Mbps") });

        // Its acknowledgements come back at 40 B per two 1460 B segments: 7e6 × 40 / 2920 = 95,890 bit/s.
        Assert.Equal(new BilledVolume(DataRate.Parse("7Mbps"), MonthlyDemand.MeasuredBasis) { Reverse = new DataRate(95_890) }, volumes["d"]);
    }

    private static Scenario OneVxcCarrying(string traffic) => ScenarioLoader.LoadText(Header + $$$"""
        options:
          - name: o
            ports: [{name: p, site: dc, speed: 1Gbps}]
            vxcs: [{name: v, a: p, b: aws, rate: 500Mbps, cloud: {type: aws_hosted}}]
        traffic:
          - {{{traffic}}}
        """, "demand.yaml");
}
