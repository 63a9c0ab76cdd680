using FabricSim.Estimate.Paths;
using FabricSim.Estimate.Queueing;

namespace FabricSim.Estimate.Flows;

/// <summary>
/// Each element's aggregate arrivals (packets per ns and the mix of transmission times they bring) and what its queue
/// or policer does at that load. Identical loads share one solution: large fabrics repeat the same few link loads.
/// </summary>
internal sealed class ElementLoads
{
    private readonly Dictionary<string, ElementQueue> _solved = new(StringComparer.Ordinal);

    public Dictionary<PathElement, ElementLoad> Solve(IReadOnlyList<EstimatedFlow> flows)
    {
        var mixes = new Dictionary<PathElement, Dictionary<double, double>>();
        foreach (var flow in flows.Where(f => f.Path is not null))
        {
            for (int i = 0; i < flow.Path!.Count; i++)
            {
                if (flow.Path[i].Behaviour == ElementBehaviour.Internet)
                {
                    continue;
                }
                double packetsPerNs = flow.ArrivingBitsPerSecond[i] / (8 * flow.MeanBytes) / 1e9;
                if (!mixes.TryGetValue(flow.Path[i], out var mix))
                {
                    mixes[flow.Path[i]] = mix = [];
                }
                foreach (var (bytes, probability) in flow.Sizes)
                {
                    mix[bytes] = mix.GetValueOrDefault(bytes) + packetsPerNs * probability;
                }
            }
        }
        var result = new Dictionary<PathElement, ElementLoad>();
        foreach (var (element, mix) in mixes)
        {
            double total = mix.Values.Sum();
            if (total <= 0)
            {
                continue;
            }
            var service = new ServiceTime(mix.OrderBy(m => m.Key)
                .Select(m => (element.TransmitNs(m.Key), m.Value / total)).ToList());
            double rho = Math.Round(total * service.Mean, 5);
            string signature = FormattableString.Invariant(
                $"{element.Behaviour}|{rho}|{element.BufferPackets}|{element.BurstBytes}|{element.RateBitsPerSecond}|{string.Join(',', service.Values.Select(v => $"{v.Ns:R}:{Math.Round(v.Probability, 6)}"))}");
            if (!_solved.TryGetValue(signature, out var queue))
            {
                double arrivals = rho / service.Mean;
                double meanBytes = mix.Sum(m => m.Key * m.Value) / total;
                queue = element.Behaviour == ElementBehaviour.Queue
                    ? ElementQueue.ForQueue(arrivals, service, element.BufferPackets,
                        Math.Max(0, element.BurstBytes - meanBytes) * 8e9 / element.RateBitsPerSecond)
                    : ElementQueue.ForPolicer(arrivals, service, element.BurstBytes, meanBytes);
                _solved.Add(signature, queue);
            }
            result[element] = new ElementLoad(total, service, queue);
        }
        return result;
    }
}
