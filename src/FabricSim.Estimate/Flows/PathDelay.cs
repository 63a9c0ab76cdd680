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
        double fixedNs = 0, nsPerByte = 0;
        var waits = new List<GridDistribution>();
        foreach (var element in flow.Path!)
        {
            fixedNs += element.PropagationNs;
            if (element.Transmits)
            {
                nsPerByte += 8e9 / element.RateBitsPerSecond;
            }
            // A queue that (nearly) never makes a packet wait adds nothing worth a convolution.
            if (element.Behaviour == ElementBehaviour.Queue && queues.TryGetValue(element, out var load) && load.Queue.Wait.Length > 1
                && load.Queue.Wait[0] < 1 - 1e-9)
            {
                waits.Add(load.Queue.Wait);
            }
        }
        double smallest = flow.Sizes.Min(s => s.Bytes);
        fixedNs += smallest * nsPerByte;
        double span = waits.Sum(w => w.Length * w.Step) + (flow.Sizes.Max(s => s.Bytes) - smallest) * nsPerByte;
        double step = Math.Max(waits.Count == 0 ? 1 : waits.Min(w => w.Step), span / PathCells);
        var parts = new List<GridDistribution>(waits.Count + 1);
        if (flow.Sizes.Count > 1)
        {
            var own = new double[(int)Math.Ceiling((flow.Sizes.Max(s => s.Bytes) - smallest) * nsPerByte / step) + 2];
            foreach (var (bytes, probability) in flow.Sizes)
            {
                own[(int)Math.Round((bytes - smallest) * nsPerByte / step)] += probability;
            }
            parts.Add(new GridDistribution(step, own));
        }
        parts.AddRange(waits.Select(w => w.Resample(step)));
        return new PathDelay(fixedNs, GridDistribution.ConvolveAll(step, parts));
    }
}
