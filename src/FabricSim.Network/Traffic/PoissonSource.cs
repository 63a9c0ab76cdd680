using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Traffic;

/// <summary>Packets at exponentially distributed intervals (a Poisson process), the M in M/D/1.</summary>
internal sealed class PoissonSource : TrafficSource
{
    private readonly double _meanGapNs;

    public PoissonSource(Simulator simulator, PacketPool pool, TrafficFlow flow, IPacketSizeDistribution sizes, RandomStream random, SimTime start, SimTime stop, double packetsPerSecond)
        : base(simulator, pool, flow, sizes, random, start, stop)
    {
        if (packetsPerSecond <= 0 || double.IsNaN(packetsPerSecond) || double.IsInfinity(packetsPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(packetsPerSecond), packetsPerSecond, "A Poisson source needs a positive finite rate.");
        }
        PacketsPerSecond = packetsPerSecond;
        _meanGapNs = SimTime.NanosPerSecond / packetsPerSecond;
    }

    public double PacketsPerSecond { get; }

    protected override SimTime FirstGap() => NextGap();

    protected override SimTime EmitAndGetNextGap(SimTime now)
    {
        EmitPacket(now);
        return NextGap();
    }

    // Rounding to whole nanoseconds biases the mean by < 0.5 ns, far below any gap this models.
    private SimTime NextGap() => new((long)Math.Round(Random.NextExponential(_meanGapNs)));
}
