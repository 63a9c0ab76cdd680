using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Traffic;

/// <summary>
/// Packets at exponentially distributed intervals (a Poisson process), the M in M/D/1; or, with a
/// <see cref="MessageSender"/>, messages of several packets each (an exchange's requests).
/// </summary>
internal sealed class PoissonSource : TrafficSource
{
    private readonly double _meanGapNs;

    public PoissonSource(Simulator simulator, PacketPool pool, TrafficFlow flow, IPacketSizeDistribution sizes, RandomStream random, SimTime start, SimTime stop, double packetsPerSecond,
        MessageSender? messages = null)
        : base(simulator, pool, flow, sizes, random, start, stop)
    {
        if (messages is not null && messages.Flow != flow)
        {
            throw new ArgumentException($"The message sender of flow '{messages.Flow.Name}' cannot send for flow '{flow.Name}'.", nameof(messages));
        }
        Messages = messages;
        if (packetsPerSecond <= 0 || double.IsNaN(packetsPerSecond) || double.IsInfinity(packetsPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(packetsPerSecond), packetsPerSecond, "A Poisson source needs a positive finite rate.");
        }
        PacketsPerSecond = packetsPerSecond;
        _meanGapNs = SimTime.NanosPerSecond / packetsPerSecond;
    }

    /// <summary>Arrivals per second: packets, or messages when <see cref="Messages"/> is set.</summary>
    public double PacketsPerSecond { get; }

    /// <summary>Sends each arrival as a message of several packets stamped with its creation time; null for single packets.</summary>
    public MessageSender? Messages { get; }

    protected override SimTime FirstGap() => NextGap();

    protected override SimTime EmitAndGetNextGap(SimTime now)
    {
        if (Messages is { } messages)
        {
            messages.Send(now, now.Nanoseconds);
        }
        else
        {
            EmitPacket(now);
        }
        return NextGap();
    }

    // Rounding to whole nanoseconds biases the mean by < 0.5 ns, far below any gap this models.
    private SimTime NextGap() => new((long)Math.Round(Random.NextExponential(_meanGapNs)));
}
