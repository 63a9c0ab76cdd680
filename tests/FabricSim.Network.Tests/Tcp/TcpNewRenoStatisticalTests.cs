using FabricSim.Engine.Statistics;
using FabricSim.Engine.Time;
using FabricSim.Network.Tcp;
using FabricSim.Network.Units;
using Xunit.Abstractions;

namespace FabricSim.Network.Tests.Tcp;

public sealed class TcpNewRenoStatisticalTests(ITestOutputHelper output)
{
    private const int Mss = 1460;
    private const int Replications = 6;

    /// <summary>
    /// Loss-limited goodput under independent loss against Padhye et al.'s model, with T0 the RTO the sender converges
    /// to on a path without queueing (max(min RTO, RTT + G)). The bottleneck is 10× the model's rate, so loss, not
    /// capacity, limits. Each replication sends at least 100,000 segments and 60 expected losses, so the replication
    /// set sees a few hundred loss events; replications run in parallel but are combined in order.
    /// </summary>
    [Theory]
    [InlineData(0.0001, 20)]
    [InlineData(0.001, 20)]
    [InlineData(0.01, 20)]
    [InlineData(0.0001, 100)]
    [InlineData(0.001, 100)]
    [InlineData(0.01, 100)]
    public void GoodputUnderRandomLossMatchesPadhye(double p, int rttMilliseconds)
    {
        var options = new TcpOptions { MaxSegmentSizeBytes = Mss };
        double rtt = rttMilliseconds / 1000.0;
        double timeout = Math.Max(options.MinRto.TotalSeconds, rtt + options.ClockGranularity.TotalSeconds);
        double padhyeSegments = TcpThroughputFormulas.Padhye(rtt, p, timeout);
        var capacity = DataRate.FromMegabitsPerSecond(Math.Max(1, 10 * padhyeSegments * (Mss + TcpOptions.HeaderBytes) * 8 / 1e6));
        double segmentsPerReplication = Math.Max(100_000, 60 / p);
        SimTime duration = SimTime.FromSeconds(Math.Ceiling(segmentsPerReplication / padhyeSegments));
        SimTime warmUp = SimTime.FromSeconds(Math.Max(2, 20 * timeout));
        var perReplication = new double[Replications];
        Parallel.For(0, Replications, r =>
        {
            var network = new TcpTestNetwork(seed: 42, r, options, capacity, SimTime.FromMilliseconds(rttMilliseconds), p, bufferPackets: 100_000);
            perReplication[r] = network.RunBulk(warmUp, duration) / (Mss * 8.0);
        });
        var goodput = new RunningStatistics();
        foreach (double value in perReplication)
        {
            goodput.Add(value);
        }
        var ci = goodput.ConfidenceInterval(0.95);
        double expected = padhyeSegments * (1 - p);
        double mathis = TcpThroughputFormulas.Mathis(rtt, p);
        output.WriteLine($"p={p} RTT={rttMilliseconds}ms: goodput {ci.Mean:F1} ± {ci.HalfWidth:F1} seg/s; Padhye {expected:F1}; Mathis {mathis:F1}; ratio {ci.Mean / expected:F3}");
        Assert.True(ci.HalfWidth < 0.10 * ci.Mean, $"The estimate is not tight enough: ±{ci.HalfWidth:F1} around {ci.Mean:F1}.");
        Assert.InRange(ci.Mean, 0.75 * expected, 1.25 * expected);
        if (p <= 0.001)
        {
            // Timeouts are rare here, so the Mathis model (which ignores them) applies too.
            Assert.InRange(ci.Mean, 0.75 * mathis, 1.25 * mathis);
        }
    }

    /// <summary>
    /// Without loss NewReno keeps the bottleneck busy: the receive window (6 MiB) exceeds the bandwidth-delay product
    /// and the buffer holds the rest, so after slow start the link never idles.
    /// </summary>
    [Fact]
    public void FillsTheBottleneckWithoutLoss()
    {
        var capacity = DataRate.FromMegabitsPerSecond(100);
        var rtt = SimTime.FromMilliseconds(40);
        var options = new TcpOptions { MaxSegmentSizeBytes = Mss };
        int bufferPackets = options.ReceiveWindowBytes / Mss + 1;
        var network = new TcpTestNetwork(seed: 7, 0, options, capacity, rtt, 0, bufferPackets);
        double goodput = network.RunBulk(SimTime.FromSeconds(2), SimTime.FromSeconds(20));
        double payloadCapacity = capacity.BitsPerSecond * Mss / (double)(Mss + TcpOptions.HeaderBytes);
        output.WriteLine($"goodput {goodput / 1e6:F2} Mbit/s of {payloadCapacity / 1e6:F2}");
        Assert.Equal(0, network.Connection.Sender.Retransmissions);
        Assert.InRange(goodput, 0.95 * payloadCapacity, payloadCapacity * 1.0001);
    }
}
