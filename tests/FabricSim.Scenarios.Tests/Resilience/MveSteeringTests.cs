using FabricSim.Engine.Time;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.Tests.Resilience;

/// <summary>
/// Reproducer on the bundled SD-WAN scenario: the study used to put voice on the lossy Internet uplink the MVE steers
/// it off, so losing the VXC looked harmless. Voice rides the VXC (the uplink breaks its 1 % loss bound) and moves to
/// the uplink within one steering review when the VXC fails.
/// </summary>
public sealed class MveSteeringTests
{
    [Fact]
    public void Voice_is_steered_onto_the_VXC_and_back_to_the_uplink_within_one_review_when_the_VXC_fails()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(RepositoryFiles.ScenariosFolder, "sdwan-mve.yaml"));
        var option = ResilienceStudy.Run(scenario).Options.Single(o => o.Option == "mve-sdwan");

        Assert.StartsWith("mve-mel/vxc", option.Intact.Single(f => f.Flow == "voice").Path, StringComparison.Ordinal);
        Assert.Equal("mve-mel/inet", option.Intact.Single(f => f.Flow == "business").Path);
        var voice = option.Sets.Single(s => s.Name == "mve-aws").Flows.Single(f => f.Flow == "voice");
        Assert.Equal("mve-mel/inet", voice.Path);
        Assert.Equal(Network.Building.MveSpec.SteeringInterval, voice.Outage);
        Assert.Equal(SimTime.Zero, option.Sets.Single(s => s.Name == "mve-aws").Flows.Single(f => f.Flow == "business").Outage);
    }
}
