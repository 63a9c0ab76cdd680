using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.Tests.Resilience;

/// <summary>Unit tests of failure-set enumeration on the hand-countable two-port fabric.</summary>
public sealed class FailureEnumerationTests
{
    private static OptionResilience Study(string text, int? order = null) =>
        Assert.Single(ResilienceStudy.Run(ScenarioLoader.LoadText(text, "t.yaml"), order).Options);

    [Fact]
    public void Six_elements_give_six_single_failures_and_the_three_pairs_that_share_the_PoP()
    {
        // Singles: p1, p2, v1, v2, aws-syd-edge, SYD1. Same PoP SYD1: p1, p2 and AWS's edge, so 3 pairs.
        var option = Study(TwoPortScenario.Text());
        Assert.Equal(6, option.ElementCount);
        Assert.Equal(["p1", "p2", "v1", "v2", "aws-syd-edge", "SYD1"], option.Sets.Where(s => s.Elements.Count == 1).Select(s => s.Name));
        Assert.Equal(["p1 + p2", "p1 + aws-syd-edge", "p2 + aws-syd-edge"], option.Sets.Where(s => s.Elements.Count == 2).Select(s => s.Name));
    }

    [Fact]
    public void Order_two_adds_every_pair_of_the_six_elements_once()
    {
        var option = Study(TwoPortScenario.Text(), order: 2);
        Assert.Equal(6 + 15, option.Sets.Count);
        Assert.Equal(option.Sets.Count, option.Sets.Select(s => s.Name).Distinct().Count());
    }

    [Fact]
    public void A_pair_in_two_groups_is_studied_once_with_both_reasons()
    {
        var option = Study(TwoPortScenario.Text(", diversity_zone: red", ", diversity_zone: red"));
        var pair = Assert.Single(option.Sets, s => s.Name == "p1 + p2");
        Assert.Equal("same PoP SYD1; diversity zone SYD1 red", pair.Reason);
        Assert.Equal(9, option.Sets.Count);
    }

    [Fact]
    public void Listed_sets_and_user_groups_are_added_to_the_enumeration()
    {
        var option = Study(TwoPortScenario.Text(extra: """

            resilience:
              failure_sets: [{name: both-vxcs, elements: [v1, v2]}]
              shared_risk_groups: [{name: duct, elements: [v1, SYD1]}]
            """));
        Assert.Equal("listed: both-vxcs", Assert.Single(option.Sets, s => s.Name == "v1 + v2").Reason);
        Assert.Equal("group duct", Assert.Single(option.Sets, s => s.Name == "v1 + SYD1").Reason);
        Assert.Equal(11, option.Sets.Count);
    }

    [Fact]
    public void An_unknown_element_in_the_resilience_block_is_an_error_at_its_line_and_column_with_the_valid_names()
    {
        // The cloud's edge is named as the packet model and 'failures:' name it, not '<cloud>/edge'.
        string text = TwoPortScenario.Text(extra: """

            resilience:
              shared_risk_groups: [{name: duct, elements: [v1, aws-syd/edge]}]
            """);
        var error = Assert.Single(Assert.Throws<Yaml.ScenarioValidationException>(() => ScenarioLoader.LoadText(text, "t.yaml")).Errors);
        Assert.Equal((19, 52), (error.Line, error.Column));
        Assert.Contains("unknown element 'aws-syd/edge'", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'aws-syd-edge'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("SYD1, aws-syd-edge, p1, p2, v1, v2", error.Fix, StringComparison.Ordinal);
    }
}
