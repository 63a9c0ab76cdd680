using FabricSim.Engine.Random;
using FabricSim.Engine.Statistics;
using MathNet.Numerics.Distributions;

namespace FabricSim.Scenarios.Resilience;

/// <summary>
/// Availability by simulation, the check on the exact enumeration: each month is an independent replication in which
/// every element fails and is repaired at exponential times (<see cref="ElementHistory"/>, one stream per month and
/// element from the scenario's seed), and a flow is down while the elements then down leave it no path, by the same
/// routing as the study. A month's down share is one observation; the mean over months estimates the unavailability
/// with a Student-t 95 % interval. Months are independent and start in the stationary state, so no batching or
/// warm-up is needed. Down shares are mostly zero when outages are rare: with fewer than <see cref="NormalMonths"/>
/// months that saw any downtime the normal approximation is not trusted, and the interval is [0, the Clopper–Pearson
/// 97.5 % upper bound of the share of months with downtime], a true bound since a month's down share is at most 1.
/// </summary>
internal sealed class MonteCarloAvailability(OptionFailures model, IReadOnlyList<FailureElement> elements, ComponentReliability reliability)
{
    /// <summary>Months with downtime below which the interval is the bound the count allows.</summary>
    public const int NormalMonths = 10;

    private const double Level = 0.95;
    private const double MonthHours = FlowAvailability.MinutesPerMonth / 60;

    /// <summary>Which flows each combination of elements down cuts, by the combination's indices.</summary>
    private readonly Dictionary<string, bool[]> _cuts = new(StringComparer.Ordinal);

    /// <summary>Records which flows an enumerated set cuts, so months that land on it are not routed again.</summary>
    public void Know(IEnumerable<FailureElement> set, IReadOnlyList<FlowOutcome> flows)
    {
        var position = set.Select(e => IndexOf(e)).Order();
        _cuts.TryAdd(string.Join(",", position), flows.Select(f => f.Lost).ToArray());
    }

    private int IndexOf(FailureElement element)
    {
        for (int e = 0; e < elements.Count; e++)
        {
            if (ReferenceEquals(elements[e], element))
            {
                return e;
            }
        }
        throw new ArgumentException($"'{element.Name}' is not an element of this option.", nameof(element));
    }

    public IReadOnlyList<SampledAvailability> Sample(IReadOnlyList<FlowPath> intact, ulong seed, string option, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        double span = MonthHours * 3600;
        var times = elements.Select(e => reliability.Times(e)).Select(t => (Mtbf: t.Mtbf.TotalSeconds, Mttr: t.Mttr.TotalSeconds)).ToArray();
        var shares = intact.Select(_ => new RunningStatistics()).ToArray();
        var affected = new int[intact.Count];
        var changes = new List<(double At, int Element, bool Down)>();
        var down = new bool[elements.Count];
        var downFor = new double[intact.Count];
        for (int month = 0; month < months; month++)
        {
            var streams = new RandomStreams(seed, month);
            changes.Clear();
            for (int e = 0; e < elements.Count; e++)
            {
                down[e] = ElementHistory.Draw(streams.Get($"availability/{option}/{elements[e].Name}"), e, times[e].Mtbf, times[e].Mttr, span, changes);
            }
            changes.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Element.CompareTo(b.Element));
            Array.Clear(downFor);
            double from = 0;
            for (int i = 0; i <= changes.Count; i++)
            {
                // The month's end closes its last interval.
                double at = i < changes.Count ? changes[i].At : span;
                var cut = Cut(intact, down);
                for (int f = 0; f < intact.Count; f++)
                {
                    downFor[f] += cut[f] ? at - from : 0;
                }
                from = at;
                if (i < changes.Count)
                {
                    down[changes[i].Element] = changes[i].Down;
                }
            }
            for (int f = 0; f < intact.Count; f++)
            {
                double share = intact[f].Reached ? downFor[f] / span : 1.0;
                shares[f].Add(share);
                affected[f] += share > 0 ? 1 : 0;
            }
        }
        return shares.Select((s, f) => Interval(s, affected[f], months)).ToList();
    }

    private bool[] Cut(IReadOnlyList<FlowPath> intact, bool[] down)
    {
        var indices = Enumerable.Range(0, down.Length).Where(e => down[e]).ToList();
        string key = string.Join(",", indices);
        if (!_cuts.TryGetValue(key, out var cut))
        {
            var now = indices.Count == 0 ? intact : model.Paths(new FailureSet(indices.Select(e => elements[e]).ToList(), "sampled").Down);
            cut = intact.Select((path, f) => path.Reached && !now[f].Reached).ToArray();
            _cuts[key] = cut;
        }
        return cut;
    }

    /// <summary>The 95 % interval of the availability from the months' down shares.</summary>
    internal static SampledAvailability Interval(RunningStatistics downShare, int monthsWithDowntime, int months)
    {
        double unavailability = downShare.Mean;
        if (monthsWithDowntime == months && downShare.Variance == 0)
        {
            return new SampledAvailability(1 - unavailability, 1 - unavailability, 1 - unavailability, months, monthsWithDowntime);
        }
        if (monthsWithDowntime >= NormalMonths)
        {
            var interval = ConfidenceInterval.FromSample(unavailability, downShare.StandardDeviation, months, Level);
            return new SampledAvailability(1 - unavailability, Math.Max(0, 1 - interval.Upper), Math.Min(1, 1 - interval.Lower), months, monthsWithDowntime);
        }
        double upper = monthsWithDowntime == months ? 1 : Beta.InvCDF(monthsWithDowntime + 1, months - monthsWithDowntime, 1 - (1 - Level) / 2);
        return new SampledAvailability(1 - unavailability, 1 - upper, 1, months, monthsWithDowntime);
    }
}
