using FabricSim.Engine.Time;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Running;
using Xunit.Abstractions;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// Statistical validation of the flow model of IPsec VPNs and Internet paths against the packet referee, with the
/// tolerances of <see cref="FlowFidelityValidationTests"/> (p50 and p99 within 10 %, loss within 10 % relative or 0.1
/// percentage point, throughput within 5 %, each widened by the packet figure's 95 % half-width over 3 replications),
/// on the bundled VPN scenarios and on designs away from Sydney: a Frankfurt office with a busy Internet uplink and a
/// long-haul São Paulo to us-east-1 path with bursty loss, a congestion cycle and fragmentation.
/// </summary>
public sealed class VpnFlowValidationTests(ITestOutputHelper output)
{
    /// <summary>
    /// Long enough that the packet run samples the Internet's delay process at some 50 independent knots or more (they
    /// lie twice the delay bound apart: 200 ms for the default 100 ms bound): its p99 over fewer is biased low.
    /// </summary>
    private static readonly SimTime Run = SimTime.FromSeconds(10);

    [Fact]
    public void Flow_level_matches_packet_level_on_a_Frankfurt_VPN_with_a_busy_uplink() =>
        Check(ScenarioLoader.LoadText(VpnFlowValidationDesigns.FrankfurtMetro, "frankfurt.yaml"));

    [Fact]
    public void Flow_level_matches_packet_level_on_a_long_haul_Sao_Paulo_VPN_with_bursty_loss() =>
        Check(ScenarioLoader.LoadText(VpnFlowValidationDesigns.SaoPauloLongHaul, "sao-paulo.yaml"));

    [Fact]
    public void Flow_level_matches_packet_level_on_sdci_vs_ipsec() =>
        Check(ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "sdci-vs-ipsec.yaml")));

    [Fact]
    public void Flow_level_matches_packet_level_on_long_haul_replication() =>
        Check(ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "long-haul-replication.yaml")));

    /// <summary>
    /// The rows of the VPN's gateway limits (each tunnel's and the gateway's, both directions) are the packet model's,
    /// in its order, and their utilisation, the gateway's busy fraction in ESP time, agrees within 5 % (or 0.002 where a
    /// tunnel is nearly idle) plus the packet figure's half-width.
    /// </summary>
    [Theory]
    [InlineData(VpnFlowValidationDesigns.FrankfurtMetro)]
    [InlineData(VpnFlowValidationDesigns.SaoPauloLongHaul)]
    public void Gateway_rows_match_packet_level(string design)
    {
        var scenario = ScenarioLoader.LoadText(design, "vpn.yaml");
        var packet = Simulation.Run(scenario, new RunOptions(Replications: 3, Duration: SimTime.FromSeconds(4)) { Fidelity = Fidelity.Packet });
        var flow = Simulation.Run(scenario, new RunOptions(Duration: SimTime.FromSeconds(4)) { Fidelity = Fidelity.Flow });
        static bool Gateway(Results.LinkSummary l) => l.Kind is "vpn_tunnel" or "vpn_gateway";
        var expected = packet.Options.Single().Links.Where(Gateway).ToList();
        var estimated = flow.Options.Single().Links.Where(Gateway).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(l => (l.Kind, l.Link, l.From, l.To)), estimated.Select(l => (l.Kind, l.Link, l.From, l.To)));
        foreach (var (p, f) in expected.Zip(estimated))
        {
            output.WriteLine($"{p.Link} {p.From}>{p.To}: packet {p.Utilization.Mean:F4} ± {p.Utilization.HalfWidth:F4}, flow {f.Utilization.Mean:F4}");
            Assert.InRange(f.Utilization.Mean - p.Utilization.Mean, -Allowed(p), Allowed(p));
        }

        static double Allowed(Results.LinkSummary p) =>
            Math.Max(0.05 * p.Utilization.Mean, 0.002) + (double.IsFinite(p.Utilization.HalfWidth) ? p.Utilization.HalfWidth : 0);
    }

    /// <summary>The cached Internet delay and loss solutions and the parallel convolution give one answer, whatever the jobs and seed.</summary>
    [Fact]
    public void Flow_level_over_VPNs_is_deterministic_whatever_the_jobs()
    {
        var scenario = ScenarioLoader.LoadText(VpnFlowValidationDesigns.SaoPauloLongHaul, "sao-paulo.yaml");
        var one = Simulation.Run(scenario, new RunOptions(Jobs: 1) { Fidelity = Fidelity.Flow });
        var many = Simulation.Run(scenario, new RunOptions(Jobs: 4, Seed: 99) { Fidelity = Fidelity.Flow });
        Assert.Equal(FlowFidelityValidationTests.Figures(one), FlowFidelityValidationTests.Figures(many));
        Assert.Contains("vpn_tunnel", string.Join(',', one.Options.Single().Links.Select(l => l.Kind)), StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_chooses_flow_level_for_an_open_loop_VPN_design_once_the_packet_budget_is_large()
    {
        var scenario = ScenarioLoader.LoadText(VpnFlowValidationDesigns.FrankfurtMetro, "frankfurt.yaml");
        var choice = FidelityChoice.Decide(scenario, scenario.Run with { Duration = SimTime.FromSeconds(3600) }, Fidelity.Auto);
        Assert.Equal(Fidelity.Flow, choice.Used);
        Assert.Empty(choice.Caveats);
    }

    /// <summary>Offered three times its uplink, the VPN's buffer drops fragments, not bits: auto simulates packets and says why.</summary>
    [Fact]
    public void Auto_chooses_packet_level_where_a_VPN_queue_is_overloaded()
    {
        var scenario = ScenarioLoader.LoadText(VpnFlowValidationDesigns.FrankfurtMetro.Replace("rate: 37.5Mbps", "rate: 150Mbps", StringComparison.Ordinal),
            "frankfurt-overloaded.yaml");
        // Ten minutes is beyond auto's packet budget but well within what packet level can simulate.
        var choice = FidelityChoice.Decide(scenario, scenario.Run with { Duration = SimTime.FromSeconds(600) }, Fidelity.Auto);
        Assert.Equal(Fidelity.Packet, choice.Used);
        Assert.Contains("overloaded VPN gateway or Internet access", choice.Reason, StringComparison.Ordinal);
    }

    /// <summary>
    /// Open-loop flows are held to the tolerances; TCP flows, for which the model is weaker and auto simulates packets
    /// (model-notes.md), are reported beside them.
    /// </summary>
    private void Check(Scenario scenario)
    {
        var tcp = scenario.Traffic.Where(d => d.Type is TrafficType.TcpBulk or TrafficType.TcpRequestResponse).Select(d => d.Name).ToHashSet();
        FlowFidelityValidationTests.AssertAgreement(scenario, Run, where => !tcp.Contains(where[(where.IndexOf('/', StringComparison.Ordinal) + 1)..]),
            output.WriteLine);
    }
}
