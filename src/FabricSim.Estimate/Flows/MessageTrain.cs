using FabricSim.Estimate.Paths;
using FabricSim.Network.Traffic;

namespace FabricSim.Estimate.Flows;

/// <summary>
/// One side of a request/response exchange as its packets cross the fabric: each message leaves its host as k
/// segments at one instant (<see cref="MessageSegments"/>), at Poisson times. The first queue therefore sees the k
/// segments as one batch (compound-Poisson arrivals, M^X/G/1: the queue's workload is an M/G/1's whose jobs are whole
/// messages). Behind a link the segments come one transmission apart: a queue that sends a segment faster than that
/// sees them one at a time, while one as fast or slower keeps them back to back, as busy with the train as if it had
/// come at once, so to it the train is again a batch (checked against packet level for a 1 Gbit/s port behind another).
/// </summary>
internal sealed class MessageTrain
{
    private MessageTrain(double[] segmentBytes, double messagesPerSecond)
    {
        SegmentBytes = segmentBytes;
        MessagesPerSecond = messagesPerSecond;
        Bytes = segmentBytes.Sum();
        Sizes = segmentBytes.GroupBy(b => b).OrderBy(g => g.Key).Select(g => (g.Key, g.Count() / (double)segmentBytes.Length)).ToList();
    }

    /// <summary>IP bytes of each segment, in the order they leave.</summary>
    public IReadOnlyList<double> SegmentBytes { get; }

    public int Segments => SegmentBytes.Count;

    /// <summary>IP bytes of a whole message: its payload and one set of headers per segment.</summary>
    public double Bytes { get; }

    /// <summary>Messages per second the exchange offers (before the measured window's active share).</summary>
    public double MessagesPerSecond { get; }

    /// <summary>The segments' sizes as a mix, for the flow's per-packet figures.</summary>
    public IReadOnlyList<(double Bytes, double Probability)> Sizes { get; }

    public static MessageTrain Of(long messageBytes, int mtuBytes, double messagesPerSecond)
    {
        long count = MessageSegments.Count(messageBytes, mtuBytes);
        var sizes = new double[count];
        for (long i = 0; i < count; i++)
        {
            sizes[i] = MessageSegments.SegmentBytes(messageBytes, mtuBytes, i);
        }
        return new MessageTrain(sizes, messagesPerSecond);
    }

    /// <summary>Nanoseconds a whole message occupies the element's server.</summary>
    public double WorkNs(PathElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        double sum = 0;
        foreach (double bytes in SegmentBytes)
        {
            sum += element.TransmitNs(bytes);
        }
        return sum;
    }

    /// <summary>
    /// For each element of <paramref name="path"/>, whether the message's segments reach its queue at least as fast as
    /// it sends them, so that the queue sees them as one batch: at the first queue they all arrive at once; after a link
    /// they come one transmission time apart, and an element that takes as long or longer per segment keeps them together.
    /// </summary>
    public bool[] Batched(IReadOnlyList<PathElement> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var batched = new bool[path.Count];
        double spacing = 0, largest = SegmentBytes[0];
        for (int i = 0; i < path.Count; i++)
        {
            var element = path[i];
            if (element.Behaviour != ElementBehaviour.Queue)
            {
                continue;
            }
            double perSegment = element.TransmitNs(largest);
            batched[i] = Segments > 1 && spacing < perSegment * (1 + 1e-9);
            spacing = Math.Max(spacing, perSegment);
        }
        return batched;
    }

    /// <summary>
    /// When each segment reaches the end of <paramref name="path"/> after the message leaves, on an otherwise idle path
    /// and without propagation (the same for every segment): store-and-forward at each link, the segments behind one
    /// another (d_j = max(arrival of j, departure of j − 1) + s_j), and at a token-bucket shaper a full bucket, after
    /// which segments leave at its rate. The last is the message's delivery.
    /// </summary>
    public double[] IdleArrivalsNs(IReadOnlyList<PathElement> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var times = new double[Segments];
        foreach (var element in path)
        {
            if (element.Behaviour != ElementBehaviour.Queue)
            {
                continue;
            }
            if (element.Transmits)
            {
                double free = 0;
                for (int j = 0; j < times.Length; j++)
                {
                    free = Math.Max(times[j], free) + element.TransmitNs(SegmentBytes[j]);
                    times[j] = free;
                }
            }
            else
            {
                // A shaper: its bucket passes the first burst's bytes at once and the rest at its rate.
                double start = times[0], sent = 0;
                for (int j = 0; j < times.Length; j++)
                {
                    sent += SegmentBytes[j];
                    double release = start + Math.Max(0, sent - element.BurstBytes) * 8e9 / element.RateBitsPerSecond;
                    times[j] = Math.Max(j > 0 ? times[j - 1] : 0, Math.Max(times[j], release));
                }
            }
        }
        return times;
    }
}
