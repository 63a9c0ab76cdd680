using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// The bundled one-versus-two-MCR scenario against the failover theory: with a second MCR the outage is BFD's
/// detection time, 2–3 missed 300 ms intervals (0.6–0.9 s) plus the withdrawal's propagation; with one MCR it
/// lasts as long as the failure and the sessions' return.
/// </summary>
public sealed class McrRedundancyRunTests
{
    [Fact]
    public void A_second_mcr_turns_an_eight_second_failure_into_a_bfd_detection_outage()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "one-vs-two-mcr.yaml"));

        var result = Simulation.Run(scenario, new RunOptions(Replications: 2, Jobs: 2));

        var single = result.Options.Single(o => o.Name == "one-mcr").Flows.Single(f => f.Flow == "voice");
        var dual = result.Options.Single(o => o.Name == "two-mcr").Flows.Single(f => f.Flow == "voice");
        // The MCR reopens its sessions the moment it returns (it used to wait its 120 s ConnectRetry, so the outage
        // ran to the end of the run, 12 s): the failure plus an OPEN/KEEPALIVE exchange and an UPDATE, four trips of
        // under 7 ms over Melbourne–Sydney, and up to two 20 ms voice spacings.
        Assert.InRange(single.OutageSeconds.Mean, 8.0, 8.0 + 4 * 0.007 + 2 * 0.02);
        // The last voice packet before the failure leaves up to one 20 ms spacing early; the withdrawal crosses
        // Melbourne–Sydney (≈ 6 ms) before the site switches.
        Assert.InRange(dual.OutageSeconds.Mean, 0.6 - 0.02, 0.9 + 0.05);
        // One MCR loses at least 8 s of the 18 s measured, two at most 0.95 s: at least 8.4 times less.
        Assert.True(dual.LossRatio.Mean < single.LossRatio.Mean / 8, $"loss {dual.LossRatio.Mean:P2} with two MCRs, {single.LossRatio.Mean:P2} with one");
    }
}
