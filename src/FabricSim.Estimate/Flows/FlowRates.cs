using FabricSim.Estimate.Paths;
using FabricSim.Estimate.Rates;

namespace FabricSim.Estimate.Flows;

/// <summary>
/// Rates of every routed flow: max-min fair through the elements' capacities with each flow capped by its own
/// demand; then, along each path, the rate that arrives at each element (the offered rate until the element where
/// the flow's share is cut, the share after it).
/// </summary>
internal static class FlowRates
{
    /// <summary>Relative slack under which an element counts as full.</summary>
    private const double Full = 1e-9;

    /// <returns>The elements that are full.</returns>
    public static IReadOnlySet<PathElement> Allocate(IReadOnlyList<EstimatedFlow> flows)
    {
        var routed = flows.Where(f => f.Path is not null).ToList();
        var elements = routed.SelectMany(f => f.Path!).Distinct().ToList();
        var index = elements.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        var rates = MaxMinAllocation.Allocate(
            elements.Select(e => e.RateBitsPerSecond).ToList(),
            routed.Select(f => f.CapBitsPerSecond).ToList(),
            routed.Select(f => (IReadOnlyList<int>)f.Path!.Select(e => index[e]).ToList()).ToList());
        var load = new double[elements.Count];
        for (int f = 0; f < routed.Count; f++)
        {
            routed[f].AllocatedBitsPerSecond = rates[f];
            foreach (var element in routed[f].Path!)
            {
                load[index[element]] += rates[f];
            }
        }
        var full = elements.Where((e, i) => load[i] >= e.RateBitsPerSecond * (1 - Full)).ToHashSet();
        foreach (var flow in routed)
        {
            double rate = Math.Min(flow.OfferedBitsPerSecond, flow.CapBitsPerSecond);
            flow.ArrivingBitsPerSecond = new double[flow.Path!.Count];
            for (int i = 0; i < flow.Path.Count; i++)
            {
                flow.ArrivingBitsPerSecond[i] = rate;
                if (full.Contains(flow.Path[i]))
                {
                    rate = Math.Min(rate, flow.AllocatedBitsPerSecond);
                }
            }
        }
        return full;
    }

    /// <summary>Bits per second arriving at each element, all flows together.</summary>
    public static Dictionary<PathElement, double> Arriving(IReadOnlyList<EstimatedFlow> flows)
    {
        var arriving = new Dictionary<PathElement, double>();
        foreach (var flow in flows.Where(f => f.Path is not null))
        {
            for (int i = 0; i < flow.Path!.Count; i++)
            {
                arriving[flow.Path[i]] = arriving.GetValueOrDefault(flow.Path[i]) + flow.ArrivingBitsPerSecond[i];
            }
        }
        return arriving;
    }
}
