using FabricSim.Engine.Random;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Topology;

namespace FabricSim.Network.Tests.Topology;

/// <summary>
/// A FIFO's queue statistics derived from the waits it books (Little's law on the sample path) against a hand-worked
/// case and against the time-weighted average updated at every change of the count, which they replace.
/// </summary>
public sealed class CommittedDeparturesTests
{
    [Fact]
    public void Three_packets_queued_at_once_average_what_they_wait()
    {
        var committed = new CommittedDepartures(0);
        committed.Add(0, 10, 100);
        committed.Add(0, 20, 100);
        committed.Add(0, 30, 100);
        while (committed.Count != 0 && committed.FirstStart <= 40)
        {
            committed.RemoveFirst();
        }
        // 3 waiting over [0,10), 2 over [10,20), 1 over [20,30), none over [30,40): 60 packet-ns in 40 ns.
        Assert.Equal(60, committed.WaitingIntegral(40));
        Assert.Equal(1.5, committed.MeanCount(40));
        Assert.Equal(3, committed.MaxCount);
    }

    [Fact]
    public void Mean_and_max_equal_the_time_weighted_average_bit_for_bit_through_resets_and_failures()
    {
        var random = new RandomStreams(7, 0).Get("committed-departures");
        var committed = new CommittedDepartures(0);
        var reference = new TimeWeightedAverage(SimTime.Zero);
        long now = 0;
        long busyUntil = 0;
        for (int step = 0; step < 200_000; step++)
        {
            now += (long)random.NextExponential(700);
            // Retire what has started, updating the reference at each start as a per-change average must.
            while (committed.Count != 0 && committed.FirstStart <= now)
            {
                long start = committed.FirstStart;
                committed.RemoveFirst();
                reference.Update(new SimTime(start), committed.Count);
            }
            double action = random.NextDouble();
            if (action < 0.0005)
            {
                committed.ResetWindow(now);
                reference.Reset(new SimTime(now));
            }
            else if (action < 0.0008)
            {
                committed.Clear(now);
                reference.Update(new SimTime(now), 0);
                busyUntil = now;
            }
            else if (busyUntil > now || committed.Count != 0)
            {
                committed.Add(now, busyUntil, 1500);
                reference.Update(new SimTime(now), committed.Count);
                busyUntil += 1000;
            }
            else
            {
                busyUntil = now + 1000;
            }
            if (step % 997 == 0)
            {
                Assert.Equal(reference.Average(new SimTime(now)), committed.MeanCount(now));
                Assert.Equal(reference.Max, committed.MaxCount);
            }
        }
        Assert.True(reference.Max > 5, "the arrivals should have queued packets");
    }
}
