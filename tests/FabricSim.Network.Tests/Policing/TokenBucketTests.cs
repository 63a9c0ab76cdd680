using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;
using FabricSim.Network.Packets;
using FabricSim.Network.Policing;
using FabricSim.Network.Queues;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Policing;

/// <summary>
/// The (r, b) arrival-curve guarantee: whatever leaves a policer or shaper carries at most r·t + b bytes in any
/// window of length t. Checked over every pair of departure instants, in exact integers.
/// </summary>
public sealed class TokenBucketTests
{
    private static readonly DataRate Rate = DataRate.Parse("100Mbps");
    private const long Burst = 15_000;

    [Fact]
    public void Bucket_accrues_exactly_rate_times_time_up_to_its_depth()
    {
        var bucket = new TokenBucket(Rate, Burst, SimTime.Zero);
        Assert.True(bucket.TryConsume(SimTime.Zero, Burst));
        Assert.False(bucket.TryConsume(SimTime.Zero, 1));
        // 100 Mbps = 12.5 bytes per µs: after 120 µs exactly 1500 bytes.
        Assert.Equal(SimTime.FromMicroseconds(120), bucket.TimeUntilAvailable(SimTime.Zero, 1500));
        Assert.False(bucket.TryConsume(SimTime.FromNanoseconds(119_999), 1500));
        Assert.True(bucket.TryConsume(SimTime.FromMicroseconds(120), 1500));
        Assert.Equal(Burst, bucket.AvailableBytes(SimTime.FromSeconds(10)));
        Assert.Equal(SimTime.MaxValue, bucket.TimeUntilAvailable(SimTime.FromSeconds(10), Burst + 1));
    }

    [Fact]
    public void Policer_output_never_exceeds_rate_times_window_plus_burst()
    {
        var (departures, offered, _) = Drive(shaper: false, offeredBitsPerSecond: 250e6, seconds: 0.05);
        AssertConforms(departures);
        Assert.True(departures.Count < offered, "an overloaded policer must drop");
    }

    [Fact]
    public void Shaper_output_conforms_and_loses_nothing_that_fits_its_queue()
    {
        // Offered below the rate on average but in bursts well above it.
        var (departures, offered, shaper) = Drive(shaper: true, offeredBitsPerSecond: 80e6, seconds: 0.2);
        AssertConforms(departures);
        Assert.Equal(0, shaper!.PacketsDropped);
        Assert.Equal(offered, departures.Count + shaper.Waiting);
    }

    private static void AssertConforms(List<(long Time, long Bytes)> departures)
    {
        Assert.True(departures.Count > 100);
        const long unitsPerByte = 8 * SimTime.NanosPerSecond;
        for (int i = 0; i < departures.Count; i++)
        {
            long bytes = 0;
            for (int j = i; j < departures.Count; j++)
            {
                bytes += departures[j].Bytes;
                Int128 allowed = (Int128)Rate.BitsPerSecond * (departures[j].Time - departures[i].Time) + (Int128)Burst * unitsPerByte;
                Assert.True((Int128)bytes * unitsPerByte <= allowed, $"{bytes} B between {departures[i].Time} and {departures[j].Time} ns");
            }
        }
    }

    /// <summary>Bursts of 1–20 back-to-back packets of 64–1500 B at exponential intervals into a policer or shaper.</summary>
    private static (List<(long Time, long Bytes)> Departures, long Offered, Shaper? Shaper) Drive(bool shaper, double offeredBitsPerSecond, double seconds)
    {
        var sim = new Simulator();
        var pool = new PacketPool();
        var ledger = new PacketLedger(pool);
        var recorder = new Recorder(sim, pool);
        var bucket = new TokenBucket(Rate, Burst, SimTime.Zero);
        IPacketReceiver limiter = shaper
            ? new Shaper(sim, ledger, bucket, QueueLimit.Unlimited, recorder)
            : new Policer(sim, ledger, bucket, recorder);
        var random = new RandomStreams(3, 0).Get("traffic/bursts");
        double meanBurstBits = 10.5 * 782 * 8;
        double meanGapNs = meanBurstBits / offeredBitsPerSecond * 1e9;
        long offered = 0;
        long t = 0;
        long end = (long)(seconds * 1e9);
        while (true)
        {
            t += (long)random.NextExponential(meanGapNs);
            if (t >= end)
            {
                break;
            }
            int count = random.Next(1, 21);
            sim.ScheduleAt(new SimTime(t), () =>
            {
                for (int k = 0; k < count; k++)
                {
                    var packet = pool.Rent();
                    packet.SizeBytes = random.Next(64, 1501);
                    limiter.Receive(packet);
                }
            });
            offered += count;
        }
        sim.Run();
        return (recorder.Departures, offered, limiter as Shaper);
    }

    private sealed class Recorder(Simulator sim, PacketPool pool) : IPacketReceiver
    {
        public List<(long Time, long Bytes)> Departures { get; } = [];

        public void Receive(Packet packet)
        {
            Departures.Add((sim.Now.Nanoseconds, packet.FrameBytes));
            pool.Return(packet);
        }
    }
}
