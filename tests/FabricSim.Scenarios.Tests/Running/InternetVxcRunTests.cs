using FabricSim.Network.Geography;
using FabricSim.Network.Internet;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Tests.Loading;
using FabricSim.Scenarios.Yaml;
using Xunit.Abstractions;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// A scenario with a Megaport Internet VXC from a London MCR to a SaaS endpoint in Singapore, and one with a Sydney
/// Port at Sydney IX, run end to end: traffic is carried with the delay the models give, each is priced, and the flow
/// level refuses them and says why.
/// </summary>
public sealed class InternetVxcRunTests(ITestOutputHelper output)
{
    /// <summary>
    /// The mean one-way delay is the Internet model's base delay from LON1 to Singapore, the site's access circuit, the
    /// 2 ms mean queueing delay and serialization, within the replications' 95 % interval plus the interval the 2 ms
    /// queueing process leaves on a 2 s window (its batch means in InternetPathStatisticalTests stay within 10 %).
    /// </summary>
    [Fact]
    public void Traffic_to_a_SaaS_endpoint_leaves_through_the_Internet_VXC_with_the_models_delay_and_is_priced()
    {
        var scenario = ScenarioLoader.LoadText(InternetVxcTests.Valid, "internet.yaml");
        var result = Simulation.Run(scenario, new RunOptions(Jobs: 1));
        var option = Assert.Single(result.Options);
        var flow = Assert.Single(option.Flows);
        var london = scenario.Pops.Single(p => p.Code == "LON1").Location;
        var internet = InternetRouteModel.Calibrated.OneWay(new GeoLocation(london.LatitudeDegrees, london.LongitudeDegrees), new GeoLocation(1.29, 103.85));
        double expected = internet.TotalMilliseconds + scenario.Catalog.EndDelay.TotalMilliseconds + 2.0;
        output.WriteLine($"{result.Fidelity}: {result.FidelityReason}");
        output.WriteLine($"delay {flow.LatencyMeanMs.Mean:F3} ± {flow.LatencyMeanMs.HalfWidth:F3} ms (expected {expected:F3}), throughput {flow.ThroughputBitsPerSecond.Mean / 1e6:F2} Mbit/s, loss {flow.LossRatio.Mean:P3}");
        Assert.Equal("packet", result.Fidelity);
        Assert.Contains("Internet VXCs and IX connections (mcr-internet)", result.FidelityReason, StringComparison.Ordinal);
        Assert.InRange(flow.LatencyMeanMs.Mean, expected - flow.LatencyMeanMs.HalfWidth - 0.2, expected + flow.LatencyMeanMs.HalfWidth + 0.2);
        Assert.InRange(flow.ThroughputBitsPerSecond.Mean, 19e6, 21e6);
        var line = Assert.Single(option.Cost, c => c.Category == "internet_vxc");
        Assert.Equal(250, line.MonthlyUsd);
        Assert.Contains("megaport-internet-pricing", line.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_flow_level_refuses_an_Internet_VXC_and_says_why()
    {
        var scenario = ScenarioLoader.LoadText(InternetVxcTests.Valid, "internet.yaml");
        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => Simulation.Run(scenario, new RunOptions(Jobs: 1) { Fidelity = Fidelity.Flow })).Errors);
        Assert.Contains("their paths leave the fabric's links", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A CDN peering at Sydney IX sends 100 Mbit/s to the data centre: all of it arrives (no Internet loss at an exchange),
    /// two metro access circuits away (each at the access route factor 1.5 plus the catalog's end delay), and the local IX costs nothing beyond the Port.
    /// </summary>
    [Fact]
    public void Traffic_from_an_IX_peer_rides_the_IX_connection_and_the_local_IX_is_free()
    {
        var scenario = ScenarioLoader.LoadText(IxConnectionTests.Valid, "ix.yaml");
        var result = Simulation.Run(scenario, new RunOptions(Jobs: 1));
        var sydney = scenario.Pops.Single(p => p.Code == "SYD1").Location;
        double expected = (GreatCircle.FibreDelay(new GeoLocation(-33.92, 151.19), new GeoLocation(sydney.LatitudeDegrees, sydney.LongitudeDegrees), 1.5)
            + scenario.Catalog.EndDelay + scenario.Catalog.EndDelay).TotalMilliseconds;
        var option = Assert.Single(result.Options);
        var flow = Assert.Single(option.Flows);
        output.WriteLine($"delay {flow.LatencyMeanMs.Mean:F3} ms, throughput {flow.ThroughputBitsPerSecond.Mean / 1e6:F2} Mbit/s");
        Assert.Equal(0, flow.LossRatio.Mean);
        Assert.InRange(flow.ThroughputBitsPerSecond.Mean, 97e6, 103e6);
        Assert.Equal(expected, flow.LatencyMeanMs.Mean, 2);
        var line = Assert.Single(option.Cost, c => c.Category == "ix");
        Assert.Equal(0, line.MonthlyUsd);
        Assert.Contains("docs.megaport.com/finance/ix-pricing/", line.Source, StringComparison.Ordinal);
    }
}
