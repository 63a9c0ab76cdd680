using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Tcp;
using FabricSim.Network.Units;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Tcp;

public sealed class TcpCubicStatisticalTests(ITestOutputHelper output)
{
    private const int Mss = 1460;

    [Fact]
    public void FillsTheBottleneckWithoutLoss()
    {
        var capacity = DataRate.FromMegabitsPerSecond(100);
        var options = new TcpOptions { MaxSegmentSizeBytes = Mss, CongestionControl = TcpCongestionAlgorithm.Cubic };
        var network = new TcpTestNetwork(seed: 7, 0, options, capacity, SimTime.FromMilliseconds(40), 0, options.ReceiveWindowBytes / Mss + 1);
        double goodput = network.RunBulk(SimTime.FromSeconds(2), SimTime.FromSeconds(20));
        double payloadCapacity = capacity.BitsPerSecond * Mss / (double)(Mss + TcpOptions.HeaderBytes);
        output.WriteLine($"goodput {goodput / 1e6:F2} Mbit/s of {payloadCapacity / 1e6:F2}");
        Assert.Equal(0, network.Connection.Sender.Retransmissions);
        Assert.InRange(goodput, 0.95 * payloadCapacity, payloadCapacity * 1.0001);
    }

    /// <summary>
    /// At a high bandwidth-delay product (RTT 100 ms) CUBIC leaves the Reno-friendly region and its cubic growth
    /// regains the window faster than NewReno's one segment per RTT, so under the same random loss it does at least
    /// as well (RFC 9438 §5). Paired replications share the loss stream, and the paired difference's confidence
    /// interval must lie above zero. CUBIC must also reach at least 90% of its RFC 9438 §5 average-window model for
    /// periodic loss (the larger of the cubic and the Reno-friendly window): random loss leaves some long loss-free
    /// stretches in which convex growth gains more than it loses elsewhere, so the model is a floor, not a centre.
    /// </summary>
    [Theory]
    [InlineData(0.0001)]
    [InlineData(0.001)]
    public void AtHighBdpBeatsNewRenoUnderRandomLoss(double p)
    {
        const int replications = 4;
        var rtt = SimTime.FromMilliseconds(100);
        var capacity = DataRate.FromMegabitsPerSecond(1000);
        double cubicModel = Math.Max(TcpThroughputFormulas.Cubic(rtt.TotalSeconds, p), TcpThroughputFormulas.Mathis(rtt.TotalSeconds, p));
        SimTime duration = SimTime.FromSeconds(Math.Ceiling(Math.Max(100_000, 30 / p) / cubicModel));
        var cubic = new double[replications];
        var reno = new double[replications];
        Parallel.For(0, 2 * replications, job =>
        {
            int r = job / 2;
            var algorithm = job % 2 == 0 ? TcpCongestionAlgorithm.Cubic : TcpCongestionAlgorithm.NewReno;
            var options = new TcpOptions { MaxSegmentSizeBytes = Mss, CongestionControl = algorithm };
            var network = new TcpTestNetwork(seed: 99, r, options, capacity, rtt, p, bufferPackets: 100_000);
            double segmentsPerSecond = network.RunBulk(SimTime.FromSeconds(5), duration) / (Mss * 8.0);
            (algorithm == TcpCongestionAlgorithm.Cubic ? cubic : reno)[r] = segmentsPerSecond;
        });
        var difference = new RunningStatistics();
        var cubicStatistics = new RunningStatistics();
        var renoStatistics = new RunningStatistics();
        for (int r = 0; r < replications; r++)
        {
            difference.Add(cubic[r] - reno[r]);
            cubicStatistics.Add(cubic[r]);
            renoStatistics.Add(reno[r]);
        }
        var ci = difference.ConfidenceInterval(0.95);
        output.WriteLine($"p={p}: CUBIC {cubicStatistics.Mean:F0} seg/s (model {cubicModel:F0}), NewReno {renoStatistics.Mean:F0}; difference {ci.Mean:F0} ± {ci.HalfWidth:F0}");
        Assert.True(ci.Lower > 0, $"CUBIC − NewReno = {ci.Mean:F0} ± {ci.HalfWidth:F0} seg/s is not positive.");
        Assert.True(cubicStatistics.Mean >= 0.9 * cubicModel, $"CUBIC {cubicStatistics.Mean:F0} seg/s falls short of its model {cubicModel:F0}.");
    }

    /// <summary>
    /// One loss at a large window: afterwards the window must follow W(t) = C (t − K)³ + W_max from the start of
    /// congestion avoidance, with W_max the window at the loss, the window restarting at β W_max and
    /// K = ∛(W_max (1 − β) / C). The sender aims one RTT ahead on the curve and needs about an RTT to get there, so
    /// the window at t must lie between W(t − RTT) and W(t + RTT) (± one segment for rounding to whole ACKs).
    /// </summary>
    [Fact]
    public void WindowFollowsTheCubicCurveAfterASingleLoss()
    {
        var rtt = SimTime.FromMilliseconds(100);
        var options = new TcpOptions { MaxSegmentSizeBytes = Mss, CongestionControl = TcpCongestionAlgorithm.Cubic, ReceiveWindowBytes = 64 << 20 };
        const long lostSequence = 1200L * Mss;
        var network = new TcpTestNetwork(seed: 1, 0, options, DataRate.FromGigabitsPerSecond(1), rtt, 0, bufferPackets: 100_000,
            dropSequenceOnce: lostSequence);
        var trace = new WindowTrace();
        var sender = network.Connection.Sender;
        sender.WindowObserver = trace;
        var cubic = (CubicCongestionControl)sender.Congestion;
        network.Transfer.Activate();
        network.Context.Simulator.RunUntil(SimTime.FromSeconds(3));
        Assert.Equal(1, sender.FastRetransmits);
        SimTime epoch = cubic.EpochStart ?? throw new InvalidOperationException("Congestion avoidance never started.");
        double wMax = cubic.MaxWindowSegments;
        Assert.Equal(wMax, trace.WindowBefore(trace.FirstRecoveryAt) , 6);
        double expectedK = Math.Cbrt(wMax * (1 - cubic.Beta) / cubic.C);
        Assert.Equal(expectedK, cubic.KSeconds, 9);
        Assert.Equal(cubic.Beta * wMax, cubic.SlowStartThresholdBytes / Mss, 6);

        network.Context.Simulator.RunUntil(epoch + SimTime.FromSeconds(1.6 * expectedK));
        Assert.Equal(1, sender.FastRetransmits);
        Assert.Equal(0, sender.Timeouts);
        double r = rtt.TotalSeconds;
        double W(double t) => cubic.C * Math.Pow(t - expectedK, 3) + wMax;
        output.WriteLine($"W_max {wMax:F1} segments, K {expectedK:F3} s, epoch at {epoch}");
        for (double fraction = 0.1; fraction <= 1.5; fraction += 0.1)
        {
            double t = fraction * expectedK;
            double window = trace.WindowAt(epoch + SimTime.FromSeconds(t));
            output.WriteLine($"t = {t:F2} s: cwnd {window:F1}, W(t) {W(t):F1}");
            Assert.InRange(window, W(t - r) - 1, W(t + r) + 1);
        }
        SimTime reachedMax = trace.FirstTimeAtLeast(wMax, after: epoch);
        Assert.InRange((reachedMax - epoch).TotalSeconds, expectedK - r, expectedK + r);
    }

    /// <summary>The window (segments) after every change, with the time of the first fast recovery.</summary>
    private sealed class WindowTrace : ITcpWindowObserver
    {
        private readonly List<(long At, double Window)> _points = [];

        public SimTime FirstRecoveryAt { get; private set; } = SimTime.MaxValue;

        public void WindowChanged(TcpSender sender, SimTime now)
        {
            _points.Add((now.Nanoseconds, sender.Congestion.WindowBytes / sender.Options.MaxSegmentSizeBytes));
            if (sender.InRecovery && FirstRecoveryAt == SimTime.MaxValue)
            {
                FirstRecoveryAt = now;
            }
        }

        /// <summary>The window in force just before <paramref name="time"/>'s change.</summary>
        public double WindowBefore(SimTime time)
        {
            double window = double.NaN;
            foreach (var (at, value) in _points)
            {
                if (at >= time.Nanoseconds)
                {
                    break;
                }
                window = value;
            }
            return window;
        }

        public double WindowAt(SimTime time)
        {
            double window = double.NaN;
            foreach (var (at, value) in _points)
            {
                if (at > time.Nanoseconds)
                {
                    break;
                }
                window = value;
            }
            return window;
        }

        public SimTime FirstTimeAtLeast(double window, SimTime after)
        {
            foreach (var (at, value) in _points)
            {
                if (at >= after.Nanoseconds && value >= window)
                {
                    return new SimTime(at);
                }
            }
            return SimTime.MaxValue;
        }
    }
}
