using FabricSim.Engine.Time;
using FabricSim.Network.Internet;
using FabricSim.Network.Metrics;

namespace FabricSim.Network.Ipsec;

/// <summary>
/// The load on one direction of a VPN's gateway limit, as a row beside the links: one tunnel's gateway queue
/// ("vpn_tunnel"), or every tunnel's together against what the gateway forwards at once ("vpn_gateway": one tunnel's
/// rate when tunnels stand by for each other, the sum when flows spread over them). What the gateway's full queue
/// drops is a rate limit's drop, as a VXC shaper's is.
/// </summary>
internal sealed class GatewayLoad(string kind, string element, string from, string to, double rateBitsPerSecond, RateLimitedQueue[] queues)
    : IMeasuredLimiter
{
    public string SeriesName => $"{element}:{from}>{to}";
    public double RateBitsPerSecond => rateBitsPerSecond;
    public long CarriedBytes => queues.Sum(q => q.BytesServed);
    public long DroppedPackets => queues.Sum(q => q.PacketsDropped);

    public void ResetCounters()
    {
        foreach (var queue in queues)
        {
            queue.ResetCounters();
        }
    }

    public LinkMeasurement Measure(SimTime now, double seconds)
    {
        long offered = queues.Sum(q => q.PacketsArrived);
        long dropped = DroppedPackets;
        double carriedBps = seconds <= 0 ? 0 : CarriedBytes * 8.0 / seconds;
        return new LinkMeasurement(element, from, to, (long)rateBitsPerSecond, carriedBps / rateBitsPerSecond,
            queues.Sum(q => q.QueueLength.Average(now)), queues.Sum(q => q.PacketsServed), CarriedBytes, dropped, 0,
            offered == 0 ? 0 : dropped / (double)offered)
        {
            Kind = kind,
            OfferedBitsPerSecond = seconds <= 0 ? 0 : queues.Sum(q => q.BytesArrived) * 8.0 / seconds,
            CarriedBitsPerSecond = carriedBps,
            DropsPolicer = dropped,
        };
    }
}
