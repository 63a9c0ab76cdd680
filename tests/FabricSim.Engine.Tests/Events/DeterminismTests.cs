using FabricSim.Engine.Events;
using FabricSim.Engine.Random;
using FabricSim.Engine.Time;

namespace FabricSim.Engine.Tests.Events;

/// <summary>Fingerprint tests: a run is a pure function of its seed.</summary>
public sealed class DeterminismTests
{
    /// <summary>Several random processes that schedule, and sometimes cancel, each other's events.</summary>
    private sealed class ChurningModel : IEventHandler
    {
        private readonly Simulator _simulator;
        private readonly RandomStream[] _streams;
        private readonly EventHandle[] _pending;
        private ulong _hash = 0xCBF29CE484222325UL;

        public ChurningModel(Simulator simulator, RandomStreams streams, int processes)
        {
            _simulator = simulator;
            _streams = Enumerable.Range(0, processes).Select(i => streams.Get($"process/{i}")).ToArray();
            _pending = new EventHandle[processes];
            for (int i = 0; i < processes; i++)
            {
                _pending[i] = _simulator.Schedule(new SimTime(_streams[i].NextInt64(1_000_000)), this, null, i);
            }
        }

        public ulong TraceHash => _hash;

        public void OnEvent(object? payload, long argument)
        {
            Mix((ulong)_simulator.Now.Nanoseconds);
            Mix((ulong)argument);
            var stream = _streams[argument];
            _pending[argument] = _simulator.Schedule(new SimTime((long)stream.NextExponential(500_000)), this, null, argument);
            if (stream.NextBernoulli(0.1))
            {
                long victim = stream.NextInt64(_pending.Length);
                if (victim != argument && _simulator.Cancel(_pending[victim]))
                {
                    _pending[victim] = _simulator.Schedule(new SimTime((long)stream.NextExponential(2_000_000)), this, null, victim);
                }
            }
        }

        private void Mix(ulong value) => _hash = (_hash ^ value) * 0x100000001B3UL;
    }

    private static (ulong Hash, long Events) Trace(ulong seed)
    {
        var simulator = new Simulator();
        var model = new ChurningModel(simulator, new RandomStreams(seed, 0), processes: 16);
        simulator.RunUntil(SimTime.FromSeconds(2));
        return (model.TraceHash, simulator.EventsExecuted);
    }

    [Fact]
    public void Same_seed_gives_an_identical_event_trace()
    {
        var first = Trace(42);
        var second = Trace(42);

        Assert.True(first.Events > 10_000);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_seed_gives_a_different_trace()
    {
        Assert.NotEqual(Trace(42).Hash, Trace(43).Hash);
    }

    [Fact]
    public void Replications_run_on_parallel_threads_match_sequential_runs()
    {
        var sequential = Enumerable.Range(0, 4).Select(r => Trace((ulong)r)).ToArray();
        var parallel = new (ulong, long)[4];
        Parallel.For(0, 4, r => parallel[r] = Trace((ulong)r));

        Assert.Equal(sequential, parallel);
    }
}
