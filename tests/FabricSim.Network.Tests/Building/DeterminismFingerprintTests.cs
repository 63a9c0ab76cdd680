using FabricSim.Engine.Time;
using FabricSim.Network.Metrics;

namespace FabricSim.Network.Tests.Building;

/// <summary>Fingerprint tests: identical inputs and seed give identical measurements, bit for bit.</summary>
public sealed class DeterminismFingerprintTests
{
    [Fact]
    public void Same_fabric_and_seed_give_identical_measurements()
    {
        var first = Measure(seed: 42);
        var second = Measure(seed: 42);
        Assert.Equal(Fingerprint(first), Fingerprint(second));
        Assert.Equal(first.EventsExecuted, second.EventsExecuted);
    }

    [Fact]
    public void Different_seed_gives_different_samples()
    {
        Assert.NotEqual(Fingerprint(Measure(seed: 42)), Fingerprint(Measure(seed: 43)));
    }

    [Fact]
    public void Runs_on_parallel_threads_agree_with_a_sequential_run()
    {
        string sequential = Fingerprint(Measure(seed: 7));
        var parallel = new string[4];
        Parallel.For(0, parallel.Length, i => parallel[i] = Fingerprint(Measure(seed: 7)));
        Assert.All(parallel, p => Assert.Equal(sequential, p));
    }

    private static FabricMeasurements Measure(ulong seed)
    {
        var fabric = ReferenceChain.Build(1.05, seed, replication: 0, warmUp: SimTime.FromMilliseconds(20));
        fabric.Run(SimTime.FromMilliseconds(300));
        return fabric.Measure();
    }

    private static string Fingerprint(FabricMeasurements m) =>
        string.Join("|", m.Flows.Select(f => f with { DelayHistogram = null! })) + "#" + string.Join("|", m.Links);
}
