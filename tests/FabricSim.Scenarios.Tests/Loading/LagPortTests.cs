using FabricSim.Network.Units;
using FabricSim.Scenarios.Cost;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Resilience;
using FabricSim.Scenarios.Running;
using FabricSim.Scenarios.Yaml;

namespace FabricSim.Scenarios.Tests.Loading;

/// <summary>
/// LAG ports as Megaport sells them (docs.megaport.com/connections/lag/): up to 8 members of 10 or 100 Gbps, all at
/// one speed on one device, priced as that many ports, carrying their sum. A member fails as "port/member-k": the
/// study counts it as an element that lowers capacity and cuts nothing, while all members down cut the port.
/// </summary>
public sealed class LagPortTests
{
    // Line numbers below count from the first line of this text (the port is on line 9).
    private const string Valid = """
        name: lag
        run: {duration: 2s, warmup: 500ms, seed: 4, replications: 2}
        sites:
          - {name: dc, pop: FRA1, prefixes: [192.168.0.0/16]}
        clouds:
          - {name: aws-fra, provider: aws, region: eu-central-1, prefixes: [10.20.0.0/16]}
        options:
          - name: lag
            ports: [{name: dc-lag, site: dc, speed: 10Gbps, lag: 3}]
            vxcs:
              - {name: v1, a: dc-lag, b: aws-fra, rate: 25Gbps, cloud: {type: aws_hosted}}
        traffic:
          - {name: app, from: dc, to: aws-fra, type: cbr, rate: 50Mbps, packet_size: 1000B}
        resilience: {order: 2}
        """;

    private static string Replace(string oldText, string newText)
    {
        Assert.Contains(oldText, Valid, StringComparison.Ordinal);
        return Valid.Replace(oldText, newText, StringComparison.Ordinal);
    }

    private static ScenarioError Error(string text)
    {
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "lag.yaml"));
        return Assert.Single(ex.Errors);
    }

    [Fact]
    public void A_LAG_port_carries_its_members_summed_speed_so_a_VXC_may_exceed_one_member()
    {
        var port = Assert.Single(Assert.Single(ScenarioLoader.LoadText(Valid, "lag.yaml").Options).Ports);
        Assert.Equal((3, DataRate.Parse("10Gbps"), DataRate.Parse("30Gbps")), (port.LagMembers, port.Speed, port.Capacity));
        Assert.Equal(["dc-lag/member-1", "dc-lag/member-2", "dc-lag/member-3"], port.MemberNames);
    }

    [Fact]
    public void More_members_than_Megaport_bundles_are_refused_where_lag_is_written()
    {
        var error = Error(Replace("lag: 3}", "lag: 9}"));
        Assert.StartsWith("port 'dc-lag' bundles 9 ports; a Megaport LAG holds at most 8 (docs.megaport.com/connections/lag/", error.Message, StringComparison.Ordinal);
        Assert.Equal((9, 58), (error.Line, error.Column));
        Assert.Contains("lag: 8", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Mixed_member_speeds_are_refused_at_the_member_that_differs()
    {
        var error = Error(Replace("lag: 3}", "lag: 3, member_speeds: [10Gbps, 10Gbps, 100Gbps]}"));
        Assert.StartsWith("port 'dc-lag' mixes member speeds (100Gbps beside the port's 10Gbps)", error.Message, StringComparison.Ordinal);
        Assert.Equal((9, 93), (error.Line, error.Column));
        Assert.Contains("own", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_LAG_of_1_Gbps_ports_is_refused_because_Megaport_bundles_10_and_100_Gbps_only()
    {
        var error = Error(Replace("speed: 10Gbps, lag: 3}", "speed: 1Gbps, lag: 3}").Replace("rate: 25Gbps", "rate: 1Gbps", StringComparison.Ordinal));
        Assert.StartsWith("a LAG of 1Gbps ports is not offered; LAG members run at 10Gbps or 100Gbps", error.Message, StringComparison.Ordinal);
        Assert.Equal((9, 45), (error.Line, error.Column));
    }

    [Fact]
    public void A_VXC_above_the_LAGs_capacity_is_refused()
    {
        var error = Error(Replace("lag: 3}", "lag: 2}"));
        Assert.Equal("rate 25Gbps of vxc 'v1' exceeds the speed 20Gbps of its port 'dc-lag'", error.Message);
    }

    [Fact]
    public void A_LAG_is_priced_as_its_member_ports()
    {
        var scenario = ScenarioLoader.LoadText(Valid, "lag.yaml");
        var single = ScenarioLoader.LoadText(Replace(", lag: 3}", "}").Replace("rate: 25Gbps", "rate: 10Gbps", StringComparison.Ordinal), "single.yaml");
        double Port(Scenario s) => CostModel.Monthly(s, s.Options[0], new Dictionary<string, DataRate>()).Where(l => l.Category == "port").Sum(l => l.MonthlyUsd);
        Assert.Equal(3 * Port(single), Port(scenario), 2);
        Assert.True(Port(single) > 0);
    }

    [Fact]
    public void A_member_failure_is_accepted_by_name_and_a_name_beyond_the_members_is_not()
    {
        var scenario = ScenarioLoader.LoadText(Valid + "\nfailures:\n  - {element: dc-lag/member-2, at: 1s, for: 500ms}\n", "lag.yaml");
        Assert.Equal("dc-lag/member-2", Assert.Single(scenario.Failures).Element);
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadText(Valid + "\nfailures:\n  - {element: dc-lag/member-4, at: 1s, for: 500ms}\n", "lag.yaml"));
        Assert.Contains(ex.Errors, e => e.Message.StartsWith("unknown element 'dc-lag/member-4'", StringComparison.Ordinal));
    }

    [Fact]
    public void In_the_study_a_member_lowers_capacity_and_cuts_nothing_while_all_members_cut_the_port()
    {
        // 25 Gbit/s offered over a 3 x 10 Gbps LAG: one member down leaves 20 Gbit/s, a 5 Gbit/s shortfall, no cut.
        // With order 2 the study sees pairs, so the port's own failure stands for all members down.
        var scenario = ScenarioLoader.LoadText(Replace("rate: 50Mbps", "rate: 25Gbps"), "lag.yaml");
        var option = Assert.Single(ResilienceStudy.Run(scenario).Options);
        var member = option.Sets.Single(s => s.Name == "dc-lag/member-1");
        var flow = Assert.Single(member.Flows);
        Assert.False(flow.Lost);
        Assert.Equal(5e9, flow.ShortfallBitsPerSecond, 1e6);
        var two = option.Sets.Single(s => s.Elements.Order().SequenceEqual(["dc-lag/member-1", "dc-lag/member-2"]));
        Assert.False(Assert.Single(two.Flows).Lost);
        Assert.Equal(15e9, Assert.Single(two.Flows).ShortfallBitsPerSecond, 1e6);
        Assert.True(Assert.Single(option.Sets.Single(s => s.Name == "dc-lag").Flows).Lost);
    }

    [Fact]
    public void In_the_study_the_pair_of_both_members_of_a_two_member_LAG_cuts_the_flow()
    {
        var scenario = ScenarioLoader.LoadText(Replace("lag: 3}", "lag: 2}").Replace("rate: 25Gbps", "rate: 10Gbps", StringComparison.Ordinal), "lag.yaml");
        var option = Assert.Single(ResilienceStudy.Run(scenario).Options);
        Assert.False(Assert.Single(option.Sets.Single(s => s.Name == "dc-lag/member-2").Flows).Lost);
        var both = option.Sets.Single(s => s.Elements.Order().SequenceEqual(["dc-lag/member-1", "dc-lag/member-2"]));
        Assert.True(Assert.Single(both.Flows).Lost);
    }

    [Fact]
    public void A_member_failure_in_a_packet_run_loses_nothing_when_one_member_carries_the_traffic()
    {
        // 50 Mbit/s over a 3 x 10 Gbps LAG: with a member down the port still runs at 20 Gbps, so no packet is lost
        // and the delivery never pauses (no path change, no BGP event).
        var scenario = ScenarioLoader.LoadText(Valid + "\nfailures:\n  - {element: dc-lag/member-1, at: 1s, for: 500ms}\n", "lag.yaml");
        var flow = Assert.Single(Assert.Single(Simulation.Run(scenario, new RunOptions(Jobs: 1)).Options).Flows);
        Assert.Equal(0, flow.LossRatio.Mean);
        Assert.Equal(0, flow.OutageSeconds.Mean);
        Assert.InRange(flow.ThroughputBitsPerSecond.Mean, 49.9e6, 50.1e6);
    }
}
