using FabricSim.Estimate.Flows;
using FabricSim.Estimate.Paths;
using FabricSim.Network.Metrics;

namespace FabricSim.Estimate.Measuring;

/// <summary>
/// A VPN gateway limit's row: one tunnel's gateway queue or all of one direction's together, filled from the model's
/// load on those queues. Rates are counted in ESP bytes on the wire (overhead and fragments included), as the packet
/// model's row counts them against the gateway's bit rate.
/// </summary>
internal static class GatewayRows
{
    public static LinkMeasurement Row(LinkMeasurement row, IReadOnlyList<PathElement> elements, IReadOnlyList<EstimatedFlow> flows,
        IReadOnlyDictionary<PathElement, ElementLoad> queues, IReadOnlyDictionary<PathElement, double> dropped,
        IReadOnlyDictionary<PathElement, double> meanBytes, double window)
    {
        static double Wire(PathElement element, EstimatedFlow flow) =>
            element.WireBytes is { } wire ? flow.Sizes.Sum(s => s.Probability * wire(s.Bytes)) / flow.MeanBytes : 1;
        double offered = 0, lost = 0, waiting = 0;
        long sent = 0, drops = 0;
        foreach (var element in elements)
        {
            double here = 0, lineHere = 0;
            foreach (var flow in flows.Where(f => f.Path is not null))
            {
                for (int i = 0; i < flow.Path!.Count; i++)
                {
                    if (ReferenceEquals(flow.Path[i], element))
                    {
                        here += flow.ArrivingBitsPerSecond[i];
                        lineHere += flow.ArrivingBitsPerSecond[i] * Wire(element, flow);
                    }
                }
            }
            double lostHere = dropped.GetValueOrDefault(element);
            double bytes = meanBytes.GetValueOrDefault(element, 1500);
            offered += lineHere;
            lost += here <= 0 ? 0 : lostHere * lineHere / here;
            sent += (long)Math.Round(Math.Max(0, here - lostHere) / (8 * bytes) * window);
            drops += (long)Math.Round(lostHere / (8 * bytes) * window);
            if (queues.TryGetValue(element, out var q))
            {
                waiting += q.PacketsPerNs * (1 - q.Queue.Loss) * q.Queue.Wait.Mean();
            }
        }
        double carried = Math.Max(0, offered - lost);
        double capacity = row.CapacityBitsPerSecond;
        return row with
        {
            Utilization = capacity <= 0 ? 0 : carried / capacity,
            MeanQueuePackets = waiting,
            PacketsSent = sent,
            BytesSent = (long)Math.Round(carried / 8 * window),
            QueueDrops = drops,
            DropRatio = sent + drops == 0 ? 0 : drops / (double)(sent + drops),
            OfferedBitsPerSecond = offered,
            CarriedBitsPerSecond = carried,
            DropsPolicer = drops,
        };
    }
}
