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
        double gapNs = 1 / packetsPerNs;
        double variance = 0;
        foreach (var element in flow.Path!)
        {
            if (element.Behaviour == ElementBehaviour.Queue && loads.TryGetValue(element, out var load))
            {
                variance += Math.Min(1, load.Rho) * load.PacketsPerNs * load.Service.SecondMoment * gapNs;
            }
            variance += element.DriftVariance?.Invoke(gapNs) ?? 0;
        }
        return Math.Min(delay.MeanAbsoluteDifference(), Math.Sqrt(2 / Math.PI * variance));
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
        ArgumentNullException.ThrowIfNull(queues);
        double fixedNs = 0;
        var transmitting = new List<PathElement>();
        var waits = new List<GridDistribution>();
        foreach (var element in flow.Path!)
        {
            fixedNs += element.PropagationNs;
            if (element.Transmits)
            {
                transmitting.Add(element);
            }
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
        // A packet's own transmissions: one size per packet, the same at every link (its ESP form at a VPN's).
        double nsPerByte = transmitting.Where(e => e.Service is null).Sum(e => 8e9 / e.RateBitsPerSecond);
        var own = flow.Sizes.Select(s => s.Bytes * nsPerByte + transmitting.Where(e => e.Service is not null).Sum(e => e.TransmitNs(s.Bytes))).ToList();
        double fastest = own.Min(), slowest = own.Max();
        fixedNs += fastest;
        double span = waits.Sum(w => w.Length * w.Step) + (slowest - fastest);
        double step = Math.Max(waits.Count == 0 ? 1 : waits.Min(w => w.Step), span / PathCells);
        var parts = new List<GridDistribution>(waits.Count + 1);
        if (flow.Sizes.Count > 1)
        {
            var spread = new double[(int)Math.Ceiling((slowest - fastest) / step) + 2];
            for (int i = 0; i < own.Count; i++)
            {
                spread[(int)Math.Round((own[i] - fastest) / step)] += flow.Sizes[i].Probability;
            }
            parts.Add(new GridDistribution(step, spread));
        }
        parts.AddRange(waits.Select(w => w.Resample(step)));
        return new PathDelay(fixedNs, GridDistribution.ConvolveAll(step, parts));
    }
}
