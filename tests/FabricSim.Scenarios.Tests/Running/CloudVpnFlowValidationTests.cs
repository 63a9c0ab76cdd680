using FabricSim.Engine.Time;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;
using Xunit.Abstractions;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Statistical validation of the flow model of cloud-to-cloud VPNs against the packet referee, with the tolerances of
/// <see cref="FlowFidelityValidationTests"/> (p50 and p99 within 10 %, loss within 10 % relative or 0.1 percentage
/// point, throughput within 5 %, each widened by the packet figure's 95 % half-width over 3 replications), on the
/// Internet paths' default jitter and bursty loss: the London metro pair beside its MCR, and Virginia to Singapore
/// with HA VPN spreading Google's flows over four tunnels while AWS's virtual private gateway keeps to one.
/// </summary>
public sealed class CloudVpnFlowValidationTests(ITestOutputHelper output)
{
    private static readonly SimTime Run = SimTime.FromSeconds(10);

    [Fact]
    public void Flow_level_matches_packet_level_between_AWS_and_Azure_in_London() =>
        FlowFidelityValidationTests.AssertAgreement(
            ScenarioLoader.LoadText(CloudVpnDesigns.LondonWith("300Mbps", "{jitter: 1ms, loss_rate: 0.001, loss_burst: 2}"), "london.yaml"),
            Run, _ => true, output.WriteLine);

    [Fact]
    public void Flow_level_matches_packet_level_between_Virginia_and_Singapore() =>
        FlowFidelityValidationTests.AssertAgreement(
            ScenarioLoader.LoadText(CloudVpnDesigns.VirginiaSingaporeWith("""
                traffic:
                  - {name: east, from: aws-use1, to: gcp-sin, type: poisson, rate: 200Mbps, packet_size: 1300B, count: 4}
                  - {name: west, from: gcp-sin, to: aws-use1, type: poisson, rate: 100Mbps, size: {distribution: imix}, count: 4}
                """, path: "{jitter: 2ms, loss_rate: 0.005, loss_burst: 3}"), "long-haul.yaml"),
            Run, _ => true, output.WriteLine);

    /// <summary>Auto answers an open-loop cloud-to-cloud design at flow level once packets would be too many, with no caveat.</summary>
    [Fact]
    public void Auto_chooses_flow_level_for_a_long_open_loop_cloud_VPN_run()
    {
        var scenario = ScenarioLoader.LoadText(CloudVpnDesigns.LondonWith(), "london.yaml");
        var choice = FidelityChoice.Decide(scenario, scenario.Run with { Duration = SimTime.FromSeconds(3600) }, Fidelity.Auto);
        Assert.Equal(Fidelity.Flow, choice.Used);
        Assert.Empty(choice.Caveats);
    }
}
