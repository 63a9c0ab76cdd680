using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Geography;
using FabricSim.Network.Internet;
using FabricSim.Network.Topology;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Internet;

public sealed class InternetPathStatisticalTests(ITestOutputHelper output)
{
    private static readonly SimTime BaseDelay = SimTime.FromMilliseconds(30);

    /// <summary>
    /// Dense traffic (a packet every 0.5 ms) with heavy-tailed jitter of mean 5 ms: without reordering no packet
    /// overtakes another and none arrives before its base delay plus its own jitter would allow.
    /// </summary>
    [Fact]
    public void DenseTrafficIsNeverReordered()
    {
        var (probe, path) = Run(new ParetoJitter(SimTime.FromMilliseconds(5), shape: 2.5), allowReordering: false, SimTime.FromMicroseconds(500), 100_000, seed: 1);
        for (int i = 1; i < probe.Sequences.Count; i++)
        {
            Assert.True(probe.Sequences[i] > probe.Sequences[i - 1], $"Packet {probe.Sequences[i]} overtook {probe.Sequences[i - 1]}.");
            Assert.True(probe.ArrivalNanoseconds[i] >= probe.ArrivalNanoseconds[i - 1]);
        }
        for (int i = 0; i < probe.Sequences.Count; i++)
        {
            Assert.True(probe.ArrivalNanoseconds[i] - probe.CreatedNanoseconds[i] >= BaseDelay.Nanoseconds);
        }
        Assert.Equal(100_000, path.PacketsDelivered);
    }

    /// <summary>The same traffic with reordering allowed does get reordered: the FIFO rule is what prevents it.</summary>
    [Fact]
    public void ReorderingAppearsOnlyWhenAllowed()
    {
        var (probe, _) = Run(new ParetoJitter(SimTime.FromMilliseconds(5), shape: 2.5), allowReordering: true, SimTime.FromMicroseconds(500), 20_000, seed: 1);
        int overtakes = 0;
        for (int i = 1; i < probe.Sequences.Count; i++)
        {
            if (probe.Sequences[i] < probe.Sequences[i - 1])
            {
                overtakes++;
            }
        }
        Assert.True(overtakes > 100, $"Only {overtakes} overtakes with 5 ms jitter at 0.5 ms spacing.");
    }

    /// <summary>
    /// Where packets are sparse enough never to queue behind one another (or reordering is allowed), the mean added
    /// delay is the jitter distribution's mean: 99% confidence interval over independent per-packet samples.
    /// </summary>
    [Theory]
    [InlineData("pareto", false, 200.0)]
    [InlineData("pareto", true, 0.5)]
    [InlineData("lognormal", false, 200.0)]
    [InlineData("lognormal", true, 0.5)]
    public void MeanAddedDelayMatchesTheDistribution(string distribution, bool allowReordering, double spacingMilliseconds)
    {
        var mean = SimTime.FromMilliseconds(5);
        IJitterDistribution jitter = distribution == "pareto" ? new ParetoJitter(mean, shape: 3.5) : new LogNormalJitter(mean, sigma: 0.8);
        var (probe, _) = Run(jitter, allowReordering, SimTime.FromMilliseconds(spacingMilliseconds), 200_000, seed: 3);
        var added = new RunningStatistics();
        for (int i = 0; i < probe.Sequences.Count; i++)
        {
            added.Add(probe.ArrivalNanoseconds[i] - probe.CreatedNanoseconds[i] - BaseDelay.Nanoseconds);
        }
        var ci = added.ConfidenceInterval(0.99);
        output.WriteLine($"{distribution}: mean added {ci.Mean / 1e6:F4} ± {ci.HalfWidth / 1e6:F4} ms, want {mean.TotalMilliseconds}");
        Assert.True(ci.Contains(mean.Nanoseconds), $"{ci.Mean} ± {ci.HalfWidth} ns excludes {mean.Nanoseconds}.");
    }

    /// <summary>At a busy hour the profile's loss multiplier scales the loss rate (binomial 99% interval) and the added delay.</summary>
    [Fact]
    public void DiurnalProfileRaisesLossAndDelayAtBusyHours()
    {
        const double p = 0.01;
        var profile = DiurnalProfile.EveningPeak(startHour: 20);
        var context = new FabricContext(11, 0);
        var probe = new PacketProbe(context.Simulator, context.Pool);
        var parameters = new InternetPathParameters { LossRate = p, Diurnal = profile, Jitter = new ParetoJitter(SimTime.FromMilliseconds(2), 3.5) };
        var path = new InternetPath("busy", context.Simulator, new LedgerDropSink(context.Ledger), parameters, BaseDelay, context.Random.Get("path"), probe);
        const int packets = 200_000;
        _ = new PacketInjector(context.Simulator, context.Pool, path, SimTime.FromMilliseconds(10), packets, 100);
        context.Simulator.Run();
        double expected = p * profile.LossMultiplier(SimTime.Zero);
        double measured = path.PacketsLost / (double)packets;
        double halfWidth = 2.576 * Math.Sqrt(expected * (1 - expected) / packets);
        output.WriteLine($"loss at 20:00 {measured:F5}, expected {expected:F5} ± {halfWidth:F5}; added delay mean {path.AddedDelayNanosecondsTotal / path.PacketsDelivered / 1e6:F3} ms");
        Assert.Equal(3.0, profile.LossMultiplier(SimTime.Zero));
        Assert.InRange(measured, expected - halfWidth, expected + halfWidth);
        Assert.True(path.AddedDelayNanosecondsTotal / path.PacketsDelivered > 1.5 * 2e6, "Busy-hour jitter should be about twice its base mean.");
    }

    [Fact]
    public void BaseDelayIsTheInflatedGreatCircleAtFibreSpeed()
    {
        var sydney = new GeoLocation(-33.87, 151.21);
        var singapore = new GeoLocation(1.29, 103.85);
        var parameters = new InternetPathParameters();
        double km = GreatCircle.DistanceKm(sydney, singapore);
        double expectedSeconds = km * 2.1 / 204_000.0;
        Assert.Equal(expectedSeconds, parameters.BaseDelay(sydney, singapore).TotalSeconds, 9);
    }

    /// <summary>
    /// With a coherence time τ, dense packets share one jitter sample per τ. Under FIFO order the only extra delay is the
    /// hold-back after a sample falls, whose area per step is (J_k − J_{k+1})²/2 when positive; its mean is Var(J)/2, so
    /// the mean added delay lies between μ and μ + Var(J)/(2τ) (less where a fall exceeds τ). An i.i.d. sample per packet
    /// at the same rate is held back far more.
    /// </summary>
    [Fact]
    public void CoherentJitterKeepsDenseTrafficNearTheDistributionMean()
    {
        var mean = SimTime.FromMilliseconds(5);
        const double sigma = 0.8;
        var coherence = SimTime.FromMilliseconds(10);
        var jitter = new LogNormalJitter(mean, sigma);
        var (coherent, _) = Run(jitter, allowReordering: false, SimTime.FromMicroseconds(100), 400_000, seed: 5, coherence);
        var (independent, _) = Run(jitter, allowReordering: false, SimTime.FromMicroseconds(100), 400_000, seed: 5, SimTime.Zero);

        double variance = Math.Pow(mean.Nanoseconds, 2) * (Math.Exp(sigma * sigma) - 1);
        double upper = mean.Nanoseconds + variance / (2 * coherence.Nanoseconds);
        var added = AddedDelay(coherent);
        var ci = added.ConfidenceInterval(0.99);
        output.WriteLine($"coherent: {ci.Mean / 1e6:F3} ± {ci.HalfWidth / 1e6:F3} ms in [{mean.TotalMilliseconds}, {upper / 1e6:F3}]; independent: {AddedDelay(independent).Mean / 1e6:F3} ms");
        Assert.True(ci.Upper >= mean.Nanoseconds && ci.Lower <= upper, $"{ci.Mean} ± {ci.HalfWidth} ns outside [{mean.Nanoseconds}, {upper}].");
        Assert.True(AddedDelay(independent).Mean > 2 * upper);
        for (int i = 1; i < coherent.Sequences.Count; i++)
        {
            Assert.True(coherent.Sequences[i] > coherent.Sequences[i - 1]);
        }
    }

    private static RunningStatistics AddedDelay(PacketProbe probe)
    {
        // Consecutive packets share samples, so the interval comes from batch means of 10,000 packets.
        var batches = new RunningStatistics();
        const int batch = 10_000;
        for (int start = 0; start + batch <= probe.Sequences.Count; start += batch)
        {
            double sum = 0;
            for (int i = start; i < start + batch; i++)
            {
                sum += probe.ArrivalNanoseconds[i] - probe.CreatedNanoseconds[i] - BaseDelay.Nanoseconds;
            }
            batches.Add(sum / batch);
        }
        return batches;
    }

    private static (PacketProbe Probe, InternetPath Path) Run(IJitterDistribution jitter, bool allowReordering, SimTime spacing, int packets, ulong seed,
        SimTime? coherence = null)
    {
        var context = new FabricContext(seed, 0);
        var probe = new PacketProbe(context.Simulator, context.Pool);
        var parameters = new InternetPathParameters { Jitter = jitter, AllowReordering = allowReordering, JitterCoherence = coherence ?? SimTime.Zero };
        var path = new InternetPath("path", context.Simulator, new LedgerDropSink(context.Ledger), parameters, BaseDelay, context.Random.Get("path"), probe);
        _ = new PacketInjector(context.Simulator, context.Pool, path, spacing, packets, 100);
        context.Simulator.Run();
        return (probe, path);
    }
}
