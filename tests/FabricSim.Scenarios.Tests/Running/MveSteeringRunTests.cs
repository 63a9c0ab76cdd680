using FabricSim.Engine.Time;
using FabricSim.Network.Geography;
using FabricSim.Scenarios.Descriptions;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;
using FabricSim.Scenarios.Running;

namespace FabricSim.Scenarios.Tests.Running;

/// <summary>
/// The bundled MVE scenario through the runner, shortened to one replication: what each application class
/// experiences follows from the MVE's thresholds and its transports' configured quality.
/// </summary>
public sealed class MveSteeringRunTests
{
    private static readonly Lazy<(Scenario Scenario, OptionResult Option)> Outcome = new(() =>
    {
        var loaded = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "sdwan-mve.yaml"));
        // Long enough after warm-up for a few hundred voice packets; the warm-up covers the first steering decision.
        var scenario = loaded with
        {
            Run = loaded.Run with { Duration = SimTime.FromSeconds(8), WarmUp = SimTime.FromSeconds(3), Replications = 1 },
            Options = loaded.Options.Where(o => o.Mves.Count > 0).ToList(),
        };
        var result = ScenarioRunner.Run(scenario, new RunOptions(Jobs: 1));
        return (scenario, Assert.Single(result.Options));
    });

    private static Mve TheMve => Assert.Single(Outcome.Value.Scenario.Options.Single(o => o.Name == Outcome.Value.Option.Name).Mves);

    private static FlowSummary Flow(string name) => Outcome.Value.Option.Flows.Single(f => f.Flow == name);

    private static InternetPathSettings InternetOf(Mve mve) =>
        mve.Transports.Single(t => t.InternetAccess is not null).Internet ?? InternetPathSettings.Default;

    [Fact]
    public void Voice_leaves_the_internet_transport_whose_loss_breaks_its_threshold_and_rides_the_vxc()
    {
        var mve = TheMve;
        var voicePolicy = mve.Applications.Single(a => a.QosClass == 5);
        var internet = InternetOf(mve);
        Assert.True(internet.LossRate > voicePolicy.MaxLossRate, "the scenario must make the Internet too lossy for voice");
        Assert.Equal("inet", mve.Transports[0].Name);

        var voice = Flow("voice");
        Assert.True(voice.PacketsReceived > 1000, $"only {voice.PacketsReceived} voice packets measured");
        Assert.Equal(0.0, voice.LossRatio.Mean, 6);
        // The VXC's backbone path is the same both ways: voice takes as long as the traffic BGP routes back over the VXC.
        Assert.Equal(Flow("reports").LatencyP50Ms.Mean, voice.LatencyP50Ms.Mean, 1);
        Assert.Contains("voice: now on vxc", Outcome.Value.Option.LookingGlass, StringComparison.Ordinal);
    }

    [Fact]
    public void Business_without_a_loss_threshold_stays_on_the_cheaper_first_transport_and_sees_its_loss_and_delay()
    {
        var mve = TheMve;
        var businessPolicy = mve.Applications.Single(a => a.QosClass == 3);
        Assert.Null(businessPolicy.MaxLossRate);
        var internet = InternetOf(mve);
        var scenario = Outcome.Value.Scenario;
        var pop = scenario.FindPop(mve.Pop).Location;
        var region = scenario.FindCloud("aws-syd")!.RegionLocation;
        double baseDelayMs = InternetPaths.Parameters(internet).BaseDelay(new GeoLocation(pop.LatitudeDegrees, pop.LongitudeDegrees),
            new GeoLocation(region.LatitudeDegrees, region.LongitudeDegrees)).TotalMilliseconds;

        var business = Flow("business");
        Assert.True(business.PacketsReceived > 1000, $"only {business.PacketsReceived} business packets measured");
        // Binomial spread of about 1.5 thousand packets at 5% is ±0.6 points; the band is wider than three of those.
        Assert.InRange(business.LossRatio.Mean, internet.LossRate - 0.02, internet.LossRate + 0.02);
        // Internet propagation plus heavy-tailed jitter: never below the base delay, well under the latency threshold.
        Assert.InRange(business.LatencyP50Ms.Mean, baseDelayMs, businessPolicy.MaxLatency!.Value.TotalMilliseconds);
        Assert.True(business.LatencyP50Ms.Mean > Flow("voice").LatencyP50Ms.Mean, "the Internet path is longer than the VXC's");
        Assert.Contains("business: now on inet", Outcome.Value.Option.LookingGlass, StringComparison.Ordinal);
    }

    [Fact]
    public void Traffic_towards_the_branch_is_routed_back_over_the_vxc_without_loss()
    {
        var reports = Flow("reports");

        Assert.True(reports.PacketsReceived > 500, $"only {reports.PacketsReceived} packets reached the branch");
        Assert.Equal(0.0, reports.LossRatio.Mean, 6);
    }
}
