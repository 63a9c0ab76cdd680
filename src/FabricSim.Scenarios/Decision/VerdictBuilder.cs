using FabricSim.Scenarios.Model;
using FabricSim.Scenarios.Results;

namespace FabricSim.Scenarios.Decision;

// FabricSim.Estimate (the flow-level model) is a namespace too; here Estimate is the result type.
using Estimate = FabricSim.Scenarios.Results.Estimate;

/// <summary>
/// Holds every option of a run to the scenario's requirements. A check passes or fails only when its whole
/// confidence interval lies on one side of the bound; otherwise it is inconclusive, and the verdict says about how
/// many replications would settle it (the half-width shrinks as one over the square root of the replications).
/// </summary>
public static class VerdictBuilder
{
    /// <summary>Costs this close count as the same price: a bill is not known to the last dollar.</summary>
    private const double TieToleranceUsd = 1.0;
    private const double TieToleranceRelative = 0.005;

    /// <param name="study">The resilience study of the scenario: where given, availability bounds are judged on its figures.</param>
    /// <returns>The verdict, or null when the scenario sets no requirements or the result is a sweep.</returns>
    public static Verdict? Decide(Requirements requirements, ScenarioResult result, Resilience.ResilienceResult? study = null)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(result);
        if (requirements.IsEmpty || result.Options.Count == 0)
        {
            return null;
        }
        double measuredSeconds = result.DurationSeconds - result.WarmUpSeconds;
        var options = result.Options.Select(option =>
            Judge(requirements, option, measuredSeconds, result.Replications, study?.Options.FirstOrDefault(o => o.Option == option.Name), study?.Order ?? 0)).ToList();
        return Conclude(options);
    }

    private static OptionVerdict Judge(Requirements requirements, OptionResult option, double measuredSeconds, int replications,
        Resilience.OptionResilience? studied, int order)
    {
        var checks = new List<RequirementCheck>();
        foreach (var requirement in requirements.Flows)
        {
            foreach (var flow in option.Flows.Where(f => requirement.Selects(f.Flow, f.TrafficClass)))
            {
                checks.AddRange(BoundedMetric.Of(requirement, measuredSeconds).Select(metric =>
                    StudiedAvailability.For(metric, studied, flow.Flow, order) is { } fromStudy
                        ? Check(option.Name, flow, requirement.Scope, fromStudy.Metric) with { Basis = fromStudy.Basis }
                        : Check(option.Name, flow, requirement.Scope, metric)));
            }
        }
        if (requirements.MonthlyBudgetUsd is { } budget)
        {
            var cost = new Estimate(option.MonthlyCostUsd, 0, 0.95, replications);
            var outcome = option.MonthlyCostUsd <= budget ? Outcome.Pass : Outcome.Fail;
            checks.Add(new RequirementCheck(option.Name, string.Empty, "budget", "monthly cost", "USD/month", budget, true, cost, outcome,
                budget - option.MonthlyCostUsd, null, null));
        }
        var overall = checks.Any(c => c.Outcome == Outcome.Fail) ? Outcome.Fail
            : checks.Any(c => c.Outcome == Outcome.Inconclusive) ? Outcome.Inconclusive
            : Outcome.Pass;
        return new OptionVerdict(option.Name, option.MonthlyCostUsd, overall, checks, Explain(overall, checks, option.MonthlyCostUsd));
    }

    internal static RequirementCheck Check(string option, FlowSummary flow, string scope, BoundedMetric metric)
    {
        RequirementCheck Make(Estimate measured, Outcome outcome, double margin, int? settle, string? reason) =>
            new(option, flow.Flow, scope, metric.Name, metric.Unit, metric.Bound, metric.IsUpperBound, measured, outcome, margin, settle, reason);

        var measured = metric.Measure(flow);
        if (flow.Unreachable)
        {
            return Make(measured, Outcome.Fail, double.NaN, null, "unreachable by routing policy");
        }
        if (!double.IsFinite(measured.Mean))
        {
            return Make(measured, Outcome.Fail, double.NaN, null, "no packet was delivered");
        }
        double margin = metric.IsUpperBound ? metric.Bound - measured.Mean : measured.Mean - metric.Bound;
        if (double.IsNaN(measured.HalfWidth))
        {
            return Make(measured, Outcome.Inconclusive, margin, null, "one replication gives no confidence interval; run at least 2");
        }
        double inside = metric.IsUpperBound ? metric.Bound - measured.Upper : measured.Lower - metric.Bound;
        double outside = metric.IsUpperBound ? measured.Lower - metric.Bound : metric.Bound - measured.Upper;
        if (inside >= 0)
        {
            return Make(measured, Outcome.Pass, margin, null, null);
        }
        if (outside > 0)
        {
            return Make(measured, Outcome.Fail, margin, null, null);
        }
        if (margin == 0)
        {
            return Make(measured, Outcome.Inconclusive, margin, null, "the mean sits on the bound; more replications cannot settle it");
        }
        return Make(measured, Outcome.Inconclusive, margin, ReplicationsToSettle(measured, Math.Abs(margin)), null);
    }

    /// <summary>
    /// The half-width h at n replications shrinks roughly as 1/√n, so the interval clears the bound at distance d
    /// once n' ≥ n·(h/d)²; the Student-t factor also shrinks, so this slightly overstates what is needed.
    /// </summary>
    internal static int ReplicationsToSettle(Estimate measured, double distance)
    {
        double needed = measured.Replications * Math.Pow(measured.HalfWidth / distance, 2);
        return (int)Math.Min(1_000_000, Math.Max(measured.Replications + 1, Math.Ceiling(needed)));
    }

    private static string Explain(Outcome overall, List<RequirementCheck> checks, double cost)
    {
        string price = VerdictFigures.Format(cost, "USD/month");
        switch (overall)
        {
            case Outcome.Pass:
                return checks.Count == 1 ? $"meets the requirement at {price}" : $"meets all {checks.Count} requirements at {price}";
            case Outcome.Fail:
                var failed = checks.Where(c => c.Outcome == Outcome.Fail).ToList();
                return "fails " + List(failed.Select(Describe), failed.Count) + ".";
            default:
                var open = checks.Where(c => c.Outcome == Outcome.Inconclusive).ToList();
                int? settle = open.All(c => c.ReplicationsToSettle is not null) ? open.Max(c => c.ReplicationsToSettle) : null;
                string more = settle is { } n ? $"; about {n} replications would settle it" : string.Empty;
                return "is not settled: " + List(open.Select(Describe), open.Count) + more + ".";
        }
    }

    private static string List(IEnumerable<string> items, int count)
    {
        var shown = items.Take(2).ToList();
        string text = string.Join("; ", shown);
        return count > shown.Count ? $"{text}; and {count - shown.Count} more" : text;
    }

    private static string Describe(RequirementCheck check)
    {
        string subject = check.Flow.Length == 0 ? check.Metric : $"{check.Flow} {check.Metric}";
        string relation = check.IsUpperBound ? "at most" : "at least";
        string bound = $"{relation} {VerdictFigures.Format(check.Bound, check.Unit)}";
        if (check.Reason is { } reason && (check.Outcome == Outcome.Fail || check.ReplicationsToSettle is null))
        {
            return $"{subject} ({reason}; required {bound})";
        }
        string verb = check.Outcome == Outcome.Inconclusive ? "straddles" : "against";
        string basis = check.Basis is { } from ? $" ({from})" : string.Empty;
        return $"{subject} {VerdictFigures.WithInterval(check.Measured, check.Unit)} {verb} {bound}{basis}";
    }

    private static Verdict Conclude(IReadOnlyList<OptionVerdict> options)
    {
        var passing = options.Where(o => o.Outcome == Outcome.Pass).OrderBy(o => o.MonthlyCostUsd).ToList();
        if (passing.Count == 0)
        {
            var open = options.Where(o => o.Outcome == Outcome.Inconclusive).ToList();
            string summary = open.Count == 0
                ? "No option meets the requirements."
                : $"No option is shown to meet every requirement yet: {string.Join(" and ", open.Select(o => o.Option))} "
                  + (open.Count == 1 ? "is" : "are") + " not settled by the replications run.";
            return new Verdict(null, summary, options);
        }
        double cheapest = passing[0].MonthlyCostUsd;
        var tied = passing.Where(o => o.MonthlyCostUsd - cheapest <= Math.Max(TieToleranceUsd, TieToleranceRelative * cheapest)).ToList();
        var chosen = tied.OrderByDescending(WorstRelativeMargin).First();
        string text = $"Recommended: {chosen.Option}, the cheapest option that meets every requirement ({VerdictFigures.Format(chosen.MonthlyCostUsd, "USD/month")}).";
        if (tied.Count > 1)
        {
            var others = tied.Where(o => o != chosen).Select(o => o.Option);
            text += $" {string.Join(" and ", others)} cost{(tied.Count == 2 ? "s" : "")} about the same; {chosen.Option} has the most room"
                + $" on its tightest requirement ({WorstRelativeMargin(chosen) * 100:0.#}% inside the bound).";
        }
        return new Verdict(chosen.Option, text, options);
    }

    /// <summary>The smallest margin of an option's checks as a share of its bound: how close it runs to its tightest requirement.</summary>
    private static double WorstRelativeMargin(OptionVerdict option)
    {
        var margins = option.Checks.Where(c => c.Bound != 0 && double.IsFinite(c.Margin)).Select(c => c.Margin / Math.Abs(c.Bound)).ToList();
        return margins.Count == 0 ? 0 : margins.Min();
    }
}
