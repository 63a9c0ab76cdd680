using FabricSim.Engine.Time;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.Tests.Resilience;

/// <summary>The failover outage of a moved flow equals the timer formula of the session that failed (docs/model-notes.md).</summary>
public sealed class FailoverTimerTests
{
    private static SimTime OutageWhenP1Fails(string text)
    {
        var option = Assert.Single(ResilienceStudy.Run(ScenarioLoader.LoadText(text, "t.yaml")).Options);
        var set = Assert.Single(option.Sets, s => s.Name == "p1");
        var outages = set.Flows.Select(f => f.Outage).Distinct().ToList();
        return Assert.Single(outages)!.Value;
    }

    [Fact]
    public void Without_BFD_the_outage_is_the_smaller_hold_time_of_the_customer_router_and_AWS()
    {
        // The session proposes hold 60 s, AWS Direct Connect 90 s: RFC 4271 takes the smaller.
        Assert.Equal(SimTime.FromSeconds(60), OutageWhenP1Fails(TwoPortScenario.Text(bgp1: "keepalive: 20s, hold: 60s")));
    }

    [Fact]
    public void With_BFD_the_outage_is_the_agreed_interval_times_the_multiplier()
    {
        // 300 ms x 3 on the customer's side and at AWS: 0.9 s.
        Assert.Equal(SimTime.FromMilliseconds(900), OutageWhenP1Fails(TwoPortScenario.Text(bgp1: "bfd: true")));
    }

    [Fact]
    public void A_flow_whose_path_does_not_change_has_no_outage()
    {
        var option = Assert.Single(ResilienceStudy.Run(ScenarioLoader.LoadText(TwoPortScenario.Text(), "t.yaml")).Options);
        Assert.All(Assert.Single(option.Sets, s => s.Name == "v2").Flows, f => Assert.Equal(SimTime.Zero, f.Outage));
    }
}
