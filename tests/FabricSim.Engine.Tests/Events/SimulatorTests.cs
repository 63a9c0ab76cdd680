using FabricSim.Engine.Events;
using FabricSim.Engine.Time;

namespace FabricSim.Engine.Tests.Events;

public sealed class SimulatorTests
{
    private sealed class Recorder : IEventHandler
    {
        private readonly Simulator _simulator;

        public Recorder(Simulator simulator) => _simulator = simulator;

        public List<(long Time, long Argument)> Fired { get; } = [];

        public void OnEvent(object? payload, long argument) => Fired.Add((_simulator.Now.Nanoseconds, argument));
    }

    [Fact]
    public void Events_at_the_same_time_run_in_the_order_they_were_scheduled()
    {
        var simulator = new Simulator();
        var recorder = new Recorder(simulator);
        for (int i = 0; i < 1000; i++)
        {
            simulator.Schedule(SimTime.FromMilliseconds(5), recorder, null, i);
        }
        simulator.Run();

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => (long)i), recorder.Fired.Select(f => f.Argument));
    }

    [Fact]
    public void Events_run_in_time_order_whatever_the_scheduling_order()
    {
        var simulator = new Simulator();
        var recorder = new Recorder(simulator);
        var random = new System.Random(7);
        var times = Enumerable.Range(0, 5000).Select(_ => (long)random.Next(0, 1000)).ToList();
        for (int i = 0; i < times.Count; i++)
        {
            simulator.ScheduleAt(new SimTime(times[i]), recorder, null, i);
        }
        simulator.Run();

        var expected = times.Select((t, i) => (t, (long)i)).OrderBy(p => p.t).ThenBy(p => p.Item2).ToList();
        Assert.Equal(expected, recorder.Fired);
    }

    [Fact]
    public void A_cancelled_event_does_not_run_and_others_are_unaffected()
    {
        var simulator = new Simulator();
        var recorder = new Recorder(simulator);
        simulator.Schedule(SimTime.FromSeconds(1), recorder, null, 1);
        var doomed = simulator.Schedule(SimTime.FromSeconds(2), recorder, null, 2);
        simulator.Schedule(SimTime.FromSeconds(3), recorder, null, 3);

        Assert.True(simulator.Cancel(doomed));
        Assert.False(simulator.Cancel(doomed));
        Assert.Equal(2, simulator.PendingEvents);
        simulator.Run();

        Assert.Equal([1L, 3L], recorder.Fired.Select(f => f.Argument));
        Assert.Equal(2, simulator.EventsExecuted);
    }

    [Fact]
    public void Cancelling_an_event_that_already_ran_returns_false()
    {
        var simulator = new Simulator();
        var recorder = new Recorder(simulator);
        var handle = simulator.Schedule(SimTime.FromSeconds(1), recorder, null, 1);
        simulator.Run();

        Assert.False(simulator.Cancel(handle));
        Assert.False(simulator.Cancel(default));
        Assert.Equal(0, simulator.PendingEvents);
    }

    [Fact]
    public void An_event_can_cancel_a_later_event_at_the_same_time()
    {
        var simulator = new Simulator();
        var recorder = new Recorder(simulator);
        EventHandle second = default;
        simulator.Schedule(SimTime.FromSeconds(1), () => simulator.Cancel(second));
        second = simulator.Schedule(SimTime.FromSeconds(1), recorder, null, 2);
        simulator.Run();

        Assert.Empty(recorder.Fired);
    }

    [Fact]
    public void RunUntil_runs_events_up_to_and_including_the_end_and_advances_the_clock()
    {
        var simulator = new Simulator();
        var recorder = new Recorder(simulator);
        simulator.Schedule(SimTime.FromSeconds(1), recorder, null, 1);
        simulator.Schedule(SimTime.FromSeconds(2), recorder, null, 2);
        simulator.Schedule(SimTime.FromSeconds(3), recorder, null, 3);

        simulator.RunUntil(SimTime.FromSeconds(2));

        Assert.Equal([1L, 2L], recorder.Fired.Select(f => f.Argument));
        Assert.Equal(SimTime.FromSeconds(2), simulator.Now);
        Assert.Equal(1, simulator.PendingEvents);

        simulator.RunUntil(SimTime.FromSeconds(10));
        Assert.Equal(SimTime.FromSeconds(10), simulator.Now);
        Assert.Equal(3, recorder.Fired.Count);
    }

    [Fact]
    public void Stop_returns_after_the_current_event()
    {
        var simulator = new Simulator();
        var recorder = new Recorder(simulator);
        simulator.Schedule(SimTime.FromSeconds(1), recorder, null, 1);
        simulator.Schedule(SimTime.FromSeconds(1), () => simulator.Stop());
        simulator.Schedule(SimTime.FromSeconds(2), recorder, null, 2);

        simulator.Run();

        Assert.Single(recorder.Fired);
        Assert.Equal(SimTime.FromSeconds(1), simulator.Now);
        simulator.Run();
        Assert.Equal(2, recorder.Fired.Count);
    }

    [Fact]
    public void Scheduling_in_the_past_is_rejected()
    {
        var simulator = new Simulator();
        simulator.RunUntil(SimTime.FromSeconds(5));

        Assert.Throws<ArgumentOutOfRangeException>(() => simulator.ScheduleAt(SimTime.FromSeconds(4), () => { }));
        Assert.Throws<ArgumentOutOfRangeException>(() => simulator.Schedule(new SimTime(-1), () => { }));
    }

    [Fact]
    public void The_heap_grows_past_its_initial_capacity_and_keeps_order()
    {
        var simulator = new Simulator();
        var recorder = new Recorder(simulator);
        for (int i = 100_000; i > 0; i--)
        {
            simulator.ScheduleAt(new SimTime(i), recorder, null, i);
        }
        simulator.Run();

        Assert.Equal(100_000, recorder.Fired.Count);
        Assert.True(recorder.Fired.Zip(recorder.Fired.Skip(1)).All(p => p.First.Time < p.Second.Time));
    }
}
