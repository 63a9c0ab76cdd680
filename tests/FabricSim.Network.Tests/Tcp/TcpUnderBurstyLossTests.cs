using FabricSim.Engine.Random;
using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Tcp;
using FabricSim.Network.Units;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Tcp;

/// <summary>
/// TCP over an Internet path that loses data segments in Gilbert–Elliott bursts. TCP backs off once per loss event
/// (a burst, or several bursts within one window), not once per lost segment, so the models take p = the measured
/// loss-event rate: window reductions (fast retransmits and timeouts) per segment sent. The first case is
/// long-haul-replication.yaml's VPN (Sydney to Tokyo over the Internet, 144 ms round trip, the default 0.1 % loss in
/// bursts of 2, AWS's clamped MSS), the others regional paths with heavier loss.
/// </summary>
public sealed class TcpUnderBurstyLossTests(ITestOutputHelper output)
{
    private const int Mss = 1379;
    private const int Replications = 6;

    /// <summary>
    /// Loss-event rate and NewReno's goodput against Padhye et al. at that rate, with T0 the RTO the sender converges
    /// to. Each replication runs until about 150 loss events. Bursts are lossRate/burst per segment; one starting
    /// within a window of the previous one merges with it (W p_e ≈ 3–6 % of them here), so the event rate lies between
    /// 85 % and 100 % of the burst rate. Padhye's model is a mean-value approximation, so the goodput must lie within
    /// 20 % of it (TcpNewRenoStatisticalTests allow 25 % under independent loss), widened by the replications' 95 %
    /// interval.
    /// </summary>
    [Theory]
    [InlineData(0.001, 2.0, 144)]
    [InlineData(0.005, 2.0, 40)]
    public void NewRenoGoodputMatchesPadhyeAtTheLossEventRate(double lossRate, double meanBurst, int rttMilliseconds)
    {
        var options = new TcpOptions { MaxSegmentSizeBytes = Mss };
        double rtt = rttMilliseconds / 1000.0;
        double timeout = Math.Max(options.MinRto.TotalSeconds, rtt + options.ClockGranularity.TotalSeconds);
        double burstRate = lossRate / meanBurst;
        SimTime duration = SimTime.FromSeconds(Math.Ceiling(150 / burstRate / TcpThroughputFormulas.Padhye(rtt, burstRate, timeout)));
        var runs = RunReplications(options, lossRate, meanBurst, rttMilliseconds, SimTime.FromSeconds(30), duration);
        var ratio = new RunningStatistics();
        foreach (var run in runs)
        {
            ratio.Add(run.SegmentsPerSecond / TcpThroughputFormulas.Padhye(rtt, run.LossEventRate, timeout));
        }
        var ci = ratio.ConfidenceInterval(0.95);
        output.WriteLine($"NewReno, loss {lossRate} in bursts of {meanBurst}, RTT {rttMilliseconds} ms: goodput / Padhye(p_e) = {ci.Mean:F3} ± {ci.HalfWidth:F3}");
        AssertLossAsConfigured(runs, lossRate, burstRate);
        Assert.True(ci.HalfWidth < 0.1, $"The estimate is not tight enough: ±{ci.HalfWidth:F3}.");
        Assert.InRange(ci.Mean, 0.8 - ci.HalfWidth, 1.2 + ci.HalfWidth);
    }

    /// <summary>
    /// CUBIC's goodput against its response function at the measured loss-event rate. RFC 9438 §5's closed form
    /// assumes periodic loss and is a floor under random loss events (as in TcpCubicStatisticalTests); the reference
    /// is <see cref="CubicFluidModel"/> with independent loss events at that rate, which first must reproduce the closed
    /// form under periodic loss within 2 %. The fluid model ignores the round trip spent in recovery and the packet
    /// sender's aim one RTT ahead on the curve, so the goodput must lie within 15 % of it, widened by the
    /// replications' 95 % interval.
    /// </summary>
    [Theory]
    [InlineData(0.001, 2.0, 144)]
    [InlineData(0.003, 2.0, 60)]
    public void CubicGoodputMatchesItsResponseFunctionAtTheLossEventRate(double lossRate, double meanBurst, int rttMilliseconds)
    {
        var options = new TcpOptions { MaxSegmentSizeBytes = Mss, CongestionControl = TcpCongestionAlgorithm.Cubic, Sack = true };
        double rtt = rttMilliseconds / 1000.0;
        double burstRate = lossRate / meanBurst;
        var random = new RandomStreams(11, 0).Get("fluid");
        double periodicFluid = CubicFluidModel.SegmentsPerSecond(rtt, burstRate, randomLoss: false, random, 2000, fastConvergence: false);
        double closedForm = Math.Max(TcpThroughputFormulas.Cubic(rtt, burstRate), TcpThroughputFormulas.Mathis(rtt, burstRate));
        output.WriteLine($"periodic loss: fluid model {periodicFluid:F1} seg/s, closed form {closedForm:F1}");
        Assert.InRange(periodicFluid, 0.98 * closedForm, 1.02 * closedForm);

        SimTime duration = SimTime.FromSeconds(Math.Ceiling(150 / burstRate / closedForm));
        var runs = RunReplications(options, lossRate, meanBurst, rttMilliseconds, SimTime.FromSeconds(30), duration);
        var ratio = new RunningStatistics();
        var floor = new RunningStatistics();
        foreach (var run in runs)
        {
            ratio.Add(run.SegmentsPerSecond / CubicFluidModel.SegmentsPerSecond(rtt, run.LossEventRate, randomLoss: true, random, 20_000));
            floor.Add(run.SegmentsPerSecond / Math.Max(TcpThroughputFormulas.Cubic(rtt, run.LossEventRate), TcpThroughputFormulas.Mathis(rtt, run.LossEventRate)));
        }
        var ci = ratio.ConfidenceInterval(0.95);
        output.WriteLine($"CUBIC, loss {lossRate} in bursts of {meanBurst}, RTT {rttMilliseconds} ms: goodput / fluid(p_e, random) = {ci.Mean:F3} ± {ci.HalfWidth:F3}; " +
            $"goodput / closed form(p_e) = {floor.Mean:F3}");
        AssertLossAsConfigured(runs, lossRate, burstRate);
        Assert.True(ci.HalfWidth < 0.1, $"The estimate is not tight enough: ±{ci.HalfWidth:F3}.");
        Assert.InRange(ci.Mean, 0.85 - ci.HalfWidth, 1.15 + ci.HalfWidth);
        Assert.True(floor.Mean >= 0.9, $"CUBIC reaches only {floor.Mean:F3} of its periodic-loss model.");
    }

    /// <summary>
    /// Why a 10 s run of long-haul-replication.yaml reports the VPN's CUBIC flow near 20 Mbit/s though its regime is
    /// about 6: slow start ends at the first burst, some 2,000 segments in, with a window near 1,000 segments, and
    /// each later loss event (one per 2,000 segments) takes only 30 % off it, so the window needs about ten seconds
    /// to come down to the regime's 60–80 segments. Measured in the same replications, the goodput from 2.5 s to
    /// 10 s (the 10 s run's window after its warm-up) exceeds the goodput from 100 s to 400 s by more than its
    /// interval, and the latter stays within 15 % of the fluid model as above.
    /// </summary>
    [Fact]
    public void ShortRunsOverAVpnMeasureTheSlowStartOvershoot()
    {
        const double lossRate = 0.001, meanBurst = 2.0, rtt = 0.144;
        var options = new TcpOptions { MaxSegmentSizeBytes = Mss, CongestionControl = TcpCongestionAlgorithm.Cubic, Sack = true };
        var shortRun = new double[Replications];
        var longRun = new double[Replications];
        var eventRate = new double[Replications];
        Parallel.For(0, Replications, r =>
        {
            var network = NewNetwork(options, r, lossRate, meanBurst, (int)(rtt * 1000));
            shortRun[r] = network.RunBulk(SimTime.FromSeconds(2.5), SimTime.FromSeconds(7.5)) / (Mss * 8.0);
            var sim = network.Context.Simulator;
            sim.RunUntil(SimTime.FromSeconds(100));
            network.Transfer.ResetStatistics();
            var before = Snapshot.Of(network);
            sim.RunUntil(SimTime.FromSeconds(400));
            longRun[r] = network.Transfer.GoodputBitsPerSecond() / (Mss * 8.0);
            eventRate[r] = Snapshot.Of(network).Minus(before, longRun[r]).LossEventRate;
        });
        var difference = new RunningStatistics();
        var regime = new RunningStatistics();
        var random = new RandomStreams(11, 1).Get("fluid");
        for (int r = 0; r < Replications; r++)
        {
            difference.Add(shortRun[r] - longRun[r]);
            regime.Add(longRun[r] / CubicFluidModel.SegmentsPerSecond(rtt, eventRate[r], randomLoss: true, random, 20_000));
        }
        var ci = difference.ConfidenceInterval(0.95);
        var regimeCi = regime.ConfidenceInterval(0.95);
        double toMbps = Mss * 8.0 / 1e6;
        output.WriteLine($"2.5–10 s: {shortRun.Average() * toMbps:F2} Mbit/s; 100–400 s: {longRun.Average() * toMbps:F2} Mbit/s; " +
            $"difference {ci.Mean * toMbps:F2} ± {ci.HalfWidth * toMbps:F2}; long run / fluid(p_e) {regimeCi.Mean:F3} ± {regimeCi.HalfWidth:F3}");
        Assert.True(ci.Lower > 0, $"The short run's excess {ci.Mean:F0} ± {ci.HalfWidth:F0} seg/s is not positive.");
        Assert.InRange(regimeCi.Mean, 0.85 - regimeCi.HalfWidth, 1.15 + regimeCi.HalfWidth);
    }

    private void AssertLossAsConfigured(IReadOnlyList<BurstyRun> runs, double lossRate, double burstRate)
    {
        var lost = new RunningStatistics();
        var events = new RunningStatistics();
        foreach (var run in runs)
        {
            lost.Add(run.LostOnPath / (double)run.OfferedToPath);
            events.Add(run.LossEventRate / burstRate);
            output.WriteLine($"  sent {run.Sent}, lost on the path {run.LostOnPath} of {run.OfferedToPath}, loss events {run.LossEvents} ({run.Timeouts} timeouts) " +
                $"(p_e {run.LossEventRate:E2}), smoothed RTT {run.SmoothedRttMilliseconds:F1} ms, goodput {run.SegmentsPerSecond:F0} seg/s");
        }
        var lostCi = lost.ConfidenceInterval(0.99);
        var eventsCi = events.ConfidenceInterval(0.99);
        output.WriteLine($"  path loss {lostCi.Mean:E3} ± {lostCi.HalfWidth:E1} (configured {lossRate}); loss events / bursts {eventsCi.Mean:F3} ± {eventsCi.HalfWidth:F3}");
        Assert.True(lostCi.Contains(lossRate), $"The path lost {lostCi.Mean:E3} ± {lostCi.HalfWidth:E1} of the segments, not {lossRate}.");
        Assert.True(eventsCi.Lower <= 1.0 && eventsCi.Upper >= 0.85,
            $"Loss events are {eventsCi.Mean:F3} ± {eventsCi.HalfWidth:F3} of the bursts, outside 0.85–1.");
    }

    private static List<BurstyRun> RunReplications(TcpOptions options, double lossRate, double meanBurst, int rttMilliseconds, SimTime warmUp,
        SimTime duration)
    {
        var runs = new BurstyRun[Replications];
        Parallel.For(0, Replications, r =>
        {
            var network = NewNetwork(options, r, lossRate, meanBurst, rttMilliseconds);
            var sim = network.Context.Simulator;
            network.Transfer.Activate();
            sim.RunUntil(warmUp);
            network.Transfer.ResetStatistics();
            var before = Snapshot.Of(network);
            sim.RunUntil(warmUp + duration);
            runs[r] = Snapshot.Of(network).Minus(before, network.Transfer.GoodputBitsPerSecond() / (options.MaxSegmentSizeBytes * 8.0));
        });
        return [.. runs];
    }

    /// <summary>A 1 Gbit/s bottleneck, far above the loss-limited rates, so that only the Internet path's loss limits.</summary>
    private static TcpTestNetwork NewNetwork(TcpOptions options, int replication, double lossRate, double meanBurst, int rttMilliseconds) =>
        new(seed: 2026, replication, options, DataRate.FromGigabitsPerSecond(1), SimTime.FromMilliseconds(rttMilliseconds), lossRate,
            bufferPackets: 100_000, meanLossBurstPackets: meanBurst);

    private sealed record BurstyRun(long Sent, long OfferedToPath, long LostOnPath, long LossEvents, long Timeouts, double SmoothedRttMilliseconds,
        double SegmentsPerSecond)
    {
        public double LossEventRate => LossEvents / (double)Sent;
    }

    private readonly record struct Snapshot(long Sent, long Offered, long Lost, long Events, long Timeouts, double SmoothedRttMilliseconds)
    {
        public static Snapshot Of(TcpTestNetwork network)
        {
            var sender = network.Connection.Sender;
            return new(sender.SegmentsSent, network.Forward.PacketsOffered, network.Forward.PacketsLost, sender.FastRetransmits + sender.Timeouts,
                sender.Timeouts, sender.SmoothedRtt.TotalMilliseconds);
        }

        public BurstyRun Minus(Snapshot before, double segmentsPerSecond) =>
            new(Sent - before.Sent, Offered - before.Offered, Lost - before.Lost, Events - before.Events, Timeouts - before.Timeouts, SmoothedRttMilliseconds,
                segmentsPerSecond);
    }
}
