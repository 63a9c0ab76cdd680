using FabricSim.Scenarios.Loading;
using FabricSim.Scenarios.Resilience;

namespace FabricSim.Scenarios.Tests.Resilience;

/// <summary>
/// Statistical and theory tests of availability: series and parallel designs against their closed forms, and a
/// Monte-Carlo sample of random element states against the exact enumeration.
/// </summary>
public sealed class AvailabilityTheoryTests
{
    /// <summary>Every element down MTTR / (MTBF + MTTR) = 1 / (99 + 1) = 0.01 of the time, set per element in the file.</summary>
    private const double U = 0.01;

    private static readonly string[] Elements = ["p1", "p2", "v1", "v2", "aws-syd-edge", "SYD1"];

    private static string Reliability(IEnumerable<string> elements, string mtbf = "99h") => TwoPortScenario.Reliability(elements, mtbf);

    private static string SinglePort(string extra) => TwoPortScenario.SinglePort(extra);

    private static FlowAvailability Availability(string text, int order)
    {
        var option = Assert.Single(ResilienceStudy.Run(ScenarioLoader.LoadText(text, "t.yaml"), order).Options);
        return option.Availability[0];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_series_path_is_available_when_every_element_is_up(int order)
    {
        // p1, v1, AWS's edge and SYD1 in series: A = (1 - u)^4; the enumeration brackets it within what it left out.
        var flow = Availability(SinglePort(Reliability(["p1", "v1", "aws-syd-edge", "SYD1"])), order);
        double closedForm = Math.Pow(1 - U, 4);
        Assert.InRange(closedForm, flow.Availability - flow.LeftOut - 1e-12, flow.Availability + 1e-12);
        Assert.True(flow.LeftOut < (order == 1 ? 7e-4 : 5e-6), $"left out {flow.LeftOut}");
    }

    [Fact]
    public void Two_parallel_branches_behind_a_shared_edge_and_PoP_match_the_series_parallel_formula()
    {
        // A = (1 - u)^2 (edge, PoP) x [1 - (1 - (1 - u)^2)^2] (either port-and-VXC branch).
        var flow = Availability(TwoPortScenario.Text(extra: Reliability(Elements)), order: 2);
        double branch = (1 - U) * (1 - U);
        double closedForm = (1 - U) * (1 - U) * (1 - (1 - branch) * (1 - branch));
        Assert.InRange(closedForm, flow.Availability - flow.LeftOut - 1e-12, flow.Availability + 1e-12);
        Assert.True(flow.LeftOut < 3e-5, $"left out {flow.LeftOut}");
        Assert.Equal((1 - flow.Availability) * FlowAvailability.MinutesPerMonth, flow.DowntimeMinutesPerMonth, 1e-9);
    }

    [Fact]
    public void Monte_Carlo_sampling_of_random_failures_agrees_with_the_exact_enumeration_within_its_interval()
    {
        // Elements down 10 % of the time, so that many-failure states matter; 20,000 independent draws.
        const double u = 0.1;
        const int draws = 20_000;
        var scenario = ScenarioLoader.LoadText(TwoPortScenario.Text(extra: Reliability(Elements, mtbf: "9h")), "t.yaml");
        var flow = Assert.Single(ResilienceStudy.Run(scenario, order: 2).Options).Availability[0];
        var option = scenario.Options[0];
        var elements = ResilienceStudy.Elements(scenario, option);
        var model = new OptionFailures(scenario, option);
        var random = new Random(20261204);
        var cut = new Dictionary<int, bool>();
        int down = 0;
        for (int draw = 0; draw < draws; draw++)
        {
            int mask = 0;
            for (int e = 0; e < elements.Count; e++)
            {
                mask |= random.NextDouble() < u ? 1 << e : 0;
            }
            if (!cut.TryGetValue(mask, out bool isCut))
            {
                var set = new FailureSet(elements.Where((_, e) => (mask & (1 << e)) != 0).ToList(), "sampled");
                cut[mask] = isCut = !model.Paths(set.Down)[0].Reached;
            }
            down += isCut ? 1 : 0;
        }
        double estimate = down / (double)draws;
        double halfWidth = 1.96 * Math.Sqrt(estimate * (1 - estimate) / draws);
        // The exact unavailability lies within [1 - A, 1 - A + left out]; the sample's 95 % interval must meet it.
        double low = 1 - flow.Availability, high = low + flow.LeftOut;
        Assert.True(estimate + halfWidth >= low && estimate - halfWidth <= high,
            $"sampled {estimate} ± {halfWidth}, exact within [{low}, {high}]");
    }
}
