using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Resilience;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Resilience;

/// <summary>
/// The analytic outage of the study against the packet-level referee on the bundled one-versus-two-MCR scenario, whose
/// run fails mcr-a for 8 s: the study's failover time for the set "mcr-a" must be what the packets measure.
/// </summary>
public sealed class PacketCrossCheckTests
{
    [Fact]
    public void The_study_outage_of_an_MCR_failure_is_what_the_packet_run_measures()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "one-vs-two-mcr.yaml"));
        var study = ResilienceStudy.Run(scenario);
        var run = Simulation.Run(scenario, new RunOptions(Replications: 2, Jobs: 2));

        var analytic = Outage(study, "two-mcr")!.Value.TotalSeconds;
        double packet = run.Options.Single(o => o.Name == "two-mcr").Flows.Single(f => f.Flow == "voice").OutageSeconds.Mean;
        // BFD detects between (detection - one interval) and detection (RFC 5880 jitter and the random phase), the
        // withdrawal then crosses Melbourne-Sydney (about 6 ms), and voice packets are 20 ms apart.
        Assert.Equal(0.9, analytic, 1e-9);
        Assert.InRange(packet, analytic - 0.3 - 0.02, analytic + 0.05);

        // With one MCR the study says the flow is out until repair; the run's 8 s failure is out for its whole length.
        Assert.Null(Outage(study, "one-mcr"));
        Assert.True(run.Options.Single(o => o.Name == "one-mcr").Flows.Single(f => f.Flow == "voice").OutageSeconds.Mean >= 8.0);
    }

    private static Engine.Time.SimTime? Outage(ResilienceResult study, string option) =>
        study.Options.Single(o => o.Option == option).Sets.Single(s => s.Name == "mcr-a").Flows.Single(f => f.Flow == "voice").Outage;
}
