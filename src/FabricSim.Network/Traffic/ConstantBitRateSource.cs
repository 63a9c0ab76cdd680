using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;
using FabricSim.Network.Units;

namespace FabricSim.Network.Traffic;

/// <summary>Packets spaced so the flow runs at exactly its rate: each gap is the last packet's size at that rate.</summary>
internal sealed class ConstantBitRateSource : TrafficSource
{
    public ConstantBitRateSource(Simulator simulator, PacketPool pool, TrafficFlow flow, IPacketSizeDistribution sizes, RandomStream random, SimTime start, SimTime stop, DataRate rate)
        : base(simulator, pool, flow, sizes, random, start, stop)
    {
        if (rate.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A constant-bit-rate source needs a positive rate.");
        }
        Rate = rate;
    }

    public DataRate Rate { get; }

    protected override SimTime FirstGap() => SimTime.Zero;

    protected override SimTime EmitAndGetNextGap(SimTime now) => Rate.TransmissionTime(EmitPacket(now));
}
