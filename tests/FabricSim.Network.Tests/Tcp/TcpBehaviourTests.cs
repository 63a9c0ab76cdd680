using FabricSim.Engine.Time;
using FabricSim.Network.Tcp;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Tcp;

public sealed class TcpBehaviourTests
{
    private const int Mss = 1460;

    /// <summary>With a receive window below the bandwidth-delay product, goodput is window / RTT.</summary>
    [Fact]
    public void ReceiveWindowLimitsGoodputToWindowPerRoundTrip()
    {
        var rtt = SimTime.FromMilliseconds(50);
        var options = new TcpOptions { MaxSegmentSizeBytes = Mss, ReceiveWindowBytes = 64 * Mss };
        var network = new TcpTestNetwork(3, 0, options, DataRate.FromGigabitsPerSecond(1), rtt, 0, 10_000);
        double goodput = network.RunBulk(SimTime.FromSeconds(1), SimTime.FromSeconds(10));
        // One window per RTT, where the RTT includes the window's serialization at the bottleneck for the last segment.
        double roundTrip = rtt.TotalSeconds + DataRate.FromGigabitsPerSecond(1).TransmissionTime(Mss + TcpOptions.HeaderBytes).TotalSeconds;
        double expected = 64.0 * Mss * 8 / roundTrip;
        Assert.InRange(goodput, 0.99 * expected, 1.01 * expected);
    }

    /// <summary>Delayed ACKs acknowledge every second segment, so a bulk transfer gets about half as many ACKs as segments.</summary>
    [Fact]
    public void DelayedAcksHalveTheAckCount()
    {
        var options = new TcpOptions { MaxSegmentSizeBytes = Mss, DelayedAcks = true };
        var network = new TcpTestNetwork(3, 0, options, DataRate.FromMegabitsPerSecond(50), SimTime.FromMilliseconds(20), 0, 10_000);
        network.RunBulk(SimTime.FromSeconds(1), SimTime.FromSeconds(5));
        var receiver = network.Connection.Receiver;
        double ratio = receiver.AcksSent / (double)receiver.SegmentsReceived;
        Assert.InRange(ratio, 0.49, 0.52);
    }

    /// <summary>
    /// Losing the last segment of a transfer leaves no later segments to produce duplicate ACKs, so only the
    /// retransmission timer recovers it: one timeout, after about the (minimum) RTO, and the transfer completes.
    /// </summary>
    [Fact]
    public void ATailLossIsRecoveredByTheRetransmissionTimer()
    {
        const int segments = 20;
        var options = new TcpOptions { MaxSegmentSizeBytes = Mss };
        var network = new TcpTestNetwork(3, 0, options, DataRate.FromMegabitsPerSecond(100), SimTime.FromMilliseconds(20), 0, 10_000,
            dropSequenceOnce: (segments - 1L) * Mss);
        var sender = network.Connection.Sender;
        var sim = network.Context.Simulator;
        sim.ScheduleAt(SimTime.Zero, () => sender.Write(segments * (long)Mss));
        sim.RunUntil(SimTime.FromSeconds(5));
        Assert.Equal(segments * (long)Mss, network.Connection.Receiver.BytesDelivered);
        Assert.Equal(1, sender.Timeouts);
        Assert.Equal(0, sender.FastRetransmits);
        Assert.Equal(1, sender.Retransmissions);
        Assert.Equal(0, network.Context.Pool.Outstanding);
    }

    /// <summary>Three duplicate ACKs trigger one fast retransmit for a single loss mid-window, with no timeout.</summary>
    [Fact]
    public void ASingleLossMidWindowIsRepairedByFastRetransmit()
    {
        var options = new TcpOptions { MaxSegmentSizeBytes = Mss };
        var network = new TcpTestNetwork(3, 0, options, DataRate.FromMegabitsPerSecond(100), SimTime.FromMilliseconds(20), 0, 10_000,
            dropSequenceOnce: 30L * Mss);
        var sender = network.Connection.Sender;
        var sim = network.Context.Simulator;
        sim.ScheduleAt(SimTime.Zero, () => sender.Write(200L * Mss));
        sim.RunUntil(SimTime.FromSeconds(5));
        Assert.Equal(200L * Mss, network.Connection.Receiver.BytesDelivered);
        Assert.Equal(1, sender.FastRetransmits);
        Assert.Equal(0, sender.Timeouts);
        Assert.Equal(1, sender.Retransmissions);
    }

    /// <summary>
    /// A fast retransmission that is lost too leaves recovery to the retransmission timer. The threshold was set at
    /// the loss, and the timeout keeps it, as Linux does (tcp_enter_loss recomputes it only from the open state), and
    /// so does a second timeout of the same segment (RFC 5681 §3.1). Recomputed from the window instead, it followed
    /// whatever recovery had made of the window: on a policed long-haul VXC, a window inflated by duplicate ACKs gave
    /// a threshold above the window that had overflowed, and slow start overshot the policer cycle after cycle.
    /// </summary>
    [Theory]
    [InlineData(TcpCongestionAlgorithm.Cubic, 2)]
    [InlineData(TcpCongestionAlgorithm.Cubic, 3)]
    [InlineData(TcpCongestionAlgorithm.NewReno, 2)]
    public void ATimeoutInRecoveryKeepsTheThresholdSetAtTheLoss(TcpCongestionAlgorithm algorithm, int drops)
    {
        var options = new TcpOptions { MaxSegmentSizeBytes = Mss, CongestionControl = algorithm };
        var network = new TcpTestNetwork(3, 0, options, DataRate.FromMegabitsPerSecond(100), SimTime.FromMilliseconds(20), 0, 10_000,
            dropSequenceOnce: 100L * Mss, dropTimes: drops);
        var sender = network.Connection.Sender;
        var trace = new ThresholdTrace();
        sender.WindowObserver = trace;
        var sim = network.Context.Simulator;
        sim.ScheduleAt(SimTime.Zero, () => sender.Write(2_000L * Mss));
        sim.RunUntil(SimTime.FromSeconds(10));

        Assert.Equal(2_000L * Mss, network.Connection.Receiver.BytesDelivered);
        Assert.Equal(1, sender.FastRetransmits);
        Assert.Equal(drops - 1, sender.Timeouts);
        Assert.NotNull(trace.AtFastRetransmit);
        Assert.Equal(trace.AtFastRetransmit!.Value, Assert.Single(trace.AtTimeouts.Distinct()));
    }

    private sealed class ThresholdTrace : ITcpWindowObserver
    {
        private long _fastRetransmits;
        private long _timeouts;

        public double? AtFastRetransmit { get; private set; }
        public List<double> AtTimeouts { get; } = [];

        public void WindowChanged(TcpSender sender, SimTime now)
        {
            if (sender.FastRetransmits > _fastRetransmits)
            {
                _fastRetransmits = sender.FastRetransmits;
                AtFastRetransmit = sender.SlowStartThresholdBytes;
            }
            if (sender.Timeouts > _timeouts)
            {
                _timeouts = sender.Timeouts;
                AtTimeouts.Add(sender.SlowStartThresholdBytes);
            }
        }
    }
}
