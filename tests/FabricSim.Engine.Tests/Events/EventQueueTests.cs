using FabricSim.Engine.Events;
using FabricSim.Engine.Random;

namespace FabricSim.Engine.Tests.Events;

/// <summary>
/// The event queue gives the exact (time, sequence) order whether its keys sit in the heap or in the calendar queue,
/// across switches between them, for the time patterns simulations make: ties, bursts at one instant, a far future,
/// and the hold model's steady churn.
/// </summary>
public sealed class EventQueueTests
{
    private sealed class Nothing : IEventHandler
    {
        public static readonly Nothing Instance = new();

        public void OnEvent(object? payload, long argument)
        {
        }
    }

    public enum Pattern
    {
        Exponential,
        ManyTies,
        Bursts,
        FarFuture,
        Mixed,
    }

    /// <summary>The delay ahead of now at which a pattern schedules its next event.</summary>
    private static long Delay(Pattern pattern, RandomStream random) => pattern switch
    {
        Pattern.Exponential => (long)random.NextExponential(1_000_000),
        Pattern.ManyTies => random.Next(4) * 1000L,
        Pattern.Bursts => random.NextBernoulli(0.9) ? 0 : (long)random.NextExponential(50_000_000),
        Pattern.FarFuture => random.NextBernoulli(0.02) ? (long)random.NextExponential(1e13) : (long)random.NextExponential(10_000),
        _ => random.Next(3) switch
        {
            0 => (long)random.NextExponential(1_000),
            1 => (long)random.NextExponential(1e9),
            _ => 0,
        },
    };

    [Theory]
    [InlineData(Pattern.Exponential)]
    [InlineData(Pattern.ManyTies)]
    [InlineData(Pattern.Bursts)]
    [InlineData(Pattern.FarFuture)]
    [InlineData(Pattern.Mixed)]
    public void The_calendar_and_the_heap_pop_the_same_events_in_the_same_order_up_to_any_limit(Pattern pattern)
    {
        // Low switch points and small buckets, so one run fills, churns, drains and refills through both structures many
        // times and walks many buckets.
        var switching = new EventQueue(16, calendarAbove: 256, heapBelow: 32, calendarLargestAim: 4);
        var heapOnly = new EventQueue(16, calendarAbove: int.MaxValue, heapBelow: 0);
        var random = new RandomStreams(11, 0).Get(pattern.ToString());
        var payloads = Enumerable.Range(0, 64).Select(_ => new object()).ToArray();
        long now = 0;
        long sequence = 0;
        int refused = 0;
        bool sawCalendar = false;
        bool sawRebuild = false;
        for (int round = 0; round < 40; round++)
        {
            // Grow to a few thousand pending, then drain to a handful, popping as the simulator would.
            int target = round % 2 == 0 ? 3000 + random.Next(3000) : random.Next(20);
            while (switching.Count != target)
            {
                if (switching.Count < target && random.NextBernoulli(0.7) || switching.Count == 0)
                {
                    long time = now + Delay(pattern, random);
                    object? payload = random.NextBernoulli(0.5) ? payloads[random.Next(payloads.Length)] : null;
                    switching.Push(time, ++sequence, Nothing.Instance, payload, sequence);
                    heapOnly.Push(time, sequence, Nothing.Instance, payload, sequence);
                }
                else
                {
                    Assert.Equal(heapOnly.PeekTime, switching.PeekTime);
                    // Now and then a limit (a run's end) before the earliest event: nothing may leave either queue.
                    long limit = random.NextBernoulli(0.1) ? heapOnly.PeekTime - 1 : long.MaxValue;
                    bool took = switching.TryPopDue(limit, out long t1, out long s1, out var e1);
                    Assert.Equal(heapOnly.TryPopDue(limit, out long t2, out long s2, out var e2), took);
                    if (!took)
                    {
                        refused++;
                        continue;
                    }
                    Assert.Equal((t2, s2, e2.Argument), (t1, s1, e1.Argument));
                    Assert.Same(e2.Payload, e1.Payload);
                    Assert.True(t1 >= now);
                    now = t1;
                }
                sawCalendar |= switching.UsesCalendar;
                // A calendar re-dimensioned as the population grows re-links every entry it holds.
                sawRebuild |= switching.Calendar is { Rebuilds: > 0 };
            }
        }
        while (heapOnly.Count > 0)
        {
            switching.Pop(out long t1, out long s1, out _);
            heapOnly.Pop(out long t2, out long s2, out _);
            Assert.Equal((t2, s2), (t1, s1));
        }
        Assert.Equal(0, switching.Count);
        Assert.False(switching.TryPopDue(long.MaxValue, out _, out _, out _));
        Assert.True(sawCalendar);
        // Bursts leave most events at the instant being served, in the heap, so the calendar's population never doubles
        // nor its buckets crowd; the other patterns re-dimension it, and their order survived that.
        Assert.Equal(pattern is not Pattern.Bursts, sawRebuild);
        Assert.True(refused > 100);
    }

    [Fact]
    public void A_million_pending_events_go_to_the_calendar_and_churn_without_allocating()
    {
        var queue = new EventQueue();
        var random = new RandomStreams(3, 0).Get("hold");
        long sequence = 0;
        for (int i = 0; i < 1_000_000; i++)
        {
            queue.Push((long)random.NextExponential(1_000_000), ++sequence, Nothing.Instance, null, 0);
        }
        Assert.True(queue.UsesCalendar);

        bool inOrder = true;
        (long Time, long Sequence) last = (0, 0);
        void Hold(int count)
        {
            for (int i = 0; i < count; i++)
            {
                queue.Pop(out long now, out long popped, out _);
                inOrder &= (now, popped).CompareTo(last) > 0;
                last = (now, popped);
                queue.Push(now + (long)random.NextExponential(1_000_000), ++sequence, Nothing.Instance, null, 0);
            }
        }
        Hold(2_000_000); // let the width settle and the node pool reach its size
        long before = GC.GetAllocatedBytesForCurrentThread();
        Hold(2_000_000);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        // The width fits the density: a bucket served holds about the aim (the width is a power of two, so between half
        // and three times it before re-dimensioning).
        int aim = queue.Calendar!.Aim;
        Assert.InRange(aim, 256, CalendarEventSet.DefaultEventsPerBucket);
        Assert.InRange(queue.Calendar.LastEventsPerBucket, aim / 2.0, 3.0 * aim);
        Assert.True(inOrder, "events left out of (time, sequence) order");
        Assert.Equal(1_000_000, queue.Count);
    }
}
