using FabricSim.Engine.Random;
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
    private static readonly SimTime Bound = SimTime.FromMilliseconds(100);

    /// <summary>
    /// The queueing-delay distribution has the requested mean (99% interval over independent samples), never exceeds its
    /// bound, and its empirical quantiles follow the closed-form CDF (Kolmogorov–Smirnov, 1% critical value 1.63/√n).
    /// </summary>
    [Fact]
    public void TruncatedExponentialHasTheRequestedMeanAndStaysWithinItsBound()
    {
        var jitter = new TruncatedExponentialJitter(SimTime.FromMilliseconds(20), Bound);
        var random = new RandomStreams(7, 0).Get("jitter");
        const int n = 200_000;
        var samples = new double[n];
        var stats = new RunningStatistics();
        for (int i = 0; i < n; i++)
        {
            samples[i] = jitter.NextNanoseconds(random);
            stats.Add(samples[i]);
        }
        var ci = stats.ConfidenceInterval(0.99);
        Assert.True(ci.Contains(20e6), $"{ci.Mean} ± {ci.HalfWidth} excludes 20 ms.");
        Assert.True(stats.Max <= Bound.Nanoseconds);
        Assert.Equal(20e6, TruncatedExponentialJitter.TruncatedMean(jitter.ScaleNanoseconds, Bound.Nanoseconds), 0);
        Array.Sort(samples);
        double d = 0;
        for (int i = 0; i < n; i++)
        {
            double f = jitter.CumulativeProbability(samples[i]);
            d = Math.Max(d, Math.Max(f - i / (double)n, (i + 1) / (double)n - f));
        }
        output.WriteLine($"θ = {jitter.ScaleNanoseconds / 1e6:F3} ms, p99 {jitter.Quantile(0.99) / 1e6:F1} ms, KS D = {d:F5}");
        Assert.True(d < 1.63 / Math.Sqrt(n), $"KS distance {d}.");
    }

    [Fact]
    public void AMeanOfHalfTheBoundOrMoreIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TruncatedExponentialJitter(SimTime.FromMilliseconds(50), Bound));

    /// <summary>
    /// The reproducer of a stalled path: 20 ms jitter on a 50 Mbit/s stream of 1500-byte packets (one per 240 µs).
    /// The mean added delay is the configured jitter (batch means, 99% interval, and within 10%), packets keep their
    /// order without being held back, no gap between deliveries exceeds the buffer bound (nor 1.5 send spacings, since
    /// the delay rises at most half a second per second), and no two arrive closer than half their send spacing: the
    /// path releases no burst.
    /// </summary>
    [Fact]
    public void TwentyMillisecondJitterAddsItsMeanWithoutStallsOrBursts()
    {
        var spacing = SimTime.FromMicroseconds(240);
        var jitter = new TruncatedExponentialJitter(SimTime.FromMilliseconds(20), Bound);
        var (probe, path) = Run(new InternetPathParameters { Jitter = jitter }, spacing, 500_000, seed: 3);
        var batches = AddedDelay(probe);
        var ci = batches.ConfidenceInterval(0.99);
        long maxGap = 0, minGap = long.MaxValue;
        for (int i = 1; i < probe.Sequences.Count; i++)
        {
            Assert.True(probe.Sequences[i] > probe.Sequences[i - 1], "Reordered.");
            long gap = probe.ArrivalNanoseconds[i] - probe.ArrivalNanoseconds[i - 1];
            maxGap = Math.Max(maxGap, gap);
            minGap = Math.Min(minGap, gap);
        }
        output.WriteLine($"mean added {ci.Mean / 1e6:F3} ± {ci.HalfWidth / 1e6:F3} ms; delivery gaps {minGap / 1e3:F1}–{maxGap / 1e3:F1} µs");
        Assert.True(ci.Contains(20e6), $"{ci.Mean} ± {ci.HalfWidth} excludes 20 ms.");
        Assert.InRange(ci.Mean, 18e6, 22e6);
        Assert.Equal(500_000, path.PacketsDelivered);
        Assert.True(maxGap <= Bound.Nanoseconds && maxGap <= 1.5 * spacing.Nanoseconds + 1, $"Gap of {maxGap} ns.");
        Assert.True(minGap >= spacing.Nanoseconds / 2 - 1, $"Burst: two packets {minGap} ns apart.");
        Assert.Equal(path.AddedDelayNanosecondsTotal / path.PacketsDelivered, batches.Mean, 0.001 * batches.Mean);
    }

    /// <summary>Sparse packets see the same mean: the delay's expectation is the jitter mean at every instant.</summary>
    [Fact]
    public void SparsePacketsSeeTheSameMeanQueueingDelay()
    {
        var jitter = new TruncatedExponentialJitter(SimTime.FromMilliseconds(5), Bound);
        var (probe, _) = Run(new InternetPathParameters { Jitter = jitter }, SimTime.FromMilliseconds(450), 100_000, seed: 4);
        var added = new RunningStatistics();
        for (int i = 0; i < probe.Sequences.Count; i++)
        {
            added.Add(probe.ArrivalNanoseconds[i] - probe.CreatedNanoseconds[i] - BaseDelay.Nanoseconds);
        }
        var ci = added.ConfidenceInterval(0.99);
        output.WriteLine($"mean added {ci.Mean / 1e6:F3} ± {ci.HalfWidth / 1e6:F3} ms");
        Assert.True(ci.Contains(5e6));
        Assert.True(added.Max <= Bound.Nanoseconds);
    }

    /// <summary>
    /// Loss as configured: Bernoulli 1% on a path with jitter and no congestion loses 1% (binomial 99% interval);
    /// jitter does not add loss of its own.
    /// </summary>
    [Fact]
    public void LossIsTheConfiguredRate()
    {
        const double p = 0.01;
        const int packets = 200_000;
        var parameters = new InternetPathParameters { LossRate = p, Jitter = new TruncatedExponentialJitter(SimTime.FromMilliseconds(20), Bound) };
        var (_, path) = Run(parameters, SimTime.FromMicroseconds(240), packets, seed: 9);
        double halfWidth = 2.576 * Math.Sqrt(p * (1 - p) / packets);
        Assert.InRange(path.PacketsLost / (double)packets, p - halfWidth, p + halfWidth);
        Assert.Equal(packets, path.PacketsLost + path.PacketsDelivered);
    }

    /// <summary>
    /// The reproducer of a cycle stuck at its peak: a 12 s cycle peaking at 3 s adds delay and loss that follow its
    /// raised cosine. Over four cycles, packets sent in the quarter around the peak carry about the full extra delay
    /// (mean of the cosine over that quarter: (1 + 2√2/π)/2 ≈ 0.950) and those around the trough about 0.050 of it;
    /// loss in each quarter matches base + extra × the same factor within a binomial 99% interval.
    /// </summary>
    [Fact]
    public void TwelveSecondCongestionCycleAddsDelayAndLossAroundItsPeak()
    {
        var period = SimTime.FromSeconds(12);
        var extraDelay = SimTime.FromMilliseconds(40);
        const double baseLoss = 0.001, extraLoss = 0.02;
        var cycle = new CongestionCycle(period, peakAt: SimTime.FromSeconds(3), startAt: SimTime.Zero, extraDelay, extraLoss);
        var spacing = SimTime.FromMilliseconds(1);
        const int packets = 48_000;
        var parameters = new InternetPathParameters { LossRate = baseLoss, Congestion = cycle };
        var (probe, path) = Run(parameters, spacing, packets, seed: 12);
        double quarterFactor = (1 + 2 * Math.Sqrt(2) / Math.PI) / 2;
        var peakDelay = new RunningStatistics();
        var troughDelay = new RunningStatistics();
        for (int i = 0; i < probe.Sequences.Count; i++)
        {
            long sentNs = probe.CreatedNanoseconds[i];
            double added = probe.ArrivalNanoseconds[i] - sentNs - BaseDelay.Nanoseconds;
            switch (Quarter(sentNs, period, SimTime.FromSeconds(3)))
            {
                case 0: peakDelay.Add(added); break;
                case 2: troughDelay.Add(added); break;
            }
        }
        output.WriteLine($"peak quarter {peakDelay.Mean / 1e6:F3} ms, trough {troughDelay.Mean / 1e6:F3} ms; lost {path.PacketsLost}");
        Assert.Equal(extraDelay.Nanoseconds * quarterFactor, peakDelay.Mean, 0.002 * extraDelay.Nanoseconds);
        Assert.Equal(extraDelay.Nanoseconds * (1 - quarterFactor), troughDelay.Mean, 0.002 * extraDelay.Nanoseconds);

        int quarterPackets = packets / 4;
        double expectedPeak = baseLoss + extraLoss * quarterFactor, expectedTrough = baseLoss + extraLoss * (1 - quarterFactor);
        var lostBySent = LostPerQuarter(probe, packets, spacing, period, SimTime.FromSeconds(3));
        AssertBinomial(lostBySent[0], quarterPackets, expectedPeak);
        AssertBinomial(lostBySent[2], quarterPackets, expectedTrough);
    }

    /// <summary>
    /// A 24 h cycle peaking at 20:00 read to the nanosecond: at 20:00 the intensity is 1, at 08:00 it is 0, at 14:00
    /// and 02:00 one half; a run starting at 20:00 spends its first seconds at the full extra delay, one starting at
    /// 08:00 at none — the same cycle shifted, not rounded to whole hours (a start at 19:59:30 differs from 19:00).
    /// </summary>
    [Fact]
    public void DayLongCycleHonoursPeakAndStartToTheSecond()
    {
        var day = SimTime.FromSeconds(86_400);
        var peak = SimTime.FromSeconds(20 * 3600);
        var extra = SimTime.FromMilliseconds(40);
        var fromPeak = new CongestionCycle(day, peak, startAt: peak, extra, 0.01);
        var fromTrough = new CongestionCycle(day, peak, startAt: SimTime.FromSeconds(8 * 3600), extra, 0.01);
        Assert.Equal(1.0, fromPeak.Intensity(SimTime.Zero), 12);
        Assert.Equal(0.0, fromTrough.Intensity(SimTime.Zero), 12);
        Assert.Equal(0.5, fromTrough.Intensity(SimTime.FromSeconds(6 * 3600)), 12);
        Assert.Equal(0.5, fromPeak.Intensity(SimTime.FromSeconds(6 * 3600)), 12);
        Assert.Equal(1.0, fromTrough.Intensity(SimTime.FromSeconds(12 * 3600)), 12);
        Assert.Equal(1.0, fromTrough.Intensity(SimTime.FromSeconds(12 * 3600) + day * 3), 12);
        var halfMinuteBefore = new CongestionCycle(day, peak, startAt: peak - SimTime.FromSeconds(30), extra, 0.01);
        Assert.Equal(0.5 * (1 + Math.Cos(2 * Math.PI * 30 / 86_400)), halfMinuteBefore.Intensity(SimTime.Zero), 12);
        Assert.Equal(1.0, halfMinuteBefore.Intensity(SimTime.FromSeconds(30)), 12);

        var (busy, busyPath) = Run(new InternetPathParameters { Congestion = fromPeak, LossRate = 0.001 }, SimTime.FromMilliseconds(1), 20_000, seed: 5);
        var (quiet, quietPath) = Run(new InternetPathParameters { Congestion = fromTrough, LossRate = 0.001 }, SimTime.FromMilliseconds(1), 20_000, seed: 5);
        double busyAdded = busyPath.AddedDelayNanosecondsTotal / busyPath.PacketsDelivered;
        double quietAdded = quietPath.AddedDelayNanosecondsTotal / quietPath.PacketsDelivered;
        output.WriteLine($"20 s from 20:00: +{busyAdded / 1e6:F4} ms, lost {busyPath.PacketsLost}; from 08:00: +{quietAdded / 1e6:F6} ms, lost {quietPath.PacketsLost}");
        Assert.InRange(busyAdded, 0.9999 * extra.Nanoseconds, extra.Nanoseconds);
        Assert.InRange(quietAdded, 0, 1e-4 * extra.Nanoseconds);
        AssertBinomial(busyPath.PacketsLost, 20_000, 0.011);
        AssertBinomial(quietPath.PacketsLost, 20_000, 0.001);
        Assert.Equal(20_000, busy.Sequences.Count + busyPath.PacketsLost);
        Assert.Equal(20_000, quiet.Sequences.Count + quietPath.PacketsLost);
    }

    [Fact]
    public void AGivenRouteFactorInflatesTheGreatCircleAtFibreSpeed()
    {
        var sydney = new GeoLocation(-33.87, 151.21);
        var singapore = new GeoLocation(1.29, 103.85);
        var parameters = new InternetPathParameters { RouteFactor = 2.1 };
        double km = GreatCircle.DistanceKm(sydney, singapore);
        double expectedSeconds = km * 2.1 / 204_000.0;
        Assert.Equal(expectedSeconds, parameters.BaseDelay(sydney, singapore).TotalSeconds, 9);
    }

    /// <summary>
    /// The reproducer of long-haul VPNs slower than the backbone by 35–60 ms: without a route factor the calibrated
    /// model applies, its fixed part plus the distance- and ocean-dependent factor (Sydney to N. California crosses
    /// the Pacific, about 11,900 km).
    /// </summary>
    [Fact]
    public void WithoutARouteFactorTheCalibratedModelSetsTheBaseDelay()
    {
        var sydney = new GeoLocation(-33.87, 151.21);
        var northernCalifornia = new GeoLocation(37.35, -121.96);
        var model = InternetRouteModel.Calibrated;
        double km = GreatCircle.DistanceKm(sydney, northernCalifornia);
        double expectedSeconds = model.FixedDelay.TotalSeconds + km * model.RouteFactor(km, crossesOcean: true) / 204_000.0;
        var baseDelay = new InternetPathParameters().BaseDelay(sydney, northernCalifornia);
        Assert.Equal(expectedSeconds, baseDelay.TotalSeconds, 9);
        Assert.True(baseDelay < GreatCircle.FibreDelay(km, 2.1), "The long-haul factor lies below the old single 2.1.");
    }

    /// <summary>0: the quarter period centred on the peak; 2: the one centred on the trough.</summary>
    private static int Quarter(long sentNs, SimTime period, SimTime peakAt)
    {
        long p = period.Nanoseconds;
        long phase = ((sentNs - peakAt.Nanoseconds + p / 8) % p + p) % p;
        return (int)(phase / (p / 4));
    }

    private static long[] LostPerQuarter(PacketProbe probe, int packets, SimTime spacing, SimTime period, SimTime peakAt)
    {
        var delivered = new HashSet<long>(probe.Sequences);
        var lost = new long[4];
        for (long seq = 0; seq < packets; seq++)
        {
            if (!delivered.Contains(seq))
            {
                lost[Quarter(seq * spacing.Nanoseconds, period, peakAt)]++;
            }
        }
        return lost;
    }

    private void AssertBinomial(long lost, int n, double p)
    {
        double halfWidth = 2.576 * Math.Sqrt(p * (1 - p) / n);
        output.WriteLine($"lost {lost}/{n} = {lost / (double)n:F5}, expected {p:F5} ± {halfWidth:F5}");
        Assert.InRange(lost / (double)n, p - halfWidth, p + halfWidth);
    }

    /// <summary>Consecutive packets share the queueing delay of their moment, so the interval comes from batch means of 10,000 packets.</summary>
    private static RunningStatistics AddedDelay(PacketProbe probe)
    {
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

    private static (PacketProbe Probe, InternetPath Path) Run(InternetPathParameters parameters, SimTime spacing, int packets, ulong seed)
    {
        var context = new FabricContext(seed, 0);
        var probe = new PacketProbe(context.Simulator, context.Pool);
        var path = new InternetPath("path", context.Simulator, new LedgerDropSink(context.Ledger), parameters, BaseDelay, context.Random.Get("path"), probe);
        _ = new PacketInjector(context.Simulator, context.Pool, path, spacing, packets, 100);
        context.Simulator.Run();
        return (probe, path);
    }
}
