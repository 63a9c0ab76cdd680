namespace FabricSim.Estimate.Queueing;

/// <summary>
/// The transmission times of the packets a link serves, as a discrete distribution (nanoseconds, probability): one
/// value for fixed-size packets (M/D/1), several for a mix (M/G/1).
/// </summary>
internal sealed record ServiceTime(IReadOnlyList<(double Ns, double Probability)> Values)
{
    public static ServiceTime Deterministic(double ns) => new([(ns, 1.0)]);

    public double Mean => Values.Sum(v => v.Ns * v.Probability);

    public double SecondMoment => Values.Sum(v => v.Ns * v.Ns * v.Probability);

    public double Max => Values.Max(v => v.Ns);

    public double Min => Values.Min(v => v.Ns);
}
