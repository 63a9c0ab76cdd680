using FabricSim.Engine.Statistics;
using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.Tests.Resilience;

/// <summary>
/// Statistical tests of the Monte-Carlo availability (simulated months of exponential failures and repairs) against
/// the exact enumeration and the closed-form series and parallel formulas, on fabrics small enough to know the
/// answer: every check is that the 95 % interval of a fixed-seed sample holds the exact value.
/// </summary>
public sealed class MonteCarloAvailabilityTests
{
    private static readonly string[] Series = ["p1", "v1", "aws-syd-edge", "SYD1"];
    private static readonly string[] Parallel = ["p1", "p2", "v1", "v2", "aws-syd-edge", "SYD1"];

    private static string Reliability(IEnumerable<string> elements, string mtbf) => TwoPortScenario.Reliability(elements, mtbf);

    private static string SinglePort(string extra) => TwoPortScenario.SinglePort(extra);

    private static FlowAvailability Study(string text, int order, int months) =>
        Assert.Single(ResilienceStudy.Run(ScenarioLoader.LoadText(text, "t.yaml"), order, months).Options).Availability[0];

    /// <summary>The sample's interval must meet [exact − left out, exact], where the true value lies.</summary>
    private static void AssertAgrees(FlowAvailability flow)
    {
        var sampled = flow.MonteCarlo!;
        Assert.True(sampled.Low <= flow.Availability && sampled.High >= flow.Availability - flow.LeftOut,
            $"sampled {sampled.Availability} in [{sampled.Low}, {sampled.High}] over {sampled.Months} months; exact {flow.Availability} − {flow.LeftOut}");
    }

    [Fact]
    public void A_series_path_sampled_over_months_holds_the_exact_and_closed_form_availability()
    {
        // Four elements in series, each down 1 % of the time (MTBF 99 h, MTTR 1 h): A = 0.99^4, about 7 failures of
        // each element a month, so nearly every month sees downtime and the normal interval applies.
        var flow = Study(SinglePort(Reliability(Series, "99h")), order: 2, months: 400);
        var sampled = flow.MonteCarlo!;
        AssertAgrees(flow);
        Assert.True(sampled.Contains(Math.Pow(0.99, 4)), $"closed form outside [{sampled.Low}, {sampled.High}]");
        Assert.True(sampled.MonthsWithDowntime >= MonteCarloAvailability.NormalMonths);
        // A month's down share has a standard deviation near sqrt(2 × 29 outages) × 1 h / 730 h ≈ 0.010, so 400 months
        // give a half-width near 1.96 × 0.010 / 20 ≈ 0.001: the interval is that wide, neither collapsed nor vacuous.
        Assert.InRange(sampled.HalfWidth, 0.0004, 0.0025);
    }

    [Fact]
    public void Two_parallel_branches_sampled_over_months_hold_the_series_parallel_formula()
    {
        // Elements down 10 % of the time, so the two branches are down together often enough to measure.
        var flow = Study(TwoPortScenario.Text(extra: Reliability(Parallel, "9h")), order: 2, months: 300);
        double branch = 0.9 * 0.9;
        double closedForm = 0.9 * 0.9 * (1 - (1 - branch) * (1 - branch));
        AssertAgrees(flow);
        Assert.True(flow.MonteCarlo!.Contains(closedForm), $"closed form {closedForm} outside [{flow.MonteCarlo.Low}, {flow.MonteCarlo.High}]");
        Assert.InRange(closedForm, flow.Availability - flow.LeftOut - 1e-12, flow.Availability + 1e-12);
    }

    [Fact]
    public void Ports_in_one_diversity_zone_sampled_over_months_agree_with_the_enumeration_and_its_bound()
    {
        // Order 1 with both ports in one zone: the singles and the shared-risk pairs are enumerated, the rest is
        // the left-out bound, which the sample must meet.
        string text = TwoPortScenario.Text(zone1: ", diversity_zone: red", zone2: ", diversity_zone: red", extra: Reliability(Parallel, "9h"));
        var flow = Study(text, order: 1, months: 300);
        Assert.True(flow.LeftOut > 0.01, "order 1 leaves pairs out at these failure rates");
        AssertAgrees(flow);
    }

    [Fact]
    public void The_same_seed_samples_the_same_months_and_another_seed_others()
    {
        string text = TwoPortScenario.Text(extra: Reliability(Parallel, "9h"));
        var first = Study(text, 1, 50).MonteCarlo;
        var again = Study(text, 1, 50).MonteCarlo;
        var other = Study(text.Replace("seed: 3", "seed: 4", StringComparison.Ordinal), 1, 50).MonteCarlo;
        Assert.Equal(first, again);
        Assert.NotEqual(first!.Availability, other!.Availability);
    }

    [Fact]
    public void Rare_outages_give_the_bound_the_count_allows_not_a_narrow_normal_interval()
    {
        // No month with downtime out of 1000: the Clopper–Pearson 97.5 % upper bound of the share of months with any
        // downtime is 1 − 0.025^(1/1000) (about 0.37 %), and that is how far below 100 % the interval must reach.
        var none = new RunningStatistics();
        for (int month = 0; month < 1000; month++)
        {
            none.Add(0);
        }
        var interval = MonteCarloAvailability.Interval(none, 0, 1000);
        Assert.Equal(1.0, interval.Availability);
        Assert.Equal(1.0, interval.High);
        Assert.Equal(Math.Pow(0.025, 1.0 / 1000), interval.Low, 1e-9);

        // With default catalog figures a redundant design is cut in few months: the interval is that bound.
        var flow = Study(TwoPortScenario.Text(extra: Reliability(Parallel, "100000h")), order: 2, months: 100);
        Assert.True(flow.MonteCarlo!.MonthsWithDowntime < MonteCarloAvailability.NormalMonths);
        Assert.Equal(1.0, flow.MonteCarlo.High);
        Assert.True(flow.MonteCarlo.Low < 0.97, $"low {flow.MonteCarlo.Low} is narrower than {flow.MonteCarlo.MonthsWithDowntime} months with downtime allow");
        AssertAgrees(flow);
    }
}
