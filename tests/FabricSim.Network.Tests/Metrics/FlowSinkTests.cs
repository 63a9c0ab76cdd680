using FabricSim.Engine.Events;
using FabricSim.Network.Metrics;
using FabricSim.Network.Packets;

namespace FabricSim.Network.Tests.Metrics;

public sealed class FlowSinkTests
{
    [Fact]
    public void Rfc3550_jitter_on_alternating_transit_times_follows_the_closed_form()
    {
        // Transit alternates a, a + d: every |D| = d, so J_n = d (1 − (15/16)^(n−1)) after n arrivals.
        var sink = new FlowSink(new Simulator(), new PacketPool(), 0);
        const long a = 5_000_000, d = 320_000;
        for (int i = 0; i < 40; i++)
        {
            sink.Record(i % 2 == 0 ? a : a + d, i, 100);
        }
        double expected = d * (1 - Math.Pow(15.0 / 16.0, 39));
        Assert.Equal(expected, sink.JitterNanoseconds, 6);
    }

    [Fact]
    public void Constant_transit_time_has_zero_jitter()
    {
        var sink = new FlowSink(new Simulator(), new PacketPool(), 0);
        for (int i = 0; i < 10; i++)
        {
            sink.Record(1_000, i, 100);
        }
        Assert.Equal(0, sink.JitterNanoseconds);
    }

    [Fact]
    public void Reordering_counts_arrivals_below_the_highest_sequence_seen()
    {
        var sink = new FlowSink(new Simulator(), new PacketPool(), 0);
        foreach (long sequence in new long[] { 0, 1, 3, 2, 4, 7, 5, 6, 8 })
        {
            sink.Record(1_000, sequence, 100);
        }
        Assert.Equal(3, sink.Reordered);
        Assert.Equal(9, sink.PacketsReceived);
    }

    [Fact]
    public void Reset_forgets_statistics_of_the_warm_up()
    {
        var sink = new FlowSink(new Simulator(), new PacketPool(), 0);
        sink.Record(9_999, 0, 100);
        sink.Reset();
        sink.Record(1_000, 1, 100);
        Assert.Equal(1, sink.PacketsReceived);
        Assert.Equal(1_000, sink.Delay.Max);
    }
}
