using FabricSim.Engine.Events;
using FabricSim.Engine.Time;

namespace FabricSim.Engine.Tests.Events;

/// <summary>
/// An event scheduled late in the place it reserved runs exactly where it would have run had it been scheduled when
/// reserved: the contract that lets a link keep only its next arrival in the event list.
/// </summary>
public sealed class EventReservationTests
{
    private sealed class Recorder(Simulator simulator) : IEventHandler
    {
        public List<(long Time, long Argument)> Fired { get; } = [];

        public void OnEvent(object? payload, long argument) => Fired.Add((simulator.Now.Nanoseconds, argument));
    }

    /// <summary>
    /// Random events at few distinct times (many ties), half of them scheduled at once and half only reserved and
    /// scheduled later, each from the event before it in a chain: the order is the one all-at-once scheduling gives.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Late_scheduling_in_a_reserved_place_keeps_the_order_of_scheduling_at_once(int seed)
    {
        var random = new System.Random(seed);
        var plan = Enumerable.Range(0, 20_000).Select(i => (Time: (long)random.Next(1, 50) * 10, Deferred: random.Next(2) == 0)).ToList();

        var direct = new Simulator();
        var expected = new Recorder(direct);
        for (int i = 0; i < plan.Count; i++)
        {
            direct.ScheduleAt(new SimTime(plan[i].Time), expected, null, i);
        }
        direct.Run();

        var late = new Simulator();
        var actual = new Recorder(late);
        // Deferred events of one time form a chain: each is pushed only when the one before it in the chain runs,
        // as a link pushes its next arrival when the previous one lands.
        var chains = new Dictionary<long, Queue<(EventReservation Place, int Index)>>();
        var chainer = new Chainer(late, actual, chains);
        for (int i = 0; i < plan.Count; i++)
        {
            if (!plan[i].Deferred)
            {
                late.ScheduleAt(new SimTime(plan[i].Time), actual, null, i);
                continue;
            }
            var place = late.Reserve();
            if (!chains.TryGetValue(plan[i].Time, out var chain))
            {
                chains[plan[i].Time] = chain = new Queue<(EventReservation, int)>();
                late.ScheduleAt(new SimTime(plan[i].Time), place, chainer, null, i);
                continue;
            }
            chain.Enqueue((place, i));
        }
        late.Run();

        Assert.Equal(expected.Fired, actual.Fired);
    }

    [Fact]
    public void A_reserved_place_must_lie_after_the_running_event()
    {
        var simulator = new Simulator();
        var recorder = new Recorder(simulator);
        var early = simulator.Reserve();
        simulator.ScheduleAt(SimTime.FromMilliseconds(1), recorder, null, 1);
        Exception? refused = null;
        simulator.ScheduleAt(SimTime.FromMilliseconds(1), new Probe(() =>
        {
            // Same time as the running event but an earlier place: it would have run already.
            refused = Record.Exception(() => simulator.ScheduleAt(SimTime.FromMilliseconds(1), early, recorder, null, 2));
            simulator.ScheduleAt(SimTime.FromMilliseconds(2), early, recorder, null, 3);
        }));
        simulator.Run();

        Assert.IsType<ArgumentOutOfRangeException>(refused);
        Assert.Equal([(1_000_000L, 1L), (2_000_000L, 3L)], recorder.Fired);
        Assert.Throws<ArgumentOutOfRangeException>(() => simulator.ScheduleAt(SimTime.FromMilliseconds(5), new EventReservation(99), recorder));
    }

    private sealed class Chainer(Simulator simulator, Recorder recorder, Dictionary<long, Queue<(EventReservation Place, int Index)>> chains) : IEventHandler
    {
        public void OnEvent(object? payload, long argument)
        {
            recorder.OnEvent(payload, argument);
            long now = simulator.Now.Nanoseconds;
            if (chains[now].TryDequeue(out var next))
            {
                simulator.ScheduleAt(simulator.Now, next.Place, this, null, next.Index);
            }
        }
    }

    private sealed class Probe(Action action) : IEventHandler
    {
        public void OnEvent(object? payload, long argument) => action();
    }
}
