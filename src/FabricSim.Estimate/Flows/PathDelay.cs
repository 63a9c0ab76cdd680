using FabricSim.Estimate.Distributions;
using FabricSim.Estimate.Paths;
using FabricSim.Estimate.Queueing;

namespace FabricSim.Estimate.Flows;

/// <summary>
/// A flow's one-way delay: a fixed part (propagation, and transmission of a fixed-size packet at every link) plus the
/// convolution of the waits at every queue it crosses, taken as independent (the Parsimon decomposition), plus, for a
/// mix of sizes, the spread of its own transmission times (one size per packet, the same at every link).
/// </summary>
internal sealed record PathDelay(double FixedNs, GridDistribution Variable)
{
    /// <summary>Cells a path's distribution is kept within; the step grows with the path's spread to stay inside.</summary>
    private const int PathCells = 8_192;

    public double Quantile(double q) => FixedNs + Variable.Quantile(q);

    public double Mean => FixedNs + Variable.Mean();

    /// <summary>
    /// The expected RFC 3550 jitter of the flow: E|D₁ − D₂| for two consecutive packets, τ apart. While a queue is busy
    /// its workload moves by the work that arrives in τ less τ, a compound Poisson increment of variance λ E[S²] τ; the
    /// difference of two delays is then about normal with the sum of those variances over the busy queues (each weighted
    /// by ρ, the chance it is busy), so E|ΔD| ≈ √(2/π · Σ ρ λ E[S²] τ). Packets far apart are unrelated, which bounds it by
    /// E|X − Y| for independent delays.
    /// </summary>
    public static double JitterNs(PathDelay delay, EstimatedFlow flow, IReadOnlyDictionary<PathElement, ElementLoad> loads)
    {
        ArgumentNullException.ThrowIfNull(delay);
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(loads);
        double packetsPerNs = flow.CarriedBitsPerSecond / (8 * flow.MeanBytes) / 1e9;
        if (packetsPerNs <= 0)
        {
            return double.NaN;
        }
        // A message's segments come one after another: of every k consecutive pairs, k − 1 lie within one train, whose
        // delays differ by the train's own spacing, and one spans the gap between messages.
        var message = flow.Message;
        double gapNs = (message?.Segments ?? 1) / packetsPerNs;
        double variance = 0;
        foreach (var element in flow.Path!)
        {
            if (element.Behaviour == ElementBehaviour.Queue && loads.TryGetValue(element, out var load))
            {
                variance += Math.Min(1, load.Rho) * load.JobsPerNs * load.Service.SecondMoment * gapNs;
            }
            variance += element.DriftVariance?.Invoke(gapNs) ?? 0;
        }
        double between = Math.Min(delay.MeanAbsoluteDifference(), Math.Sqrt(2 / Math.PI * variance));
        if (message is null)
        {
            return between;
        }
        var arrivals = message.IdleArrivalsNs(flow.Path!);
        return (arrivals[^1] - arrivals[0] + between) / message.Segments;
    }

    /// <summary>E|X − Y| for two independent delays of this distribution: RFC 3550 jitter for packets whose delays are unrelated.</summary>
    public double MeanAbsoluteDifference()
    {
        double cumulative = 0, sum = 0;
        for (int k = 0; k < Variable.Length; k++)
        {
            double before = cumulative;
            cumulative += Variable[k];
            double mid = (before + cumulative) / 2;
            sum += mid * (1 - mid) * (k == Variable.Length - 1 ? 0 : 1);
        }
        return 2 * sum * Variable.Step;
    }

    public static PathDelay Of(EstimatedFlow flow, IReadOnlyDictionary<PathElement, ElementLoad> queues)
    {
        ArgumentNullException.ThrowIfNull(flow);
        if (flow.Message is not null)
        {
            return OfExchange(flow, queues).Segments;
        }
        // A packet's own transmissions: one size per packet, the same at every link (its ESP form at a VPN's).
        var transmitting = flow.Path!.Where(e => e.Transmits).ToList();
        double nsPerByte = transmitting.Where(e => e.Service is null).Sum(e => 8e9 / e.RateBitsPerSecond);
        return Compose(flow, queues, flow.Sizes.Select(s => (s.Bytes * nsPerByte + transmitting.Where(e => e.Service is not null).Sum(e => e.TransmitNs(s.Bytes)),
            s.Probability)).ToList());
    }

    /// <summary>
    /// A request/response flow's delays: each segment's, from its message leaving the host to its own arrival (the
    /// segments ahead of it in its train, then the waits the train meets), and the message's delivery, its last
    /// segment's arrival. Both share one convolution of the waits.
    /// </summary>
    public static (PathDelay Segments, PathDelay Message) OfExchange(EstimatedFlow flow, IReadOnlyDictionary<PathElement, ElementLoad> queues)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var message = flow.Message ?? throw new ArgumentException("The flow sends no messages.", nameof(flow));
        var arrivals = message.IdleArrivalsNs(flow.Path!);
        var segments = Compose(flow, queues, arrivals.Select(a => (a, 1.0 / arrivals.Length)).ToList(), keepWaits: true, out var waits);
        return (segments, new PathDelay(segments.FixedNs - arrivals[0] + arrivals[^1], waits!));
    }

    /// <summary>The sum of two independent delays (a request's, then its response's): a response time.</summary>
    public static PathDelay Sum(PathDelay first, PathDelay second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        double step = Math.Max(Math.Min(first.Variable.Step, second.Variable.Step),
            (first.Variable.Length * first.Variable.Step + second.Variable.Length * second.Variable.Step) / PathCells);
        return new PathDelay(first.FixedNs + second.FixedNs, GridDistribution.ConvolveAll(step, [first.Variable.Resample(step), second.Variable.Resample(step)]));
    }

    /// <param name="own">The delay a packet brings itself beyond propagation and waits (its transmissions), with its probability.</param>
    private static PathDelay Compose(EstimatedFlow flow, IReadOnlyDictionary<PathElement, ElementLoad> queues, IReadOnlyList<(double Ns, double Probability)> own) =>
        Compose(flow, queues, own, keepWaits: false, out _);

    /// <param name="keepWaits">Whether to give the convolution of the waits alone too (<paramref name="waited"/>), on the same grid.</param>
    private static PathDelay Compose(EstimatedFlow flow, IReadOnlyDictionary<PathElement, ElementLoad> queues, IReadOnlyList<(double Ns, double Probability)> own,
        bool keepWaits, out GridDistribution? waited)
    {
        ArgumentNullException.ThrowIfNull(queues);
        double fixedNs = 0;
        var waits = new List<GridDistribution>();
        foreach (var element in flow.Path!)
        {
            fixedNs += element.PropagationNs;
            // A queue that (nearly) never makes a packet wait adds nothing worth a convolution.
            if (element.Behaviour == ElementBehaviour.Queue && queues.TryGetValue(element, out var load) && load.Queue.Wait.Length > 1
                && load.Queue.Wait[0] < 1 - 1e-9)
            {
                waits.Add(load.Queue.Wait);
            }
            if (element.AddedDelay is { Length: > 1 } added)
            {
                waits.Add(added);
            }
        }
        double fastest = own.Min(o => o.Ns), slowest = own.Max(o => o.Ns);
        fixedNs += fastest;
        double span = waits.Sum(w => w.Length * w.Step) + (slowest - fastest);
        double step = Math.Max(waits.Count == 0 ? 1 : waits.Min(w => w.Step), span / PathCells);
        var parts = waits.Select(w => w.Resample(step)).ToList();
        if (keepWaits)
        {
            waited = GridDistribution.ConvolveAll(step, parts);
            return new PathDelay(fixedNs, own.Count > 1 ? Shifted(waited, own, fastest) : waited);
        }
        waited = null;
        if (own.Count > 1)
        {
            var spread = new double[(int)Math.Ceiling((slowest - fastest) / step) + 2];
            foreach (var (ns, probability) in own)
            {
                spread[(int)Math.Round((ns - fastest) / step)] += probability;
            }
            parts.Insert(0, new GridDistribution(step, spread));
        }
        // One frequency-domain product of every part.
        return new PathDelay(fixedNs, GridDistribution.ConvolveAll(step, parts));
    }

    /// <summary>
    /// The waits' distribution shifted by each of a few offsets and mixed by their probabilities: a convolution with a
    /// sparse spread (a train's k arrival offsets), done directly since a transform would spend its time on zeros.
    /// </summary>
    private static GridDistribution Shifted(GridDistribution waited, IReadOnlyList<(double Ns, double Probability)> own, double fastest)
    {
        double step = waited.Step;
        int widest = own.Max(o => (int)Math.Round((o.Ns - fastest) / step));
        var mass = new double[Math.Min(GridDistribution.MaxCells, waited.Length + widest)];
        foreach (var (ns, probability) in own)
        {
            int shift = (int)Math.Round((ns - fastest) / step);
            for (int c = 0; c < waited.Length; c++)
            {
                mass[Math.Min(shift + c, mass.Length - 1)] += probability * waited[c];
            }
        }
        return new GridDistribution(step, mass);
    }
}
