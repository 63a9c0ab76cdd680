using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.PacketCheck;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.Tests.Resilience;

/// <summary>
/// The packet-level check of the worst failure sets: a short packet run with the set failed mid-run must measure the
/// outage the timer model predicts, within the window the timers' random phase allows.
/// </summary>
public sealed class WorstSetCheckTests
{
    private static ResilienceResult Checked(Scenario scenario, int worst) => WorstSetCheck.Run(scenario, ResilienceStudy.Run(scenario), worst);

    private static void AssertAgree(IEnumerable<PacketOutageCheck> checks) =>
        Assert.All(checks, c => Assert.True(c.Agrees, $"{c.Set} {c.Flow}: measured {c.MeasuredSeconds} s outside [{c.LowSeconds}, {c.HighSeconds}]"));

    [Fact]
    public void MCR_and_VXC_failures_between_Melbourne_and_Sydney_fail_over_within_BFD_detection()
    {
        // BFD 300 ms x 3 everywhere: a session is declared down 0.9 s after the last packet heard, which left 0 to
        // 0.3 s before the failure, so flows move 0.6 to 0.9 s after it, plus the milliseconds the withdrawals take
        // between Melbourne and Sydney and one packet spacing of the measurement.
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "one-vs-two-mcr.yaml"));
        var result = Checked(scenario, worst: 3);
        Assert.Empty(result.Options.Single(o => o.Option == "one-mcr").PacketChecks);
        var checks = result.Options.Single(o => o.Option == "two-mcr").PacketChecks;
        Assert.Equal(3, checks.Select(c => c.Set).Distinct().Count());
        Assert.Contains(checks, c => c.Set == "mcr-a");
        foreach (var check in checks)
        {
            Assert.Equal(0.9, check.ModelSeconds, 1e-9);
            Assert.InRange(check.LowSeconds, 0.6 - 0.15, 0.6);
            Assert.InRange(check.HighSeconds, 0.9, 1.0);
        }
        AssertAgree(checks);
    }

    [Fact]
    public void A_VXC_without_BFD_in_Frankfurt_fails_over_when_its_hold_timer_expires()
    {
        // Keepalive 3 s, hold 9 s (below AWS's 90 s, so the data centre's router decides): the last keepalive came 0
        // to 3 s before the failure, so the hold timer expires 6 to 9 s after it. Both VXCs share one port, so the
        // VXC's own failure is the only one the flows survive.
        var scenario = ScenarioLoader.LoadText(FrankfurtHold, "frankfurt.yaml");
        var option = Assert.Single(Checked(scenario, worst: 2).Options);
        Assert.Equal(["v1"], option.PacketChecks.Select(c => c.Set).Distinct());
        var check = option.PacketChecks[0];
        Assert.Equal(9.0, check.ModelSeconds, 1e-9);
        Assert.InRange(check.LowSeconds, 6 - 1e-3, 6);
        AssertAgree(option.PacketChecks);
    }

    private const string FrankfurtHold = """
        name: frankfurt-hold
        run: {duration: 2s, warmup: 500ms, seed: 5, replications: 1}
        sites:
          - {name: dc, pop: FRA1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws-fra, provider: aws, region: eu-central-1, prefixes: [10.20.0.0/16]}
        options:
          - name: one-port
            ports:
              - {name: p1, site: dc, speed: 10Gbps}
            vxcs:
              - {name: v1, a: p1, b: aws-fra, rate: 500Mbps, cloud: {type: aws_hosted}, bgp: {peer_type: private_cloud, keepalive: 3s, hold: 9s}}
              - {name: v2, a: p1, b: aws-fra, rate: 500Mbps, cloud: {type: aws_hosted}, bgp: {peer_type: private_cloud, local_preference: 90}}
        traffic:
          - {name: app, from: dc, to: aws-fra, type: cbr, rate: 100Mbps, packet_size: 1000B}
          - {name: voice, from: dc, to: aws-fra, type: cbr, rate: 80kbps, packet_size: 200B, class: voice}
        """;

    [Fact]
    public void A_port_failure_takes_down_the_VXC_on_it_until_BFD_notices_as_the_model_says()
    {
        // Two ports at one PoP, a VXC on each with BFD. A packet run used to send the VXC of the failed port over the
        // other port and measure no outage at all (DISAGREES); the VXC is a VLAN on its port, so it is down until its
        // session's BFD notices: 0.6 to 0.9 s after the failure.
        var scenario = ScenarioLoader.LoadText(FrankfurtTwoPorts, "frankfurt-two-ports.yaml");
        var option = Assert.Single(Checked(scenario, worst: 4).Options);
        var port = option.PacketChecks.Where(c => c.Set == "p1").ToList();
        Assert.NotEmpty(port);
        Assert.All(port, c => Assert.Equal(0.9, c.ModelSeconds, 1e-9));
        Assert.All(port, c => Assert.InRange(c.MeasuredSeconds, 0.5, 1.0));
        AssertAgree(option.PacketChecks);
    }

    /// <summary>The Frankfurt design with a second port at the PoP, v2 on it, and BFD on both sessions.</summary>
    private static readonly string FrankfurtTwoPorts = FrankfurtHold
        .Replace("name: frankfurt-hold", "name: frankfurt-two-ports", StringComparison.Ordinal)
        .Replace("- {name: p1, site: dc, speed: 10Gbps}", "- {name: p1, site: dc, speed: 10Gbps}\n      - {name: p2, site: dc, speed: 10Gbps}", StringComparison.Ordinal)
        .Replace("{name: v2, a: p1", "{name: v2, a: p2", StringComparison.Ordinal)
        .Replace("keepalive: 3s, hold: 9s", "bfd: true", StringComparison.Ordinal)
        .Replace("local_preference: 90", "bfd: true, local_preference: 90", StringComparison.Ordinal);

    [Fact]
    public void No_check_asked_leaves_the_study_as_it_was()
    {
        var scenario = ScenarioLoader.LoadText(FrankfurtHold, "frankfurt.yaml");
        var study = ResilienceStudy.Run(scenario);
        Assert.Same(study, WorstSetCheck.Run(scenario, study, 0));
    }
}
