using FabricSim.Estimate.Paths;
using FabricSim.Estimate.Rates;

namespace FabricSim.Estimate.Flows;

/// <summary>
/// Rates of every routed flow. Open-loop sources do not slow down: an element offered more than its capacity (a
/// FIFO queue, a policer) passes each of them in the same proportion, capacity / offered, as the packet model's
/// FIFO queues and token buckets do to uncorrelated arrivals; each element sees what the elements before it passed.
/// TCP then shares what capacity is left max-min fairly, each connection capped by its window and loss limits.
/// </summary>
internal static class FlowRates
{
    /// <returns>For every element, the fraction of what arrives that it passes for lack of capacity (1 where it is not overloaded).</returns>
    public static IReadOnlyDictionary<PathElement, double> Allocate(IReadOnlyList<EstimatedFlow> flows)
    {
        var routed = flows.Where(f => f.Path is not null).ToList();
        var elements = routed.SelectMany(f => f.Path!).Distinct().ToList();
        var passed = elements.ToDictionary(e => e, _ => 1.0);
        var openLoop = routed.Where(f => !f.Demand.IsTcp).ToList();
        foreach (var flow in routed)
        {
            flow.ArrivingBitsPerSecond = new double[flow.Path!.Count];
        }
        // Each element's pass fraction depends only on the elements before it on each path, so as many rounds as the
        // longest path settle it exactly.
        int rounds = routed.Select(f => f.Path!.Count).DefaultIfEmpty(0).Max() + 1;
        for (int round = 0; round < rounds; round++)
        {
            var arriving = new Dictionary<PathElement, double>();
            foreach (var flow in openLoop)
            {
                double rate = flow.OfferedBitsPerSecond;
                for (int i = 0; i < flow.Path!.Count; i++)
                {
                    flow.ArrivingBitsPerSecond[i] = rate;
                    arriving[flow.Path[i]] = arriving.GetValueOrDefault(flow.Path[i]) + rate * flow.LineFactor(i);
                    rate *= passed[flow.Path[i]];
                }
                flow.AllocatedBitsPerSecond = rate;
            }
            foreach (var element in elements)
            {
                double offered = arriving.GetValueOrDefault(element);
                passed[element] = offered > element.RateBitsPerSecond ? element.RateBitsPerSecond / offered : 1.0;
            }
        }
        ShareAmongTcp(routed.Where(f => f.Demand.IsTcp).ToList(), elements, openLoop, passed);
        return passed;
    }

    /// <summary>Max-min fair shares of what the open-loop traffic leaves, each connection at most its own cap.</summary>
    private static void ShareAmongTcp(List<EstimatedFlow> tcp, List<PathElement> elements, List<EstimatedFlow> openLoop,
        Dictionary<PathElement, double> passed)
    {
        if (tcp.Count == 0)
        {
            return;
        }
        var index = elements.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        var left = elements.Select(e => e.RateBitsPerSecond).ToArray();
        foreach (var flow in openLoop)
        {
            for (int i = 0; i < flow.Path!.Count; i++)
            {
                left[index[flow.Path[i]]] -= flow.ArrivingBitsPerSecond[i] * passed[flow.Path[i]] * flow.LineFactor(i);
            }
        }
        // TCP's shares are in its own bits: where its packets grow on the wire (ESP), an element holds fewer of them.
        var factor = new double[left.Length];
        foreach (var flow in tcp)
        {
            for (int i = 0; i < flow.Path!.Count; i++)
            {
                factor[index[flow.Path[i]]] = Math.Max(factor[index[flow.Path[i]]], flow.LineFactor(i));
            }
        }
        for (int e = 0; e < left.Length; e++)
        {
            left[e] /= Math.Max(1, factor[e]);
        }
        var rates = MaxMinAllocation.Allocate(left.Select(c => Math.Max(0, c)).ToList(), tcp.Select(f => f.CapBitsPerSecond).ToList(),
            tcp.Select(f => (IReadOnlyList<int>)f.Path!.Select(e => index[e]).ToList()).ToList());
        for (int f = 0; f < tcp.Count; f++)
        {
            tcp[f].AllocatedBitsPerSecond = rates[f];
            Array.Fill(tcp[f].ArrivingBitsPerSecond, rates[f]);
        }
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
