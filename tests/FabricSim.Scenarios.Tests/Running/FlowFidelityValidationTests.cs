using System.Globalization;
using FabricSim.Engine.Time;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Running;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>
/// Statistical validation of the flow-level model against the packet referee: both fidelities on every bundled
/// scenario and on designs away from Sydney. Where the model is claimed (auto may choose it), each flow's p50 and p99
/// must lie within 10 % of packet level, loss within 10 % relative or 0.1 percentage point, throughput within 5 %, each
/// widened by the packet estimate's own 95 % half-width (the referee is itself a sample). Where the model is weaker or
/// cannot answer, auto must choose packet level and say why.
/// </summary>
public sealed class FlowFidelityValidationTests
{
    private static readonly SimTime ShortRun = SimTime.FromSeconds(4);

    public static TheoryData<string> StrongBundled => new() { "growth-what-if.yaml", "multicloud-bgp.yaml" };

    public static TheoryData<string, string> WeakerBundled => new()
    {
        { "dx-resiliency.yaml", "IPsec VPNs beside VXCs" },
        { "hub-vs-mesh.yaml", "failures" },
        { "one-vs-two-mcr.yaml", "failures" },
        { "long-haul-replication.yaml", "TCP demands" },
        { "sdci-vs-ipsec.yaml", "TCP demands" },
        { "sdwan-mve.yaml", "MVEs" },
    };

    [Theory]
    [MemberData(nameof(StrongBundled))]
    public void Flow_level_matches_packet_level_on_bundled_scenario(string file) =>
        AssertAgreement(ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, file)));

    [Fact]
    public void Flow_level_matches_packet_level_on_a_London_queue_near_saturation() =>
        AssertAgreement(ScenarioLoader.LoadText(FlowValidationDesigns.LondonNearSaturation, "london.yaml"));

    [Fact]
    public void Flow_level_matches_packet_level_on_Ashburn_bursts_through_an_MCR() =>
        AssertAgreement(ScenarioLoader.LoadText(FlowValidationDesigns.AshburnBursty, "ashburn.yaml"));

    /// <summary>
    /// fabricsim generate --sites 6 --clouds aws,azure,google --topology dual-hub --port 1Gbps --load 0.5 --seed 11:
    /// AWS (16 paths) and Azure (4, over its MSEE pair) share their flows to the sites over the Johannesburg and Dubai
    /// MCRs, e.g. AWS af-south-1 to the Johannesburg site via Dubai at about 200 ms where the best path is 11 ms.
    /// </summary>
    [Fact]
    public void Flow_level_matches_packet_level_on_a_generated_dual_hub_whose_clouds_share_flows_over_both_hubs() =>
        AssertAgreement(FlowValidationDesigns.GeneratedDualHub());

    [Fact]
    public void Flow_level_matches_packet_level_on_equal_cost_paths_across_Frankfurt_and_London() =>
        AssertAgreement(ScenarioLoader.LoadText(FlowValidationDesigns.EuropeEqualCost, "europe.yaml"));

    [Theory]
    [MemberData(nameof(WeakerBundled))]
    public void Auto_chooses_packet_level_where_the_flow_model_is_weaker_and_says_why(string file, string weakness)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, file));
        var choice = FidelityChoice.Decide(scenario, scenario.Run, Fidelity.Auto);
        Assert.Equal(Fidelity.Packet, choice.Used);
        Assert.Contains(weakness, choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_flow_level_refuses_a_design_it_cannot_model_naming_the_option()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "sdwan-mve.yaml"));
        var refused = Assert.Throws<ScenarioValidationException>(() =>
            Simulation.Run(scenario, new RunOptions(Duration: ShortRun) { Fidelity = Fidelity.Flow }));
        var error = Assert.Single(refused.Errors);
        Assert.Contains("MVEs", error.Message, StringComparison.Ordinal);
        Assert.Contains("--fidelity packet", error.Fix, StringComparison.Ordinal);
        Assert.True(error.Line > 1, "the error points at the option in the file");
    }

    [Fact]
    public void Auto_chooses_flow_level_once_the_packet_budget_is_large()
    {
        var scenario = ScenarioLoader.LoadText(FlowValidationDesigns.LondonNearSaturation, "london.yaml");
        // 92 Mbit/s of 1500 and 200-byte packets is about 8,900 packets/s: 3 replications of 10 s stay under the budget,
        // of an hour far beyond it.
        var small = FidelityChoice.Decide(scenario, scenario.Run with { Duration = SimTime.FromSeconds(10) }, Fidelity.Auto);
        var large = FidelityChoice.Decide(scenario, scenario.Run with { Duration = SimTime.FromSeconds(3600) }, Fidelity.Auto);
        Assert.Equal(Fidelity.Packet, small.Used);
        Assert.Equal(Fidelity.Flow, large.Used);
        Assert.Contains("budget", large.Reason, StringComparison.Ordinal);
    }

    /// <summary>
    /// A 1 Gbit/s port at 90 % feeding a 1 Gbit/s shaper: packets leave the first queue spaced by a transmission time,
    /// so the second hardly waits, while the convolution counts both waits. Even with a budget far beyond packet level's,
    /// auto simulates packets and names the correlated queues.
    /// </summary>
    [Fact]
    public void Auto_chooses_packet_level_where_busy_queues_are_in_tandem()
    {
        var scenario = ScenarioLoader.LoadText(FlowValidationDesigns.LondonNearSaturation
            .Replace("rate: 100Mbps, shaping: true", "rate: 1Gbps, shaping: true", StringComparison.Ordinal)
            .Replace("rate: 90Mbps", "rate: 880Mbps", StringComparison.Ordinal), "tandem.yaml");
        var choice = FidelityChoice.Decide(scenario, scenario.Run with { Duration = SimTime.FromSeconds(3600) }, Fidelity.Auto);
        Assert.Equal(Fidelity.Packet, choice.Used);
        Assert.Contains("in tandem", choice.Reason, StringComparison.Ordinal);
    }

    /// <summary>
    /// The same tandem queues run for ten hours: about 10¹⁰ packets, far beyond what packet level can simulate. Auto
    /// answers at flow level and states the tandem correlation as a caveat, in the result and on the console.
    /// </summary>
    [Fact]
    public void Auto_keeps_flow_level_with_the_tandem_caveat_where_packet_level_cannot_run()
    {
        var scenario = ScenarioLoader.LoadText(FlowValidationDesigns.LondonNearSaturation
            .Replace("rate: 100Mbps, shaping: true", "rate: 1Gbps, shaping: true", StringComparison.Ordinal)
            .Replace("rate: 90Mbps", "rate: 880Mbps", StringComparison.Ordinal), "tandem.yaml");
        var settings = scenario.Run with { Duration = SimTime.FromSeconds(36_000) };
        Assert.True(FidelityChoice.PacketsToSimulate(scenario, settings) > FidelityChoice.BeyondPacketLevel * FidelityChoice.PacketBudget);
        var choice = FidelityChoice.Decide(scenario, settings, Fidelity.Auto);
        Assert.Equal(Fidelity.Flow, choice.Used);
        Assert.Contains("more than packet level can simulate", choice.Reason, StringComparison.Ordinal);
        Assert.Contains(choice.Caveats, c => c.Contains("in tandem", StringComparison.Ordinal));

        var result = Simulation.Run(scenario, new RunOptions(Duration: SimTime.FromSeconds(36_000)));
        Assert.Equal("flow", result.Fidelity);
        Assert.Contains(result.FidelityCaveats, c => c.Contains("in tandem", StringComparison.Ordinal));
        Assert.All(result.Options.SelectMany(o => o.Flows), f => Assert.Equal("flow", f.Fidelity));
    }

    [Fact]
    public void Flow_level_is_deterministic_whatever_the_jobs()
    {
        var scenario = ScenarioLoader.LoadText(FlowValidationDesigns.AshburnBursty, "ashburn.yaml");
        var one = Simulation.Run(scenario, new RunOptions(Jobs: 1) { Fidelity = Fidelity.Flow });
        var many = Simulation.Run(scenario, new RunOptions(Jobs: 4, Seed: 99) { Fidelity = Fidelity.Flow });
        Assert.Equal(Figures(one), Figures(many));
        Assert.Equal("flow", one.Fidelity);
        Assert.All(one.Options.SelectMany(o => o.Flows), f => Assert.True(f.LatencyP99Ms.IsModel && f.Fidelity == "flow"));
    }

    internal static string Figures(ScenarioResult result) => string.Join('\n', result.Options.SelectMany(o => o.Flows).Select(f =>
        string.Create(CultureInfo.InvariantCulture,
            $"{f.Option}|{f.Flow}|{f.PacketsSent}|{f.PacketsReceived}|{f.ThroughputBitsPerSecond.Mean:R}|{f.LatencyP50Ms.Mean:R}|{f.LatencyP99Ms.Mean:R}|{f.LossRatio.Mean:R}"))
        .Concat(result.Options.SelectMany(o => o.Links).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Link}|{l.From}|{l.To}|{l.Utilization.Mean:R}|{l.PacketsDropped}"))));

    private static void AssertAgreement(Scenario scenario) => AssertAgreement(scenario, ShortRun, _ => true, null);

    /// <param name="claimed">The flows (by option/flow) held to the tolerances; the others are only reported.</param>
    /// <param name="report">Receives a line per flow: packet figure ± its half-width and flow level's error.</param>
    internal static void AssertAgreement(Scenario scenario, SimTime duration, Func<string, bool> claimed, Action<string>? report)
    {
        var packet = Simulation.Run(scenario, new RunOptions(Replications: 3, Duration: duration) { Fidelity = Fidelity.Packet });
        var flow = Simulation.Run(scenario, new RunOptions(Duration: duration) { Fidelity = Fidelity.Flow });
        Assert.Equal("flow", flow.Fidelity);
        var problems = new List<string>();
        foreach (var p in packet.Options.SelectMany(o => o.Flows))
        {
            var f = flow.Options.Single(o => o.Name == p.Option).Flows.Single(x => x.Flow == p.Flow);
            string where = $"{p.Option}/{p.Flow}";
            report?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"| {where} | {p.LatencyP50Ms.Mean:F3} / {Error(f.LatencyP50Ms.Mean, p.LatencyP50Ms.Mean)} | {p.LatencyP99Ms.Mean:F3} ± {p.LatencyP99Ms.HalfWidth:F3} / {Error(f.LatencyP99Ms.Mean, p.LatencyP99Ms.Mean)} | {100 * p.LossRatio.Mean:F3} ± {100 * p.LossRatio.HalfWidth:F3} / {100 * (f.LossRatio.Mean - p.LossRatio.Mean):+0.000;-0.000} | {p.ThroughputBitsPerSecond.Mean / 1e6:F2} / {Error(f.ThroughputBitsPerSecond.Mean, p.ThroughputBitsPerSecond.Mean)} |"));
            if (!claimed(where))
            {
                continue;
            }
            Check(problems, where, "p50 (ms)", p.LatencyP50Ms, f.LatencyP50Ms.Mean, relative: 0.10, absolute: 0);
            Check(problems, where, "p99 (ms)", p.LatencyP99Ms, f.LatencyP99Ms.Mean, relative: 0.10, absolute: 0);
            Check(problems, where, "loss", p.LossRatio, f.LossRatio.Mean, relative: 0.10, absolute: 0.001);
            Check(problems, where, "throughput (bit/s)", p.ThroughputBitsPerSecond, f.ThroughputBitsPerSecond.Mean, relative: 0.05, absolute: 0);
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static string Error(double flow, double packet) =>
        packet == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{100 * (flow - packet) / packet:+0.0;-0.0;0.0}");

    internal static void Check(List<string> problems, string where, string metric, Estimate packet, double flow, double relative, double absolute)
    {
        double allowed = Math.Max(relative * Math.Abs(packet.Mean), absolute) + (double.IsFinite(packet.HalfWidth) ? packet.HalfWidth : 0);
        if (!(Math.Abs(flow - packet.Mean) <= allowed))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{where} {metric}: flow {flow:G5}, packet {packet.Mean:G5} ± {packet.HalfWidth:G3}, allowed ±{allowed:G3}"));
        }
    }
}
