using FabricSim.Engine.Time;
using FabricSim.Network.Units;
using FabricSim.Scenarios.Decision;
using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;

namespace FabricSim.Scenarios.Tests.Decision;

using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>
/// The verdict's logic on hand-built results: a check passes or fails only when its whole interval is on one side
/// of the bound, the cheapest passing option is recommended, and every other option gets its reason.
/// </summary>
public class VerdictBuilderTests
{
    private const double MeasuredSeconds = 9;

    private static Estimate E(double mean, double halfWidth, int replications = 5) => new(mean, halfWidth, 0.95, replications);

    private static FlowSummary Flow(string option, string name, double p99Ms, double p99Half, double lossRatio = 0, double throughputBps = 1e6,
        double outageSeconds = 0, string trafficClass = "5") =>
        new(option, name, "a", "b", trafficClass, 1000, 1000, E(throughputBps, 0), E(1, 0), E(1, 0), E(1, 0), E(p99Ms, p99Half), E(2, 0),
            E(0.5, 0), E(lossRatio, 0), E(outageSeconds, 0));

    private static OptionResult Option(string name, double cost, params FlowSummary[] flows) =>
        new(name, "", flows, [], [], [], [new CostLine(name, "port", "port", 1, "month", cost, cost, "test")], "");

    private static ScenarioResult Result(params OptionResult[] options) =>
        new("t", "", 1, 5, MeasuredSeconds + 1, 1, options, []);

    private static Requirements P99Below(double ms) =>
        new(null, [new FlowRequirement("voice", null, null, null, SimTime.FromMilliseconds((long)ms), null, null, null, null)]);

    [Fact]
    public void An_interval_wholly_inside_the_bound_passes()
    {
        var verdict = VerdictBuilder.Decide(P99Below(150), Result(Option("a", 100, Flow("a", "voice", 140, 9.9))))!;
        var check = Assert.Single(verdict.Options[0].Checks);
        Assert.Equal(Outcome.Pass, check.Outcome);
        Assert.Equal(10, check.Margin, 9);
        Assert.Equal("a", verdict.Recommended);
    }

    [Fact]
    public void An_interval_touching_the_bound_from_inside_passes_and_one_reaching_past_it_is_inconclusive()
    {
        Assert.Equal(Outcome.Pass, VerdictBuilder.Decide(P99Below(150), Result(Option("a", 1, Flow("a", "voice", 140, 10))))!.Options[0].Outcome);
        var open = VerdictBuilder.Decide(P99Below(150), Result(Option("a", 1, Flow("a", "voice", 140, 10.5))))!;
        var check = Assert.Single(open.Options[0].Checks);
        Assert.Equal(Outcome.Inconclusive, check.Outcome);
        Assert.True(check.Straddles);
        Assert.Null(open.Recommended);
        Assert.Contains("not settled", open.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interval_wholly_outside_the_bound_fails_and_one_touching_it_from_outside_is_inconclusive()
    {
        Assert.Equal(Outcome.Fail, VerdictBuilder.Decide(P99Below(150), Result(Option("a", 1, Flow("a", "voice", 160, 9.9))))!.Options[0].Outcome);
        Assert.Equal(Outcome.Inconclusive, VerdictBuilder.Decide(P99Below(150), Result(Option("a", 1, Flow("a", "voice", 160, 10))))!.Options[0].Outcome);
    }

    [Fact]
    public void Replications_to_settle_follow_the_square_root_law()
    {
        // Half-width 20 at 5 replications, mean 10 inside the bound: the half-width must halve, so 4 x 5 = 20 replications.
        var verdict = VerdictBuilder.Decide(P99Below(150), Result(Option("a", 1, Flow("a", "voice", 140, 20))))!;
        var check = Assert.Single(verdict.Options[0].Checks);
        Assert.Equal(20, check.ReplicationsToSettle);
        Assert.Contains("about 20 replications would settle it", verdict.Options[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mean_on_the_bound_cannot_be_settled_by_more_replications()
    {
        var check = Assert.Single(VerdictBuilder.Decide(P99Below(150), Result(Option("a", 1, Flow("a", "voice", 150, 5))))!.Options[0].Checks);
        Assert.Equal(Outcome.Inconclusive, check.Outcome);
        Assert.Null(check.ReplicationsToSettle);
        Assert.Contains("sits on the bound", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_replication_is_inconclusive_whatever_its_value()
    {
        var flow = Flow("a", "voice", 10, double.NaN) with { LatencyP99Ms = E(10, double.NaN, 1) };
        var check = Assert.Single(VerdictBuilder.Decide(P99Below(150), Result(Option("a", 1, flow)))!.Options[0].Checks);
        Assert.Equal(Outcome.Inconclusive, check.Outcome);
        Assert.Contains("at least 2", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deterministic_figure_is_decided_by_its_value()
    {
        Assert.Equal(Outcome.Pass, VerdictBuilder.Decide(P99Below(150), Result(Option("a", 1, Flow("a", "voice", 150, 0))))!.Options[0].Outcome);
        Assert.Equal(Outcome.Fail, VerdictBuilder.Decide(P99Below(150), Result(Option("a", 1, Flow("a", "voice", 150.001, 0))))!.Options[0].Outcome);
    }

    [Fact]
    public void The_cheapest_passing_option_is_recommended_and_each_other_option_gets_its_reason()
    {
        var verdict = VerdictBuilder.Decide(P99Below(150), Result(
            Option("dear", 900, Flow("dear", "voice", 20, 1)),
            Option("cheap", 300, Flow("cheap", "voice", 30, 1)),
            Option("slow", 100, Flow("slow", "voice", 182, 4))))!;
        Assert.Equal("cheap", verdict.Recommended);
        Assert.StartsWith("Recommended: cheap", verdict.Summary, StringComparison.Ordinal);
        var slow = verdict.Options.Single(o => o.Option == "slow");
        Assert.Equal(Outcome.Fail, slow.Outcome);
        Assert.Equal("fails voice p99 latency 182 ± 4 ms against at most 150 ms.", slow.Explanation);
        Assert.Equal(Outcome.Pass, verdict.Options.Single(o => o.Option == "dear").Outcome);
    }

    [Fact]
    public void Options_that_cost_the_same_are_split_by_the_room_on_their_tightest_requirement()
    {
        var verdict = VerdictBuilder.Decide(P99Below(150), Result(
            Option("tight", 500, Flow("tight", "voice", 140, 1)),
            Option("roomy", 500.5, Flow("roomy", "voice", 60, 1))))!;
        Assert.Equal("roomy", verdict.Recommended);
        Assert.Contains("tight costs about the same", verdict.Summary, StringComparison.Ordinal);
        Assert.Contains("60% inside the bound", verdict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_over_budget_fails_on_cost()
    {
        var requirements = P99Below(150) with { MonthlyBudgetUsd = 400 };
        var verdict = VerdictBuilder.Decide(requirements, Result(Option("a", 450, Flow("a", "voice", 10, 1))))!;
        Assert.Null(verdict.Recommended);
        Assert.Equal("No option meets the requirements.", verdict.Summary);
        Assert.Contains("monthly cost 450 USD/month against at most 400 USD/month", verdict.Options[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_flow_fails_every_bound_with_the_reason()
    {
        var flow = Flow("a", "voice", double.NaN, double.NaN) with { Unreachable = true };
        var check = Assert.Single(VerdictBuilder.Decide(P99Below(150), Result(Option("a", 1, flow)))!.Options[0].Checks);
        Assert.Equal(Outcome.Fail, check.Outcome);
        Assert.Equal("unreachable by routing policy", check.Reason);
    }

    [Fact]
    public void Lower_bounds_loss_and_availability_are_read_in_their_units()
    {
        var requirements = new Requirements(null,
            [new FlowRequirement(null, 5, "voice", null, null, null, 0.01, DataRate.FromMegabitsPerSecond(2), 0.99)]);
        // 3 Mbit/s, 0.5 % loss, 0.045 s outage in 9 s measured = 99.5 % available.
        var flow = Flow("a", "voice", 10, 1, lossRatio: 0.005, throughputBps: 3e6, outageSeconds: 0.045);
        var checks = VerdictBuilder.Decide(requirements, Result(Option("a", 1, flow, Flow("a", "bulk", 10, 1, trafficClass: "1"))))!.Options[0].Checks;
        Assert.Equal(3, checks.Count);
        Assert.All(checks, c => Assert.Equal("voice", c.Flow));
        var loss = checks.Single(c => c.Metric == "loss");
        Assert.Equal((0.5, 1.0), (loss.Measured.Mean, loss.Bound));
        var throughput = checks.Single(c => c.Metric == "throughput");
        Assert.Equal((3.0, 2.0, false), (throughput.Measured.Mean, throughput.Bound, throughput.IsUpperBound));
        var availability = checks.Single(c => c.Metric == "availability");
        Assert.Equal(99.5, availability.Measured.Mean, 9);
        Assert.All(checks, c => Assert.Equal(Outcome.Pass, c.Outcome));
    }

    [Fact]
    public void Loss_and_availability_intervals_stay_within_their_ranges_in_the_verdicts_units()
    {
        // Loss 0.2 % ± 0.5 % is clipped at 0 %; an outage of 0.01 ± 0.05 s is clipped at 0 s, so availability at 100 %.
        var requirements = new Requirements(null, [new FlowRequirement("voice", null, null, null, null, null, 0.01, null, 0.99)]);
        var flow = Flow("a", "voice", 10, 1) with
        {
            LossRatio = new Estimate(0.002, 0.005, 0.95, 5) { Floor = 0, Ceiling = 1 },
            OutageSeconds = new Estimate(0.01, 0.05, 0.95, 5) { Floor = 0 },
        };
        var checks = VerdictBuilder.Decide(requirements, Result(Option("a", 1, flow)))!.Options[0].Checks;

        var loss = checks.Single(c => c.Metric == "loss");
        Assert.Equal((0.0, 0.7), (loss.Measured.Lower, Math.Round(loss.Measured.Upper, 9)));
        var availability = checks.Single(c => c.Metric == "availability");
        Assert.Equal(100, availability.Measured.Upper, 9);
        Assert.True(availability.Measured.Lower < 100);
    }

    [Fact]
    public void A_requirement_on_a_demand_selects_both_directions_of_a_request_response()
    {
        var requirements = new Requirements(null, [new FlowRequirement("api", null, null, null, SimTime.FromMilliseconds(50), null, null, null, null)]);
        var verdict = VerdictBuilder.Decide(requirements, Result(Option("a", 1,
            Flow("a", "api/request", 10, 1), Flow("a", "api/response", 10, 1), Flow("a", "apis", 10, 1))))!;
        Assert.Equal(["api/request", "api/response"], verdict.Options[0].Checks.Select(c => c.Flow));
    }

    [Fact]
    public void No_requirements_and_sweeps_give_no_verdict()
    {
        Assert.Null(VerdictBuilder.Decide(Requirements.None, Result(Option("a", 1, Flow("a", "voice", 10, 1)))));
        Assert.Null(VerdictBuilder.Decide(P99Below(150), Result()));
    }
}
