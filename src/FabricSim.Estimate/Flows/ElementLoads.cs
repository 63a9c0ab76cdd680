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
        // Per element: jobs per ns by the work each brings, and packets and bytes per ns.
        var mixes = new Dictionary<PathElement, (Dictionary<double, double> Jobs, double Packets, double Bytes, bool Batches)>();
        foreach (var flow in flows.Where(f => f.Path is not null))
        {
            for (int i = 0; i < flow.Path!.Count; i++)
            {
                var element = flow.Path[i];
                if (element.Behaviour == ElementBehaviour.Internet)
                {
                    continue;
                }
                double packetsPerNs = flow.ArrivingBitsPerSecond[i] / (8 * flow.MeanBytes) / 1e9;
                var (jobs, packets, bytes, batches) = mixes.TryGetValue(element, out var found) ? found : ([], 0, 0, false);
                bool batched = flow.BatchedAt(i);
                if (batched)
                {
                    // A message's segments arrive together: one job of their summed work.
                    double messagesPerNs = packetsPerNs / flow.Message!.Segments;
                    double work = flow.Message.WorkNs(element);
                    jobs[work] = jobs.GetValueOrDefault(work) + messagesPerNs;
                }
                else
                {
                    foreach (var (size, probability) in flow.Sizes)
                    {
                        double work = element.TransmitNs(size);
                        jobs[work] = jobs.GetValueOrDefault(work) + packetsPerNs * probability;
                    }
                }
                mixes[element] = (jobs, packets + packetsPerNs, bytes + packetsPerNs * flow.MeanBytes, batches || batched);
            }
        }
        var result = new Dictionary<PathElement, ElementLoad>();
        foreach (var (element, (jobs, packets, bytes, batches)) in mixes)
        {
            double total = jobs.Values.Sum();
            if (total <= 0)
            {
                continue;
            }
            var service = new ServiceTime(jobs.OrderBy(m => m.Key).Select(m => (m.Key, m.Value / total)).ToList());
            double rho = Math.Round(total * service.Mean, 5);
            double meanBytes = bytes / packets;
            double packetsPerJob = batches ? packets / total : 1;
            string signature = FormattableString.Invariant(
                $"{element.Behaviour}|{rho}|{element.BufferPackets}|{element.BurstBytes}|{element.RateBitsPerSecond}|{Math.Round(packetsPerJob, 6)}|{string.Join(',', service.Values.Select(v => $"{v.Ns:R}:{Math.Round(v.Probability, 6)}"))}");
            if (!_solved.TryGetValue(signature, out var queue))
            {
                double arrivals = rho / service.Mean;
                queue = element.Behaviour == ElementBehaviour.Queue
                    ? ElementQueue.ForQueue(arrivals, service, element.BufferPackets,
                        Math.Max(0, element.BurstBytes - meanBytes) * 8e9 / element.RateBitsPerSecond, packetsPerJob)
                    : ElementQueue.ForPolicer(arrivals, service, element.BurstBytes, meanBytes * packetsPerJob, packetsPerJob);
                _solved.Add(signature, queue);
            }
            result[element] = new ElementLoad(packets, total, service, queue);
        }
        return result;
    }
}
