using FabricSim.Network.Built;
using FabricSim.Engine.Time;
using FabricSim.Network.Availability;

namespace FabricSim.Network.Building;

/// <summary>
/// Outage per flow as the user sees it: time without deliveries beyond the flow's normal spacing, from the end of
/// warm-up to the end of the run, including a gap still open at the end. Flows whose silences are their nature
/// (on/off sources) or whose pace is set by congestion control (TCP) are not monitored.
/// </summary>
internal sealed class OutageMonitoring
{
    /// <summary>Gaps shorter than this are jitter or chance, not failures (BFD detection alone takes 0.9 s).</summary>
    private static readonly SimTime MinimumOutage = SimTime.FromMilliseconds(200);

    private readonly Dictionary<string, DeliveryGapMonitor> _monitors = new(StringComparer.Ordinal);

    public static OutageMonitoring Attach(Fabric fabric, FabricDescription description, IReadOnlyList<DemandFlows> demandFlows)
    {
        var monitors = new OutageMonitoring();
        foreach (var group in demandFlows)
        {
            var demand = description.Demands.First(d => d.Name == group.Demand);
            if (demand.Kind is DemandKind.OnOff or DemandKind.TcpBulk or DemandKind.TcpRequestResponse)
            {
                continue;
            }
            double spacingNs = demand.Kind == DemandKind.RequestResponse
                ? demand.RequestResponse!.MeanInterval.Nanoseconds
                : demand.Sizes.MeanSizeBytes * 8 * SimTime.NanosPerSecond / FabricAssembler.RateOf(demand).BitsPerSecond;
            // A constant-rate flow is late after a few spacings; a Poisson flow only after many (e^-20 by chance).
            double spacings = demand.Kind == DemandKind.ConstantBitRate ? 3 : 20;
            double threshold = Math.Max(spacings, MinimumOutage.Nanoseconds / spacingNs);
            foreach (string flow in group.FlowNames)
            {
                monitors._monitors[flow] = DeliveryGapMonitor.Attach(fabric, flow, new SimTime((long)Math.Round(spacingNs)), threshold);
            }
        }
        return monitors;
    }

    public Dictionary<string, double> Measure(IEnumerable<string> flows, SimTime warmUp, SimTime end)
    {
        var outage = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (string flow in flows)
        {
            if (!_monitors.TryGetValue(flow, out var monitor))
            {
                outage[flow] = double.NaN;
                continue;
            }
            SimTime total = monitor.OutageTime(warmUp, end);
            SimTime lastSeen = monitor.PacketsSeen == 0 ? warmUp : SimTime.Max(monitor.LastArrival, warmUp);
            if (end - lastSeen > monitor.Threshold)
            {
                total += end - lastSeen - monitor.Spacing;
            }
            outage[flow] = total.TotalSeconds;
        }
        return outage;
    }
}
