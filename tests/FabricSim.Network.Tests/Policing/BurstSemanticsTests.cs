using FabricSim.Engine.Events;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;
using FabricSim.Network.Policing;
using FabricSim.Network.Queues;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Policing;

/// <summary>
/// What a bucket of depth B means for packets arriving back to back in one instant: a policer passes exactly B bytes
/// of them and drops the next packet; a shaper with a queue of Q bytes passes B at once, holds Q and drops beyond.
/// </summary>
public sealed class BurstSemanticsTests
{
    private const int Frame = 1500;
    private const long Burst = 40 * Frame;
    private static readonly DataRate Rate = DataRate.Parse("500Mbps");

    [Theory]
    [InlineData(40, 0)]
    [InlineData(41, 1)]
    public void A_policer_passes_a_burst_of_its_depth_and_drops_one_packet_more(int packets, int dropped)
    {
        var (sim, pool, ledger, sink) = Rig();
        var policer = new Policer(sim, ledger, new TokenBucket(Rate, Burst, SimTime.Zero), sink);
        sim.ScheduleAt(SimTime.Zero, () => Offer(pool, policer, packets));

        sim.Run();

        Assert.Equal(packets - dropped, policer.PacketsPassed);
        Assert.Equal(dropped, policer.PacketsDropped);
    }

    [Theory]
    [InlineData(40 + 100, 0)]
    [InlineData(40 + 100 + 1, 1)]
    public void A_shaper_passes_its_burst_holds_its_queue_and_drops_one_packet_more(int packets, int dropped)
    {
        var (sim, pool, ledger, sink) = Rig();
        var shaper = new Shaper(sim, ledger, new TokenBucket(Rate, Burst, SimTime.Zero), QueueLimit.InBytes(100 * Frame), sink);
        sim.ScheduleAt(SimTime.Zero, () => Offer(pool, shaper, packets));

        sim.Run();

        Assert.Equal(packets - dropped, shaper.PacketsPassed);
        Assert.Equal(dropped, shaper.PacketsDropped);
        // The queue drains at the rate: the last packet leaves 100 frames' time at 500 Mbit/s after the burst.
        Assert.Equal(SimTime.FromMicroseconds(100 * Frame * 8 / 500), sink.LastAt);
    }

    private static void Offer(PacketPool pool, IPacketReceiver limiter, int packets)
    {
        for (int i = 0; i < packets; i++)
        {
            var packet = pool.Rent();
            packet.SizeBytes = Frame;
            limiter.Receive(packet);
        }
    }

    private static (Simulator, PacketPool, PacketLedger, Sink) Rig()
    {
        var sim = new Simulator();
        var pool = new PacketPool();
        return (sim, pool, new PacketLedger(pool), new Sink(sim, pool));
    }

    private sealed class Sink(Simulator sim, PacketPool pool) : IPacketReceiver
    {
        public SimTime LastAt { get; private set; }

        public void Receive(Packet packet)
        {
            LastAt = sim.Now;
            pool.Return(packet);
        }
    }
}
