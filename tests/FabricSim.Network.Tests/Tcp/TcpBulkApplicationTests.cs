using FabricSim.Engine.Time;
using FabricSim.Network.Tcp;
using FabricSim.Network.Units;

namespace FabricSim.Network.Tests.Tcp;

/// <summary>Bulk transfers throttled by the application, and finite transfers with a completion time.</summary>
public sealed class TcpBulkApplicationTests
{
    private static readonly SimTime RoundTrip = SimTime.FromMilliseconds(20);

    [Fact]
    public void An_application_rate_below_the_path_capacity_sets_the_goodput()
    {
        var network = new TcpTestNetwork(3, 0, new TcpOptions(), DataRate.Parse("100Mbps"), RoundTrip, lossProbability: 0, bufferPackets: 1000);
        var transfer = new TcpBulkTransfer(network.Context.Simulator, network.Connection, SimTime.Zero, applicationRate: DataRate.Parse("20Mbps"));
        transfer.Activate();
        var simulator = network.Context.Simulator;
        simulator.RunUntil(SimTime.FromSeconds(2));
        transfer.ResetStatistics();
        simulator.RunUntil(SimTime.FromSeconds(12));

        // Every millisecond the application writes 2 500 bytes; TCP delivers them all, one RTT late at most.
        Assert.InRange(transfer.GoodputBitsPerSecond(), 20e6 * 0.99, 20e6 * 1.01);
    }

    [Fact]
    public void A_finite_transfer_completes_after_its_bytes_and_the_slow_start_rounds()
    {
        const long bytes = 10_000_000;
        // A receive window above the 250 kB bandwidth-delay product but below the 1 000-packet buffer: the window
        // fills the path without slow start ever overflowing the queue.
        var options = new TcpOptions { ReceiveWindowBytes = 400_000 };
        var network = new TcpTestNetwork(4, 0, options, DataRate.Parse("100Mbps"), RoundTrip, lossProbability: 0, bufferPackets: 1000);
        var transfer = new TcpBulkTransfer(network.Context.Simulator, network.Connection, SimTime.FromMilliseconds(5), transferBytes: bytes);
        transfer.Activate();
        network.Context.Simulator.RunUntil(SimTime.FromSeconds(10));

        // Lower bound: the payload's serialization at the bottleneck plus one-way delay. Upper bound: that plus the
        // slow-start rounds needed to open the window from 10 segments to the path's 250 kB bandwidth-delay product
        // (log2(250 000 / 14 600) ≈ 4.1, so 5 rounds) and one more RTT for headers and the final ACK clocking.
        double payloadSeconds = bytes * 8 / 100e6 * (1460 + 40) / 1460.0;
        Assert.True(transfer.CompletionTime.HasValue, $"delivered {network.Connection.Receiver.BytesDelivered}, sent {network.Connection.Sender.SegmentsSent}, una {network.Connection.Sender.Unacknowledged}");
        double completion = transfer.CompletionTime.Value.TotalSeconds;
        Assert.InRange(completion, payloadSeconds + RoundTrip.TotalSeconds / 2, payloadSeconds + 6 * RoundTrip.TotalSeconds);
        Assert.Equal(bytes, network.Connection.Receiver.BytesDelivered);
    }

    [Fact]
    public void An_endless_transfer_never_completes()
    {
        var network = new TcpTestNetwork(5, 0, new TcpOptions(), DataRate.Parse("100Mbps"), RoundTrip, lossProbability: 0, bufferPackets: 1000);
        var transfer = new TcpBulkTransfer(network.Context.Simulator, network.Connection, SimTime.Zero);
        transfer.Activate();
        network.Context.Simulator.RunUntil(SimTime.FromSeconds(1));

        Assert.Null(transfer.CompletedAt);
        Assert.True(network.Connection.Receiver.BytesDelivered > 1_000_000);
    }
}
