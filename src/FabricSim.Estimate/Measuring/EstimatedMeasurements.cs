using FabricSim.Engine.Statistics;
using FabricSim.Estimate.Flows;
using FabricSim.Estimate.Paths;
using FabricSim.Estimate.Queueing;
using FabricSim.Network.Access;
using FabricSim.Network.Built;
using FabricSim.Network.Metrics;

namespace FabricSim.Estimate.Measuring;

/// <summary>
/// The estimate written as the packet model's measurements: one row per flow and one per link direction, VXC
/// direction and MCR in the packet model's order, counts as the expected number over the measured window.
/// </summary>
internal static class EstimatedMeasurements
{
    /// <summary>Quantile points a flow's delay histogram is filled from: enough that its p99.9 is the model's.</summary>
    private const int HistogramPoints = 20_000;

    private static readonly double[] HistogramProbabilities = [.. Enumerable.Range(0, HistogramPoints).Select(i => (i + 0.5) / HistogramPoints)];

    /// <param name="gateways">Rows the packet model adds after the MCRs (VPN gateway limits), each with the elements it sums.</param>
    public static FabricMeasurements Build(Fabric fabric, IReadOnlyList<EstimatedFlow> flows,
        IReadOnlyDictionary<PathElement, ElementLoad> queues, IReadOnlyDictionary<PathElement, double> passed, double window,
        IReadOnlyList<(LinkMeasurement Row, IReadOnlyList<string> Keys)>? gateways = null, int jobs = 0)
    {
        var dropped = new Dictionary<PathElement, double>();
        var rows = new List<FlowMeasurement>(flows.Count);
        // Each flow's convolution is its own, the bulk of the work on a large fabric: they run in parallel, each
        // into its own slot, so the answer does not depend on the thread count.
        var delays = new PathDelay?[flows.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = jobs > 0 ? jobs : -1 };
        var messages = new PathDelay?[flows.Count];
        Parallel.For(0, flows.Count, parallel, f =>
        {
            if (flows[f].Path is null)
            {
                return;
            }
            if (flows[f].Message is null)
            {
                delays[f] = PathDelay.Of(flows[f], queues);
                return;
            }
            (delays[f], messages[f]) = PathDelay.OfExchange(flows[f], queues);
        });
        var index = flows.Select((flow, f) => (flow, f)).ToDictionary(x => x.flow, x => x.f);
        var kept = new Dictionary<EstimatedFlow, double>();
        for (int f = 0; f < flows.Count; f++)
        {
            var flow = flows[f];
            // A response answers a request whose every segment arrived; it takes the request's delivery and its own.
            var responseTime = flow.Request is { } request && messages[index[request]] is { } asked && messages[f] is { } answered
                ? PathDelay.Sum(asked, answered) : null;
            double answering = flow.Request is { } answers ? kept.GetValueOrDefault(answers) : 1;
            rows.Add(Flow(flow, delays[f], queues, passed, window, dropped, answering, responseTime, kept));
        }
        var arriving = FlowRates.Arriving(flows);
        var elements = flows.Where(f => f.Path is not null).SelectMany(f => f.Path!).Distinct().ToDictionary(e => e.Key, StringComparer.Ordinal);
        var meanBytes = MeanBytes(flows);
        var links = new List<LinkMeasurement>();
        foreach (var link in fabric.Links)
        {
            links.Add(Row($"link:{link.Name}:{link.A.Name}>{link.B.Name}", link.Name, link.A.Name, link.B.Name, link.Rate.BitsPerSecond, "link"));
            links.Add(Row($"link:{link.Name}:{link.B.Name}>{link.A.Name}", link.Name, link.B.Name, link.A.Name, link.Rate.BitsPerSecond, "link"));
        }
        foreach (var vxc in fabric.Vxcs)
        {
            links.Add(Row($"vxc:{vxc.Name}:{vxc.EndpointA.Name}>{vxc.EndpointB.Name}", vxc.Name, vxc.EndpointA.Name, vxc.EndpointB.Name, vxc.RateLimit.BitsPerSecond, "vxc"));
            links.Add(Row($"vxc:{vxc.Name}:{vxc.EndpointB.Name}>{vxc.EndpointA.Name}", vxc.Name, vxc.EndpointB.Name, vxc.EndpointA.Name, vxc.RateLimit.BitsPerSecond, "vxc"));
        }
        foreach (var router in fabric.Nodes.OfType<CloudRouter>())
        {
            links.Add(Row($"mcr:{router.Name}", router.Name, router.Name, router.Name, router.AggregateRate.BitsPerSecond, "mcr"));
        }
        links.AddRange((gateways ?? []).Select(g => GatewayRows.Row(g.Row, g.Keys.Select(elements.GetValueOrDefault).OfType<PathElement>().ToList(),
            flows, queues, dropped, meanBytes, window)));
        return new FabricMeasurements(window, rows, links, [], 0);

        LinkMeasurement Row(string key, string name, string from, string to, long capacity, string kind)
        {
            if (!elements.TryGetValue(key, out var element))
            {
                return new LinkMeasurement(name, from, to, capacity, 0, 0, 0, 0, 0, 0, 0) { Kind = kind };
            }
            double offered = arriving.GetValueOrDefault(element);
            double lost = dropped.GetValueOrDefault(element);
            double carried = Math.Max(0, offered - lost);
            double bytes = meanBytes.GetValueOrDefault(element, 1500);
            long sent = (long)Math.Round(carried / (8 * bytes) * window);
            long drops = (long)Math.Round(lost / (8 * bytes) * window);
            double waiting = queues.TryGetValue(element, out var q) && element.Behaviour == ElementBehaviour.Queue
                ? q.PacketsPerNs * (1 - q.Queue.Loss) * q.Queue.Wait.Mean() : 0;
            return new LinkMeasurement(name, from, to, capacity, carried / capacity, waiting, sent, (long)Math.Round(carried / 8 * window),
                drops, 0, sent + drops == 0 ? 0 : drops / (double)(sent + drops))
            {
                Kind = kind,
                OfferedBitsPerSecond = offered,
                CarriedBitsPerSecond = carried,
                DropsQueue = element.Behaviour == ElementBehaviour.Queue ? drops : 0,
                DropsPolicer = element.Behaviour == ElementBehaviour.Policer ? drops : 0,
            };
        }
    }

    /// <summary>Each element's mean packet size, weighed by the packets its flows carry (by flow count where none is carried).</summary>
    private static Dictionary<PathElement, double> MeanBytes(IReadOnlyList<EstimatedFlow> flows)
    {
        var sums = new Dictionary<PathElement, (double Bits, double Packets, double Sizes, int Flows)>();
        foreach (var flow in flows.Where(f => f.Path is not null))
        {
            foreach (var element in flow.Path!.Distinct())
            {
                var (bits, packets, sizes, count) = sums.GetValueOrDefault(element);
                sums[element] = (bits + flow.AllocatedBitsPerSecond, packets + flow.AllocatedBitsPerSecond / flow.MeanBytes, sizes + flow.MeanBytes, count + 1);
            }
        }
        return sums.ToDictionary(s => s.Key, s => s.Value.Packets > 0 ? s.Value.Bits / s.Value.Packets : s.Value.Sizes / s.Value.Flows);
    }

    /// <param name="answering">For a response flow: the share of requests that arrived whole, which alone are answered.</param>
    /// <param name="responseTime">For a response flow: request delivery plus response delivery.</param>
    /// <param name="kept">Receives, for a flow of messages, the share of them that arrive whole.</param>
    private static FlowMeasurement Flow(EstimatedFlow flow, PathDelay? delay, IReadOnlyDictionary<PathElement, ElementLoad> queues,
        IReadOnlyDictionary<PathElement, double> passed, double window, Dictionary<PathElement, double> dropped,
        double answering, PathDelay? responseTime, Dictionary<EstimatedFlow, double> kept)
    {
        double packetBits = 8 * flow.MeanBytes;
        var spec = flow.Demand;
        double offered = (double.IsPositiveInfinity(flow.OfferedBitsPerSecond) ? flow.AllocatedBitsPerSecond : flow.OfferedBitsPerSecond) * answering;
        if (spec.IsTcp)
        {
            // TCP sends what it is allowed, not more: its losses are the few its window probing causes, counted below.
            offered = flow.AllocatedBitsPerSecond;
        }
        long sent = (long)Math.Round(offered / packetBits * window);
        if (flow.Path is null || delay is null)
        {
            kept[flow] = 0;
            long unanswered = flow.Message is { } unsent ? (long)Math.Round(offered / (8 * unsent.Bytes) * window) : 0;
            return new FlowMeasurement(flow.Name, spec.From, spec.To, spec.TrafficClass, sent, 0, sent, 0, 0, sent, 0, sent == 0 ? 0 : 1, 0,
                double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0, new LatencyHistogram())
            {
                Messages = flow.Message is null ? null : new MessageCounts(unanswered, 0, unanswered),
            };
        }
        double rate = offered, queueDrops = 0, limitDrops = 0, messageKept = 1;
        for (int i = 0; i < flow.Path.Count; i++)
        {
            var element = flow.Path[i];
            // Overload is shared in proportion; below it, the queue's or policer's own losses at its load.
            double lossHere = passed.GetValueOrDefault(element, 1) < 1
                ? 1 - passed[element]
                : element.Loss is { } lossOf ? flow.Sizes.Sum(s => s.Probability * lossOf(s.Bytes))
                : queues.TryGetValue(element, out var q) ? q.Queue.Loss : 0;
            if (flow.Message is { } message)
            {
                (lossHere, double messageLoss) = MessageLoss(message, element, lossHere, passed.GetValueOrDefault(element, 1) < 1);
                messageKept *= 1 - messageLoss;
            }
            double lost = rate * lossHere;
            dropped[element] = dropped.GetValueOrDefault(element) + lost;
            // The Internet's losses are congestion drops in routers not modelled one by one, as the packet model counts them.
            if (element.Behaviour != ElementBehaviour.Policer)
            {
                queueDrops += lost;
            }
            else
            {
                limitDrops += lost;
            }
            rate -= lost;
        }
        flow.CarriedBitsPerSecond = rate;
        long received = (long)Math.Round(rate / packetBits * window);
        var histogram = Histogram(delay);
        static double Ms(double ns) => ns / 1e6;
        double max = delay.Quantile(received <= 1 ? 1 : 1 - 1.0 / received);
        long droppedCount = Math.Max(0, sent - received);
        MessageCounts? messages = null;
        LatencyHistogram? responses = null;
        if (flow.Message is { } sentMessages)
        {
            kept[flow] = messageKept;
            long count = (long)Math.Round(offered / (8 * sentMessages.Bytes) * window);
            long completed = (long)Math.Round(count * messageKept);
            messages = new MessageCounts(count, completed, count - completed);
            if (responseTime is not null)
            {
                responses = Histogram(responseTime);
            }
        }
        return new FlowMeasurement(flow.Name, spec.From, spec.To, spec.TrafficClass, sent, received, droppedCount,
            (long)Math.Round(queueDrops / packetBits * window), 0, 0, (long)Math.Round(limitDrops / packetBits * window),
            sent == 0 ? 0 : droppedCount / (double)sent, rate, Ms(delay.Mean), Ms(delay.Quantile(0.50)), Ms(delay.Quantile(0.95)),
            Ms(delay.Quantile(0.99)), Ms(max), Ms(PathDelay.JitterNs(delay, flow, queues)), 0, histogram)
        {
            Messages = messages,
            ResponseTime = responses,
        };
    }

    /// <summary>
    /// The share of a message's segments an element loses and the chance it loses the message: with loss p per segment,
    /// 1 − (1 − p)^k; on an Internet path its loss chain run over the k segments in a row. A policer whose bucket is smaller than a whole message passes only the segments its full bucket
    /// holds and loses every message (the tail of each); overload shares are per segment, as for any source.
    /// </summary>
    private static (double Segment, double Message) MessageLoss(MessageTrain message, PathElement element, double segmentLoss, bool overloaded)
    {
        if (element.Behaviour == ElementBehaviour.Policer && !overloaded && message.Bytes > element.BurstBytes)
        {
            double fits = 0;
            int passing = 0;
            while (passing < message.Segments && fits + message.SegmentBytes[passing] <= element.BurstBytes)
            {
                fits += message.SegmentBytes[passing++];
            }
            return (Math.Max(segmentLoss, 1 - passing / (double)message.Segments), 1);
        }
        if (element.MessageLoss is { } lossOf && !overloaded)
        {
            return (segmentLoss, lossOf(message.SegmentBytes));
        }
        return (segmentLoss, 1 - Math.Pow(1 - segmentLoss, message.Segments));
    }

    /// <summary>A delay distribution as the packet model's histogram: its quantiles at evenly spread probabilities.</summary>
    private static LatencyHistogram Histogram(PathDelay delay)
    {
        var histogram = new LatencyHistogram();
        var values = new double[HistogramPoints];
        delay.Variable.Quantiles(HistogramProbabilities, values);
        foreach (double value in values)
        {
            histogram.Record((long)Math.Round(delay.FixedNs + value));
        }
        return histogram;
    }
}
